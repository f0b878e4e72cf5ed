using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>Limites des conventions de flux (CCH L441-1, R441-5 ; décret n° 2020-145 du 20 février 2020).</summary>
public class LimitesConventionsFluxTests
{
    private static ConventionFlux Convention(
        Contingent contingent,
        decimal part,
        int reservataire = 10,
        decimal agents = 0m,
        int id = 0,
        StatutConvention statut = StatutConvention.Projet,
        string debut = "2025-01-01",
        string fin = "2027-12-31"
    ) =>
        new()
        {
            Id = id,
            BailleurId = 1,
            ReservataireId = reservataire,
            Contingent = contingent,
            DepartementCode = "30",
            PartFlux = part,
            PartAgentsEtat = agents,
            DateDebut = DateOnly.Parse(debut, System.Globalization.CultureInfo.InvariantCulture),
            DateFin = DateOnly.Parse(fin, System.Globalization.CultureInfo.InvariantCulture),
            Statut = statut,
        };

    // CCH R441-5 : le préfet réserve au plus 30 % du flux, dont 5 % au plus pour les agents de l'État.
    [Theory]
    [InlineData(Contingent.Prefet, "30", "5", null)]
    [InlineData(Contingent.Prefet, "30.01", "0", "La part du préfet (30,01 %) dépasse le plafond de 30 %")]
    [InlineData(Contingent.Prefet, "31", "0", "La part du préfet (31 %) dépasse le plafond de 30 %")]
    [InlineData(Contingent.Prefet, "25", "5.5", "La part des agents de l'État (5,5 %) dépasse le plafond de 5 %")]
    [InlineData(Contingent.Prefet, "4", "5", "est comprise dans celle du préfet (4 %)")]
    [InlineData(Contingent.ActionLogement, "31", "0", null)] // le plafond de 30 % ne vise que le préfet
    [InlineData(Contingent.ActionLogement, "20", "1", "Seule la convention du préfet réserve une part aux agents")]
    [InlineData(Contingent.Collectivite, "0", "0", "doit être comprise entre 0 et 100 %")]
    [InlineData(Contingent.Collectivite, "100.5", "0", "doit être comprise entre 0 et 100 %")]
    public void Parts_du_prefet_et_des_agents(Contingent contingent, string part, string agents, string? refus)
    {
        var erreurs = LimitesConventionsFlux.Verifier(Convention(contingent, Dec(part), agents: Dec(agents)), []);
        if (refus is null)
            Assert.Empty(erreurs);
        else
            Assert.Contains(erreurs, e => e.Message.Contains(refus, StringComparison.Ordinal));
    }

    // Le flux annuel ne se partage qu'une fois : la somme des conventions signées qui se chevauchent ≤ 100 %.
    [Theory]
    [InlineData("30", "40", "30", null)]
    [InlineData("30", "40", "35", "réservent déjà 70 % du flux ; avec 35 %, la somme ferait 105 %")]
    [InlineData("30", "40", "30.01", "la somme ferait 100,01 %")]
    public void Somme_des_parts_au_plus_100(string prefet, string actionLogement, string nouvelle, string? refus)
    {
        ConventionFlux[] signees =
        [
            Convention(Contingent.Prefet, Dec(prefet), 10, id: 1, statut: StatutConvention.Signee),
            Convention(Contingent.ActionLogement, Dec(actionLogement), 11, id: 2, statut: StatutConvention.Signee),
        ];
        var erreurs = LimitesConventionsFlux.Verifier(Convention(Contingent.Collectivite, Dec(nouvelle), 12), signees);
        if (refus is null)
            Assert.Empty(erreurs);
        else
            Assert.Contains(refus, Assert.Single(erreurs).Message, StringComparison.Ordinal);
    }

    // Ne comptent que les conventions signées, du même bailleur et département, dont la durée chevauche.
    [Theory]
    [InlineData(StatutConvention.Signee, "2025-01-01", "2027-12-31", true)]
    [InlineData(StatutConvention.Projet, "2025-01-01", "2027-12-31", false)]
    [InlineData(StatutConvention.Resiliee, "2025-01-01", "2027-12-31", false)]
    [InlineData(StatutConvention.Signee, "2022-01-01", "2024-12-31", false)] // échue avant le début
    [InlineData(StatutConvention.Signee, "2027-12-31", "2030-12-31", true)] // un jour en commun suffit
    public void Conventions_prises_en_compte(StatutConvention statut, string debut, string fin, bool refusee)
    {
        var autre = Convention(Contingent.ActionLogement, 80m, 11, id: 1, statut: statut, debut: debut, fin: fin);
        var erreurs = LimitesConventionsFlux.Verifier(Convention(Contingent.Collectivite, 30m, 12), [autre]);
        Assert.Equal(refusee, erreurs.Count > 0);
    }

    // CCH R441-5 : une convention par bailleur, réservataire et département à une date donnée.
    [Theory]
    [InlineData("2025-01-01", "2027-12-31", true)]
    [InlineData("2028-01-01", "2030-12-31", false)]
    public void Une_seule_convention_signee_par_reservataire(string debut, string fin, bool refusee)
    {
        var signee = Convention(Contingent.ActionLogement, 10m, 11, id: 1, statut: StatutConvention.Signee);
        var nouvelle = Convention(Contingent.ActionLogement, 12m, 11, debut: debut, fin: fin);
        var erreurs = LimitesConventionsFlux.Verifier(nouvelle, [signee]);
        Assert.Equal(refusee, erreurs.Any(e => e.Message.Contains("une seule convention", StringComparison.Ordinal)));
        // La même convention, revérifiée (modification), ne se gêne pas elle-même.
        Assert.Empty(LimitesConventionsFlux.Verifier(signee, [signee]));
    }

    [Theory]
    [InlineData("40", "40", "20", null)]
    [InlineData("40", "40", "30", "40 % + 40 % + 30 % = 110 % ; la somme doit faire 100 %.")]
    [InlineData("40", null, "60", "saisissez les trois parts")]
    public void Repartition_par_typologie(string t1t2, string? t3, string t4, string? refus)
    {
        var c = Convention(Contingent.ActionLogement, 20m);
        c.PartT1T2 = Dec(t1t2);
        c.PartT3 = t3 is null ? null : Dec(t3);
        c.PartT4Plus = Dec(t4);
        var erreurs = LimitesConventionsFlux.Verifier(c, []);
        if (refus is null)
            Assert.Empty(erreurs);
        else
            Assert.Contains(refus, Assert.Single(erreurs).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_coherentes()
    {
        var c = Convention(Contingent.ActionLogement, 20m, debut: "2026-01-01", fin: "2025-12-31");
        var erreur = Assert.Single(LimitesConventionsFlux.Verifier(c, []));
        Assert.Equal("DateFin", erreur.Champ);
        Assert.Equal("La date de fin (31/12/2025) précède la date de début (01/01/2026).", erreur.Message);
    }

    private static decimal Dec(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
