using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Production;

/// <summary>
/// La liste de dépôt d'un département (seed 000, question 3) : lue en base, et semée depuis
/// <see cref="ExigencesParDefaut"/> au premier usage. Seul endroit où l'on « obtient ou sème » la liste :
/// pages du dossier, liste de dépôt, transitions, API.
/// </summary>
public static class ListeDepot
{
    public static async Task<List<ExigenceDepot>> ChargerAsync(
        PilotisDbContext db,
        string departementCode,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var exigences = await Lire(db, departementCode, ct);
        if (exigences.Count > 0)
            return exigences;
        db.ExigencesDepot.AddRange(ExigencesParDefaut.Pour(departementCode));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Une autre requête a semé la même liste au même instant (index unique département + code) : on relit la sienne.
            foreach (
                var e in db.ChangeTracker.Entries<ExigenceDepot>().Where(e => e.State == EntityState.Added).ToList()
            )
                e.State = EntityState.Detached;
        }
        return await Lire(db, departementCode, ct);
    }

    /// <summary>
    /// La liste sans rien écrire (pour un contexte qui enregistre autre chose ensuite, comme une transition) :
    /// celle du département si elle existe, sinon la liste par défaut que <see cref="ChargerAsync"/> sèmera.
    /// </summary>
    public static async Task<IReadOnlyList<ExigenceDepot>> LireOuDefautAsync(
        PilotisDbContext db,
        string departementCode,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var configurees = await db
            .ExigencesDepot.AsNoTracking()
            .Where(e => e.DepartementCode == departementCode)
            .OrderBy(e => e.Ordre)
            .ThenBy(e => e.Id)
            .ToListAsync(ct);
        return configurees.Count > 0 ? configurees : ExigencesParDefaut.Pour(departementCode);
    }

    /// <summary>Codes des pièces dont au moins une version est déposée sur l'opération.</summary>
    public static async Task<HashSet<string>> PiecesDeposeesAsync(
        PilotisDbContext db,
        int operationId,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var pieces = await db
            .DocumentsOperation.Where(d => d.OperationId == operationId)
            .Select(d => d.Piece)
            .Distinct()
            .ToListAsync(ct);
        return pieces.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Complétude actuelle d'une opération (ses lots et son plan de financement doivent être chargés).</summary>
    public static async Task<Completude> CompletudeAsync(
        PilotisDbContext db,
        Operation operation,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(operation);
        // Une lecture (fiche, dossier, transition) n'écrit jamais : la liste par défaut vaut tant que la DDTM n'a rien configuré.
        var exigences = await LireOuDefautAsync(db, operation.DepartementCode, ct);
        return Completude.Calculer(operation, exigences, await PiecesDeposeesAsync(db, operation.Id, ct));
    }

    /// <summary>Le contexte qu'attend <see cref="TransitionsOperation.Appliquer"/> : complétude et demandes de pièces sans réponse.</summary>
    public static async Task<ContexteTransitionOperation> ContexteTransitionAsync(
        PilotisDbContext db,
        Operation operation,
        DateOnly aujourdhui,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(operation);
        var completude = await CompletudeAsync(db, operation, ct);
        var ouvertes = await db.DemandesComplement.CountAsync(
            d => d.OperationId == operation.Id && d.Reponse == null,
            ct
        );
        return new ContexteTransitionOperation(completude, ouvertes, aujourdhui);
    }

    private static Task<List<ExigenceDepot>> Lire(PilotisDbContext db, string departementCode, CancellationToken ct) =>
        db
            .ExigencesDepot.Where(e => e.DepartementCode == departementCode)
            .OrderBy(e => e.Ordre)
            .ThenBy(e => e.Id)
            .ToListAsync(ct);
}

/// <summary>Le calendrier de dépôt publié d'un département pour une année, semé depuis <see cref="EcheanceDepot.ParDefaut"/> quand la DDTM le modifie.</summary>
public static class CalendrierDepot
{
    /// <summary>Le calendrier sans rien écrire (page publique) : celui du département, sinon le calendrier par défaut.</summary>
    public static async Task<IReadOnlyList<EcheanceDepot>> LireOuDefautAsync(
        PilotisDbContext db,
        string departementCode,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var publiees = await Lire(db.EcheancesDepot.AsNoTracking(), departementCode, annee, ct);
        return publiees.Count > 0 ? publiees : EcheanceDepot.ParDefaut(departementCode, annee);
    }

    public static async Task<List<EcheanceDepot>> ChargerAsync(
        PilotisDbContext db,
        string departementCode,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var echeances = await Lire(db.EcheancesDepot, departementCode, annee, ct);
        if (echeances.Count > 0)
            return echeances;
        db.EcheancesDepot.AddRange(EcheanceDepot.ParDefaut(departementCode, annee));
        await db.SaveChangesAsync(ct);
        return await Lire(db.EcheancesDepot, departementCode, annee, ct);
    }

    private static Task<List<EcheanceDepot>> Lire(
        IQueryable<EcheanceDepot> echeances,
        string departementCode,
        int annee,
        CancellationToken ct
    ) =>
        echeances
            .Where(e => e.DepartementCode == departementCode && e.Annee == annee)
            .OrderBy(e => e.MoisDebut)
            .ThenBy(e => e.Id)
            .ToListAsync(ct);
}
