using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Lissage;

namespace Pilotis.Data.Production;

/// <summary>
/// Agréments par mois calculés en SQL (GROUP BY mois sur les lots joints aux opérations), sans charger les lignes :
/// une seule définition pour l'API publique de lissage et le tableau de bord. Les lots comptés sont ceux de
/// <see cref="RequetesProduction.LotsAgrees"/> (un lot compte dans le mois de SA date d'agrément, s'il appartient à
/// une opération agréée) : la consolidation de la programmation compte les mêmes. Une opération compte une fois par
/// mois (COUNT DISTINCT) même avec plusieurs lots. Le filtre porte sur un intervalle de dates (≥ 1er janvier,
/// &lt; 1er janvier suivant) pour que l'index sur LotsOperation.DateAgrement serve.
/// </summary>
public static class StatistiquesLissage
{
    /// <summary>
    /// Toute la France, ou un département : le contrat de GET /api/v1/statistiques/production/lissage.
    /// </summary>
    public static Task<TableauLissage> CalculerAsync(
        PilotisDbContext db,
        int annee,
        string? departementCode,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var operations = db.Operations.AsNoTracking();
        if (departementCode is not null)
            operations = operations.Where(o => o.DepartementCode == departementCode);
        return CalculerAsync(operations, db.LotsOperation.AsNoTracking(), annee, null, ct);
    }

    /// <summary>
    /// Une année, sur des opérations déjà filtrées (habilitations, EPCI, bailleur…) et éventuellement un produit.
    /// </summary>
    public static async Task<TableauLissage> CalculerAsync(
        IQueryable<Operation> operations,
        IQueryable<Lot> lots,
        int annee,
        Produit? produit = null,
        CancellationToken ct = default
    )
    {
        var annees = await ParAnneeAsync(operations, lots, annee, annee, produit, ct);
        return annees[0];
    }

    /// <summary>
    /// Plusieurs années d'un coup (une requête) : une entrée par année de <paramref name="premiere"/> à
    /// <paramref name="derniere"/>, dans l'ordre.
    /// </summary>
    public static async Task<IReadOnlyList<TableauLissage>> ParAnneeAsync(
        IQueryable<Operation> operations,
        IQueryable<Lot> lots,
        int premiere,
        int derniere,
        Produit? produit = null,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(lots);
        ArgumentOutOfRangeException.ThrowIfLessThan(derniere, premiere);
        var debut = new DateOnly(premiere, 1, 1);
        var fin = new DateOnly(derniere + 1, 1, 1);
        var agrees = RequetesProduction.LotsAgrees(operations, lots, debut, fin);
        if (produit is Produit p)
            agrees = agrees.Where(l => l.Produit == p);
        var lignes = await agrees
            .Select(l => new
            {
                l.OperationId,
                l.DateAgrement!.Value.Year,
                l.DateAgrement!.Value.Month,
                l.NombreLogements,
            })
            .GroupBy(x => new { x.Year, x.Month })
            .Select(g => new
            {
                g.Key.Year,
                g.Key.Month,
                Operations = g.Select(x => x.OperationId).Distinct().Count(),
                Logements = g.Sum(x => x.NombreLogements),
            })
            .ToListAsync(ct);
        return Enumerable
            .Range(premiere, derniere - premiere + 1)
            .Select(a =>
                TableauLissage.Depuis(
                    a,
                    lignes.Where(x => x.Year == a).Select(x => new MoisLissage(x.Month, x.Operations, x.Logements))
                )
            )
            .ToList();
    }
}
