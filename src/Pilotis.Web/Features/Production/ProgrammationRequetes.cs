using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Web.Features.Production;

/// <summary>Une opération programmée telle que la programmation l'affiche : ses champs utiles, ses logements, son risque.</summary>
public sealed record OperationProgrammee(
    Operation Operation,
    string Commune,
    string Bailleur,
    int Logements,
    RisqueGlissement Risque
);

/// <summary>Requêtes partagées des pages de programmation : projections (jamais d'entités entières) et territoires.</summary>
public static class ProgrammationRequetes
{
    /// <summary>Pas encore agréée ni sortie : les statuts avant « à valider Chorus ».</summary>
    public static readonly Expression<Func<Operation, bool>> NonAgreee = o => o.Statut < StatutOperation.AValiderChorus;

    /// <summary>Les opérations de la requête avec de quoi évaluer leur risque de glissement (difficultés ouvertes comprises).</summary>
    public static async Task<List<OperationProgrammee>> ChargerAsync(
        PilotisDbContext db,
        IQueryable<Operation> requete,
        DateOnly aujourdhui,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var lignes = await requete
            .AsNoTracking()
            .Select(o => new
            {
                Operation = new Operation
                {
                    Id = o.Id,
                    Numero = o.Numero,
                    Nom = o.Nom,
                    BailleurId = o.BailleurId,
                    CommuneCode = o.CommuneCode,
                    EpciSiren = o.EpciSiren,
                    DepartementCode = o.DepartementCode,
                    RegionCode = o.RegionCode,
                    Nature = o.Nature,
                    Statut = o.Statut,
                    DateDepot = o.DateDepot,
                    DateAgrement = o.DateAgrement,
                    AnneeProgrammation = o.AnneeProgrammation,
                    MoisAgrementPrevu = o.MoisAgrementPrevu,
                    FoncierMaitrise = o.FoncierMaitrise,
                    Permis = o.Permis,
                    FinancementBoucle = o.FinancementBoucle,
                    Jeton = o.Jeton,
                },
                Logements = o.Lots.Sum(l => l.NombreLogements),
            })
            .ToListAsync(ct);
        var difficultes = (
            await db
                .Difficultes.AsNoTracking()
                .Where(d => d.ResolueLe == null && requete.Select(o => o.Id).Contains(d.OperationId))
                .Select(d => d.OperationId)
                .Distinct()
                .ToListAsync(ct)
        ).ToHashSet();
        var codes = lignes.Select(l => l.Operation.CommuneCode).Distinct().ToList();
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => codes.Contains(c.Code) && c.Type == TypeCommune.Actuelle)
            .Select(c => new { c.Code, c.Nom })
            .ToDictionaryAsync(c => c.Code, c => c.Nom, ct);
        var ids = lignes.Select(l => l.Operation.BailleurId).Distinct().ToList();
        var bailleurs = await db
            .Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Nom, ct);
        return lignes
            .Select(l => new OperationProgrammee(
                l.Operation,
                communes.GetValueOrDefault(l.Operation.CommuneCode, l.Operation.CommuneCode),
                bailleurs.GetValueOrDefault(l.Operation.BailleurId, ""),
                l.Logements,
                RisquesGlissement.Evaluer(l.Operation, aujourdhui, difficultes.Contains(l.Operation.Id))
            ))
            .ToList();
    }

    /// <summary>Les EPCI ayant au moins une commune dans le département, par nom.</summary>
    public static async Task<List<(string Siren, string Nom)>> EpcisDuDepartementAsync(
        PilotisDbContext db,
        string departement,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var sirens = db
            .Communes.Where(c =>
                c.DepartementCode == departement && c.Type == TypeCommune.Actuelle && c.EpciSiren != null
            )
            .Select(c => c.EpciSiren!);
        var epcis = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .OrderBy(e => e.Nom)
            .Select(e => new { e.Siren, e.Nom })
            .ToListAsync(ct);
        return epcis.Select(e => (e.Siren, e.Nom)).ToList();
    }

    public static string ClasseRisque(NiveauRisque niveau) =>
        niveau switch
        {
            NiveauRisque.Eleve => "fr-badge--error",
            NiveauRisque.Moyen => "fr-badge--warning",
            _ => "fr-badge--success",
        };
}
