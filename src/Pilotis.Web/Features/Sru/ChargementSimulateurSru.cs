using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Sru;

public static class ChargementSimulateurSru
{
    /// <summary>Périmètre « France entière ».</summary>
    public const string France = "FR";

    /// <summary>Règles en vigueur au 1er janvier de l'année, comme <see cref="RequetesSru"/> (la dernière période connue à défaut).</summary>
    public static ParametresSru Parametres(int annee) => ParametresSru.PourAnnee(annee);

    /// <summary>Années pour lesquelles un inventaire de communes soumises existe (toutes communes confondues), de la plus récente à la plus ancienne.</summary>
    public static Task<List<int>> AnneesAsync(PilotisDbContext db, CancellationToken ct) =>
        db
            .InventairesSru.AsNoTracking()
            .Where(i => i.Soumise)
            .Select(i => i.Annee)
            .Distinct()
            .OrderByDescending(a => a)
            .ToListAsync(ct);

    /// <summary>
    /// Lit les entrées. Pour un département, les communes soumises des mêmes EPCI situées dans un autre département
    /// sont lues aussi (<see cref="CommuneSimulee.DansPerimetre"/> faux) : la mutualisation porte sur tout l'EPCI.
    /// </summary>
    public static async Task<DonneesSimulateurSru> ChargerAsync(
        PilotisDbContext db,
        RequetesSru situations,
        string perimetre,
        int annee,
        CancellationToken ct
    )
    {
        var parametres = Parametres(annee);
        var communes = db.Communes.AsNoTracking().Where(c => c.Type == TypeCommune.Actuelle);
        if (perimetre != France)
        {
            // Les EPCI du département sont lus d'abord : une sous-requête corrélée sur 35 000 communes serait lente en SQLite.
            var epcisDuDepartement = await communes
                .Where(c => c.DepartementCode == perimetre && c.EpciSiren != null)
                .Select(c => c.EpciSiren!)
                .Distinct()
                .ToListAsync(ct);
            communes = communes.Where(c =>
                c.DepartementCode == perimetre || (c.EpciSiren != null && epcisDuDepartement.Contains(c.EpciSiren))
            );
        }
        var lignes = await (
            from i in db.InventairesSru.AsNoTracking()
            join c in communes on i.CommuneCode equals c.Code
            where i.Annee == annee && i.Soumise
            select new
            {
                Inventaire = i,
                c.Nom,
                c.EpciSiren,
                c.DepartementCode,
            }
        ).ToListAsync(ct);
        if (lignes.Count == 0)
        {
            return new DonneesSimulateurSru(
                perimetre,
                annee,
                parametres,
                null,
                [],
                [],
                new Dictionary<string, string>(),
                [],
                []
            );
        }

        var codes = lignes.Select(l => l.Inventaire.CommuneCode).ToList();
        var depenses = await db
            .DepensesDeductiblesSru.AsNoTracking()
            .Where(d =>
                d.Statut == StatutDepenseSru.Validee
                && (d.AnneeDepense == annee - 2 || d.AnneeDepense == annee)
                && codes.Contains(d.CommuneCode)
            )
            .GroupBy(d => new { d.CommuneCode, d.AnneeDepense })
            .Select(g => new
            {
                g.Key.CommuneCode,
                g.Key.AnneeDepense,
                Total = g.Sum(d => d.Montant),
            })
            .ToListAsync(ct);
        var depensesN2 = depenses
            .Where(d => d.AnneeDepense == annee - 2)
            .ToDictionary(d => d.CommuneCode, d => d.Total);
        var depensesN = depenses.Where(d => d.AnneeDepense == annee).ToDictionary(d => d.CommuneCode, d => d.Total);
        // Comme RequetesSru : la procédure la plus récente de la commune, et son coefficient en vigueur au 1er janvier.
        var debutAnnee = new DateOnly(annee, 1, 1);
        var coefficients = (
            await db
                .ProceduresCarenceSru.AsNoTracking()
                .Include(p => p.Etapes)
                .Where(p => codes.Contains(p.CommuneCode))
                .ToListAsync(ct)
        )
            .GroupBy(p => p.CommuneCode)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(p => p.DebutPeriode).First().VersDomaine().CoefficientEnVigueurLe(debutAnnee)
            );
        var mediane = await situations.MedianePotentielFiscalAsync(annee, ct);

        var retenues = new List<(CommuneSimulee Commune, CommuneSimulationSru Entree)>(lignes.Count);
        var exemptees = new List<string>();
        var ecartees = new List<string>();
        foreach (var l in lignes)
        {
            var i = l.Inventaire;
            var dansPerimetre = perimetre == France || l.DepartementCode == perimetre;
            if (i.ExempteeLe(debutAnnee))
            {
                if (dansPerimetre)
                    exemptees.Add(l.Nom);
                continue;
            }
            var lls = i.Inventaire.Total(parametres.PlacesFoyerParLogement);
            if (i.ResidencesPrincipales <= 0 || lls > i.ResidencesPrincipales)
            {
                if (dansPerimetre)
                    ecartees.Add(l.Nom);
                continue;
            }
            var n2 = depensesN2.GetValueOrDefault(i.CommuneCode);
            var n = depensesN.GetValueOrDefault(i.CommuneCode);
            var coefficient = coefficients.GetValueOrDefault(i.CommuneCode);
            retenues.Add(
                (
                    new CommuneSimulee(
                        i.CommuneCode,
                        l.Nom,
                        l.EpciSiren,
                        l.DepartementCode,
                        i.ResidencesPrincipales,
                        (int)lls,
                        i.TauxCible,
                        n2,
                        n,
                        coefficient,
                        dansPerimetre
                    ),
                    new CommuneSimulationSru
                    {
                        CodeInsee = i.CommuneCode,
                        EpciSiren = l.EpciSiren,
                        Donnees = i.VersDonnees(n2, coefficient, mediane),
                        DepensesDeductiblesAnneeCourante = n,
                    }
                )
            );
        }
        retenues.Sort(
            (a, b) =>
            {
                var c = Francais.Ordre.Compare(a.Commune.Nom, b.Commune.Nom);
                return c != 0 ? c : string.CompareOrdinal(a.Commune.Code, b.Commune.Code);
            }
        );

        var sirens = retenues.Select(r => r.Commune.EpciSiren).OfType<string>().Distinct().ToList();
        var nomsEpci = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        exemptees.Sort(Francais.Ordre);
        ecartees.Sort(Francais.Ordre);
        return new DonneesSimulateurSru(
            perimetre,
            annee,
            parametres,
            mediane,
            [.. retenues.Select(r => r.Commune)],
            [.. retenues.Select(r => r.Entree)],
            nomsEpci,
            exemptees,
            ecartees
        );
    }
}
