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

    /// <summary>
    /// Règles en vigueur au 1er janvier de l'année, comme <see cref="RequetesSru"/> (la dernière période connue à
    /// défaut).
    /// </summary>
    public static ParametresSru Parametres(int annee) => ParametresSru.PourAnnee(annee);

    /// <summary>
    /// Années pour lesquelles un inventaire de communes soumises existe (toutes communes confondues), de la plus
    /// récente à la plus ancienne.
    /// </summary>
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
        var lignes = await InventairesAsync(db, perimetre, annee, ct);
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
        var depenses = await DepensesValideesAsync(db, codes, annee, ct);
        var coefficients = await CoefficientsCarenceAsync(situations, codes, annee, ct);
        var mediane = await situations.MedianePotentielFiscalAsync(annee, ct);
        var tri = Retenir(lignes, perimetre, annee, parametres, depenses, coefficients, mediane);
        var sirens = tri.Retenues.Select(r => r.Commune.EpciSiren).OfType<string>().Distinct().ToList();
        var nomsEpci = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        return new DonneesSimulateurSru(
            perimetre,
            annee,
            parametres,
            mediane,
            [.. tri.Retenues.Select(r => r.Commune)],
            [.. tri.Retenues.Select(r => r.Entree)],
            nomsEpci,
            tri.Exemptees,
            tri.Ecartees
        );
    }

    /// <summary>Inventaire soumis de l'année d'une commune du périmètre, avec ses noms.</summary>
    private sealed record InventaireLu(InventaireSru Inventaire, string Nom, string? EpciSiren, string DepartementCode);

    /// <summary>
    /// Les inventaires soumis de l'année : le département et tous les EPCI qui le touchent (les EPCI débordent), ou la
    /// France entière.
    /// </summary>
    private static async Task<List<InventaireLu>> InventairesAsync(
        PilotisDbContext db,
        string perimetre,
        int annee,
        CancellationToken ct
    )
    {
        var communes = db.Communes.AsNoTracking().Where(c => c.Type == TypeCommune.Actuelle);
        if (perimetre != France)
        {
            // Les EPCI du département sont lus d'abord : une sous-requête corrélée sur 35 000 communes serait lente
            // en SQLite.
            var epcisDuDepartement = await communes
                .Where(c => c.DepartementCode == perimetre && c.EpciSiren != null)
                .Select(c => c.EpciSiren!)
                .Distinct()
                .ToListAsync(ct);
            communes = communes.Where(c =>
                c.DepartementCode == perimetre || (c.EpciSiren != null && epcisDuDepartement.Contains(c.EpciSiren))
            );
        }
        return await (
            from i in db.InventairesSru.AsNoTracking()
            join c in communes on i.CommuneCode equals c.Code
            where i.Annee == annee && i.Soumise
            select new InventaireLu(i, c.Nom, c.EpciSiren, c.DepartementCode)
        ).ToListAsync(ct);
    }

    /// <summary>Dépenses déductibles validées par commune : de l'année N−2 (CCH L302-7) et de l'année N.</summary>
    private static async Task<(Dictionary<string, decimal> N2, Dictionary<string, decimal> N)> DepensesValideesAsync(
        PilotisDbContext db,
        List<string> codes,
        int annee,
        CancellationToken ct
    )
    {
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
        return (
            depenses.Where(d => d.AnneeDepense == annee - 2).ToDictionary(d => d.CommuneCode, d => d.Total),
            depenses.Where(d => d.AnneeDepense == annee).ToDictionary(d => d.CommuneCode, d => d.Total)
        );
    }

    /// <summary>
    /// Le coefficient de carence en vigueur au 1er janvier, par la procédure la plus récente (CCH L302-9-1).
    /// </summary>
    private static async Task<Dictionary<string, decimal?>> CoefficientsCarenceAsync(
        RequetesSru situations,
        List<string> codes,
        int annee,
        CancellationToken ct
    )
    {
        var debutAnnee = new DateOnly(annee, 1, 1);
        var procedures = await situations.DernieresProceduresCarenceAsync(codes, ct);
        return procedures.ToDictionary(p => p.Key, p => p.Value.VersDomaine().CoefficientEnVigueurLe(debutAnnee));
    }

    private sealed record Tri(
        List<(CommuneSimulee Commune, CommuneSimulationSru Entree)> Retenues,
        List<string> Exemptees,
        List<string> Ecartees
    );

    /// <summary>
    /// Écarte les communes exemptées au 1er janvier et les inventaires incohérents (nommées si elles sont dans le
    /// périmètre) ; les autres entrent dans la simulation, dans l'ordre alphabétique français.
    /// </summary>
    private static Tri Retenir(
        List<InventaireLu> lignes,
        string perimetre,
        int annee,
        ParametresSru parametres,
        (Dictionary<string, decimal> N2, Dictionary<string, decimal> N) depenses,
        Dictionary<string, decimal?> coefficients,
        decimal? mediane
    )
    {
        var debutAnnee = new DateOnly(annee, 1, 1);
        var tri = new Tri([], [], []);
        foreach (var l in lignes)
        {
            var i = l.Inventaire;
            var dansPerimetre = perimetre == France || l.DepartementCode == perimetre;
            if (i.ExempteeLe(debutAnnee))
            {
                if (dansPerimetre)
                    tri.Exemptees.Add(l.Nom);
                continue;
            }
            var lls = i.Inventaire.Total(parametres.PlacesFoyerParLogement);
            if (i.ResidencesPrincipales <= 0 || lls > i.ResidencesPrincipales)
            {
                if (dansPerimetre)
                    tri.Ecartees.Add(l.Nom);
                continue;
            }
            var n2 = depenses.N2.GetValueOrDefault(i.CommuneCode);
            var n = depenses.N.GetValueOrDefault(i.CommuneCode);
            var coefficient = coefficients.GetValueOrDefault(i.CommuneCode);
            var commune = new CommuneSimulee(
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
            );
            var entree = new CommuneSimulationSru
            {
                CodeInsee = i.CommuneCode,
                EpciSiren = l.EpciSiren,
                Donnees = i.VersDonnees(n2, coefficient, mediane),
                DepensesDeductiblesAnneeCourante = n,
            };
            tri.Retenues.Add((commune, entree));
        }
        tri.Retenues.Sort(
            (a, b) =>
            {
                var c = Francais.Ordre.Compare(a.Commune.Nom, b.Commune.Nom);
                return c != 0 ? c : string.CompareOrdinal(a.Commune.Code, b.Commune.Code);
            }
        );
        tri.Exemptees.Sort(Francais.Ordre);
        tri.Ecartees.Sort(Francais.Ordre);
        return tri;
    }
}
