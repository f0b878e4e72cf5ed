using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>Les objectifs d'attribution de CCH L441-1 (loi Égalité et citoyenneté, 27 janvier 2017).</summary>
public class QuotasAttributionTests
{
    // CCH L441-1 : premier quartile = ressources par UC « inférieures ou égales » au seuil de l'EPCI pour l'année.
    [Theory]
    [InlineData("9999.99", "10000", true)]
    [InlineData("10000", "10000", true)] // le seuil lui-même est au premier quartile
    [InlineData("10000.01", "10000", false)]
    [InlineData("0", "10000", true)]
    [InlineData("0", null, false)] // sans seuil, personne n'est compté au premier quartile (ADR 0015)
    public void Premier_quartile_au_plus_egal_au_seuil(string ressources, string? seuil, bool attendu) =>
        Assert.Equal(attendu, QuotasAttribution.PremierQuartile(Dec(ressources), seuil is null ? null : Dec(seuil)));

    // CCH L441-1 : le troisième objectif vise les réservations des collectivités et d'Action Logement et les
    // logements non réservés du bailleur ; le contingent du préfet va tout entier aux publics prioritaires.
    [Theory]
    [InlineData(Contingent.Prefet, false)]
    [InlineData(Contingent.ActionLogement, true)]
    [InlineData(Contingent.Collectivite, true)]
    [InlineData(Contingent.Bailleur, true)]
    public void Contingents_du_troisieme_objectif(Contingent contingent, bool attendu) =>
        Assert.Equal(attendu, QuotasAttribution.Reservataire(contingent));

    [Theory]
    [InlineData("PREFET", Contingent.Prefet)]
    [InlineData("ACTION_LOGEMENT", Contingent.ActionLogement)]
    [InlineData("COLLECTIVITE", Contingent.Collectivite)]
    [InlineData("BAILLEUR", Contingent.Bailleur)]
    [InlineData(" bailleur ", Contingent.Bailleur)]
    [InlineData("ETAT", null)]
    [InlineData("", null)]
    public void Codes_des_contingents(string code, Contingent? attendu)
    {
        Assert.Equal(attendu, CodesAttribution.ContingentDepuisCode(code));
        if (attendu is Contingent c)
            Assert.Equal(code.Trim().ToUpperInvariant(), c.Code());
    }

    /// <summary>
    /// Un bail par ligne : « Q » en QPV / « H » hors QPV ; contingent P, A, C, B ; ressources par UC ; drapeaux
    /// d = DALO, p = prioritaire, r = relogé au titre du renouvellement urbain.
    /// </summary>
    public static TheoryData<string, string?, int[], double[]> Cas() =>
        new()
        {
            // Aucun bail : chaque part vaut 0 (dénominateur nul).
            { "", "10000", [0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0] },
            // CCH L441-1 alinéa 1er : hors QPV, premier quartile (≤ seuil) ou relogé du renouvellement urbain.
            {
                "H B 9000;H A 10000 d;H C 15000 pr;H P 20000 d;H B 30000",
                "10000",
                [5, 3, 0, 0, 4, 2, 1, 1],
                [0.6, 0, 0.5]
            },
            // CCH L441-1 : en QPV, les trois autres quartiles (> seuil) ; un relogé RU en QPV n'y change rien.
            { "Q B 12000;Q P 8000;Q C 8000 r", "10000", [0, 0, 3, 1, 2, 0, 1, 0], [0, 1d / 3, 0] },
            // Sans seuil : personne au premier quartile hors QPV (sauf relogés RU), tous aux autres quartiles en QPV.
            { "H B 1000;H B 1000 r;Q B 1000", null, [2, 1, 1, 1, 3, 0, 0, 0], [0.5, 1, 0] },
            // Le contingent préfectoral est hors du troisième objectif, même DALO ; il est compté à part.
            { "H P 1000 d;Q P 1000 p", "10000", [1, 1, 1, 0, 0, 0, 2, 2], [1, 0, 0] },
        };

    [Theory]
    [MemberData(nameof(Cas))]
    public void Objectifs_calcules_sur_les_baux(string baux, string? seuil, int[] nombres, double[] parts)
    {
        var r = QuotasAttribution.Calculer(Baux(baux), seuil is null ? null : Dec(seuil));
        Assert.Equal(
            nombres,
            new[]
            {
                r.BauxHorsQpv,
                r.BauxHorsQpvPremierQuartile,
                r.AttributionsEnQpv,
                r.AttributionsEnQpvAutresQuartiles,
                r.AttributionsReservataires,
                r.AttributionsDaloOuPrioritaires,
                r.AttributionsPrefet,
                r.AttributionsPrefetDaloOuPrioritaires,
            }
        );
        Assert.Equal(parts[0], r.PartHorsQpvPremierQuartile, 10);
        Assert.Equal(parts[1], r.PartEnQpvAutresQuartiles, 10);
        Assert.Equal(parts[2], r.PartDaloOuPrioritaires, 10);
    }

    [Theory]
    [InlineData(0, 0, 0d)]
    [InlineData(3, 0, 0d)]
    [InlineData(1, 4, 0.25)]
    [InlineData(4, 4, 1d)]
    public void Part_entre_0_et_1_et_0_sans_denominateur(int numerateur, int denominateur, double attendu) =>
        Assert.Equal(attendu, QuotasAttribution.Part(numerateur, denominateur));

    private static decimal Dec(string texte) => decimal.Parse(texte, System.Globalization.CultureInfo.InvariantCulture);

    private static List<BailPourQuotas> Baux(string texte) =>
        texte
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(b => b.Split(' '))
            .Select(p =>
            {
                var drapeaux = p.Length > 3 ? p[3] : "";
                var contingent = p[1] switch
                {
                    "P" => Contingent.Prefet,
                    "A" => Contingent.ActionLogement,
                    "C" => Contingent.Collectivite,
                    _ => Contingent.Bailleur,
                };
                return new BailPourQuotas(
                    p[0] == "Q",
                    contingent,
                    Dec(p[2]),
                    drapeaux.Contains('d', StringComparison.Ordinal),
                    drapeaux.Contains('p', StringComparison.Ordinal),
                    drapeaux.Contains('r', StringComparison.Ordinal)
                );
            })
            .ToList();
}
