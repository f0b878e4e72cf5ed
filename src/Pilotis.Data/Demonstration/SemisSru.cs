using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Inventaires SRU fictifs du Gard, 2020 à 2026 : l'assujettissement est calculé par la règle réelle (CCH L302-5)
/// sur les populations INSEE réelles des communes et des EPCI ; les chiffres d'inventaire, les données fiscales, les
/// dépenses déductibles et la procédure de carence sont inventés (source « Inventaire fictif — démonstration »).
/// Déterministe : la même base donne les mêmes chiffres.
/// </summary>
public sealed class SemisSru(PilotisDbContext db)
{
    public const string Source = "Inventaire fictif — démonstration";
    public const int PremiereAnnee = 2020;
    public const int DerniereAnnee = 2026;

    public async Task<int> ExecuterAsync(string departement, DateTimeOffset maintenant, CancellationToken ct = default)
    {
        if (await db.InventairesSru.AnyAsync(ct))
            return 0;
        var parametres = ParametresSru.PourAnnee(DerniereAnnee);
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.DepartementCode == departement && c.Type == TypeCommune.Actuelle && c.Population != null)
            .ToListAsync(ct);
        var epcis = communes.Select(c => c.EpciSiren).OfType<string>().Distinct().ToList();
        var membres = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle && c.EpciSiren != null && epcis.Contains(c.EpciSiren))
            .GroupBy(c => c.EpciSiren!)
            .Select(g => new PopulationEpci(g.Key, g.Sum(c => c.Population ?? 0), g.Max(c => c.Population ?? 0)))
            .ToDictionaryAsync(x => x.Siren, ct);

        var soumises = Soumises(communes, membres, parametres);
        var lignes = 0;
        foreach (var (commune, motif) in soumises)
            lignes += SemerInventaires(commune, motif);
        SemerDepensesEtCarence(soumises.Select(s => s.Commune.Code).ToList(), maintenant, parametres);
        await db.SaveChangesAsync(ct);
        return lignes;
    }

    private sealed record PopulationEpci(string Siren, int Population, int PlusGrande);

    /// <summary>
    /// Les communes soumises la dernière année semée, par la règle réelle (CCH L302-5), avec leur motif.
    /// </summary>
    private static List<(Commune Commune, string? Motif)> Soumises(
        List<Commune> communes,
        Dictionary<string, PopulationEpci> membres,
        ParametresSru parametres
    )
    {
        var soumises = new List<(Commune, string?)>();
        foreach (var commune in communes.OrderBy(c => c.Code))
        {
            var epci = commune.EpciSiren is null ? null : membres.GetValueOrDefault(commune.EpciSiren);
            var situation = AssujettissementSru.Determiner(
                new DonneesAssujettissementSru
                {
                    PopulationCommune = commune.Population!.Value,
                    PopulationEpci = epci?.Population,
                    PopulationPlusGrandeCommuneEpci = epci?.PlusGrande,
                },
                [],
                new DateOnly(DerniereAnnee, 1, 1),
                parametres
            );
            if (situation.Statut != StatutSru.NonSoumise)
                soumises.Add((commune, situation.Motif));
        }
        return soumises;
    }

    /// <summary>
    /// Les inventaires fictifs d'une commune soumise, de la première à la dernière année (tirage déterministe).
    /// </summary>
    private int SemerInventaires(Commune commune, string? motif)
    {
        var alea = new Random(
            int.Parse(
                commune.Code.Replace("A", "0", StringComparison.Ordinal).Replace("B", "1", StringComparison.Ordinal),
                System.Globalization.CultureInfo.InvariantCulture
            )
        );
        var population = commune.Population!.Value;
        var rp2020 = (int)(population / (2.05 + alea.NextDouble() * 0.3));
        var taux2020 = 0.04 + alea.NextDouble() * 0.24;
        var pf = Math.Round(750m + (decimal)alea.NextDouble() * 650m, 2);
        var lignes = 0;
        for (var annee = PremiereAnnee; annee <= DerniereAnnee; annee++)
        {
            var rp = (int)(rp2020 * (1 + 0.008 * (annee - PremiereAnnee)));
            var lls = (int)(rp * (taux2020 + 0.004 * (annee - PremiereAnnee) * alea.NextDouble() * 2));
            var plai = lls * 22 / 100;
            var pls = lls * 12 / 100;
            var foyer = alea.Next(0, Math.Max(1, lls / 20)) * 3;
            var psla = lls * 2 / 100;
            db.InventairesSru.Add(
                new InventaireSru
                {
                    CommuneCode = commune.Code,
                    Annee = annee,
                    ResidencesPrincipales = rp,
                    Plai = plai,
                    Pls = pls,
                    PlacesFoyer = foyer,
                    PslaBrs = psla,
                    Plus = Math.Max(0, lls - plai - pls - psla - foyer / 3),
                    Soumise = true,
                    Motif = motif,
                    TauxCible = ParametresSru.PourAnnee(annee).TauxCibleNormal,
                    PotentielFiscalParHabitant = pf,
                    DepensesReellesFonctionnement = Math.Round(
                        population * (900m + (decimal)alea.NextDouble() * 500m),
                        0
                    ),
                    CouverteParPlh = commune.EpciSiren is not null,
                    AgreesPlai = alea.Next(0, 1 + rp / 800),
                    AgreesPlus = alea.Next(0, 1 + rp / 400),
                    AgreesPls = alea.Next(0, 1 + rp / 1200),
                    Source = Source,
                    Demonstration = true,
                }
            );
            lignes++;
        }
        return lignes;
    }

    /// <summary>
    /// Quelques dépenses déductibles (déclarées, validées) et une procédure de carence en cours, fictives.
    /// </summary>
    private void SemerDepensesEtCarence(List<string> soumises, DateTimeOffset maintenant, ParametresSru parametres)
    {
        foreach (var (code, i) in soumises.Take(4).Select((c, i) => (c, i)))
        {
            db.DepensesDeductiblesSru.Add(
                new DepenseDeductibleSru
                {
                    CommuneCode = code,
                    // Dépense de l'année N−2 de la dernière année semée (CCH L302-7).
                    AnneeDepense = DerniereAnnee - 2,
                    Nature = NatureDepenseSru.SubventionFonciere,
                    Libelle = "Subvention pour surcharge foncière (fictive)",
                    Montant = 25_000m + i * 10_000m,
                    Justificatif = "deliberation-fictive.pdf",
                    Statut = i % 3 == 0 ? StatutDepenseSru.Validee : StatutDepenseSru.Declaree,
                    DeclareeLe = maintenant.AddDays(-60 + i),
                    DecideeLe = i % 3 == 0 ? maintenant.AddDays(-30) : null,
                }
            );
        }
        if (soumises.Count > 5)
        {
            var proposee = new DateOnly(DerniereAnnee, 3, 16);
            var close = ParametresSru.DerniereClose(proposee);
            var procedure = new ProcedureCarenceSru
            {
                CommuneCode = soumises[5],
                DebutPeriode = close.PremierJour,
                FinPeriode = close.DernierJour,
            };
            var resultat = procedure
                .VersDomaine()
                .Appliquer(
                    new DemandeTransitionCarence(ActionCarence.Proposer, ActeurCarence.Ddtm, proposee)
                    {
                        Motif = $"Bilan {close.Libelle} insuffisant (fictif)",
                    },
                    parametres
                );
            if (resultat.Reussie)
                procedure.Appliquer(resultat.Procedure);
            db.ProceduresCarenceSru.Add(procedure);
        }
    }
}
