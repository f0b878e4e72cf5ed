using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Production;

/// <summary>
/// Les requêtes de la production partagées par plusieurs cas d'usage (pages, API, ligne de commande) ; une requête
/// d'un seul cas d'usage vit dans son fichier. Les agréments par mois ont leur fichier nommé,
/// <see cref="StatistiquesLissage"/> (API publique et tableau de bord).
/// </summary>
public static class RequetesProduction
{
    /// <summary>
    /// Les lots agréés dans [<paramref name="debut"/>, <paramref name="fin"/>[ des opérations données : la seule
    /// définition des « logements agréés en N » (<see cref="CriteresLot.AgreeEntre"/> sur le lot,
    /// <see cref="CriteresOperation.Agreee"/> sur l'opération), pour le lissage (API et tableau de bord) et la
    /// consolidation de la programmation.
    /// </summary>
    public static IQueryable<Lot> LotsAgrees(
        IQueryable<Operation> operations,
        IQueryable<Lot> lots,
        DateOnly debut,
        DateOnly fin
    )
    {
        ArgumentNullException.ThrowIfNull(operations);
        ArgumentNullException.ThrowIfNull(lots);
        return lots.Where(CriteresLot.AgreeEntre(debut, fin))
            .Join(operations.Where(CriteresOperation.Agreee), l => l.OperationId, o => o.Id, (l, o) => l);
    }

    /// <summary>
    /// La liste de dépôt d'un département (seed 000, question 3) : lue en base, et semée depuis
    /// <see cref="ExigencesParDefaut"/> au premier usage. Seul endroit où l'on « obtient ou sème » la liste.
    /// </summary>
    public static async Task<List<ExigenceDepot>> ListeDepotAsync(
        PilotisDbContext db,
        string departementCode,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var exigences = await LireListeDepot(db, departementCode, ct);
        if (exigences.Count > 0)
            return exigences;
        db.ExigencesDepot.AddRange(ExigencesParDefaut.Pour(departementCode));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Une autre requête a semé la même liste au même instant (index unique département + code) : on relit la
            // sienne.
            foreach (
                var e in db.ChangeTracker.Entries<ExigenceDepot>().Where(e => e.State == EntityState.Added).ToList()
            )
                e.State = EntityState.Detached;
        }
        return await LireListeDepot(db, departementCode, ct);
    }

    /// <summary>
    /// La liste sans rien écrire (pour un contexte qui enregistre autre chose ensuite, comme une transition) :
    /// celle du département si elle existe, sinon la liste par défaut que <see cref="ListeDepotAsync"/> sèmera.
    /// </summary>
    public static async Task<IReadOnlyList<ExigenceDepot>> ListeDepotOuDefautAsync(
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

    /// <summary>
    /// Le calendrier de dépôt de l'année (seed 000, question 3) de chaque département demandé, sans rien écrire :
    /// le sien s'il en a publié un, sinon le calendrier par défaut (<see cref="EcheanceDepot.ParDefaut"/>), avec
    /// <c>ParDefaut</c> pour le dire. Seul endroit où s'écrit ce repli (page publique du calendrier, tableau de
    /// bord du lissage).
    /// </summary>
    public static async Task<
        Dictionary<string, (IReadOnlyList<EcheanceDepot> Echeances, bool ParDefaut)>
    > CalendriersDepotAsync(
        PilotisDbContext db,
        IReadOnlyCollection<string> departements,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(departements);
        var publiees = await db
            .EcheancesDepot.AsNoTracking()
            .Where(e => e.Annee == annee && departements.Contains(e.DepartementCode))
            .ToListAsync(ct);
        return departements
            .Distinct()
            .ToDictionary(
                d => d,
                d =>
                {
                    var propres = publiees
                        .Where(e => e.DepartementCode == d)
                        .OrderBy(e => e.MoisDebut)
                        .ThenBy(e => e.Id)
                        .ToList();
                    return propres.Count > 0
                        ? ((IReadOnlyList<EcheanceDepot>)propres, false)
                        : (EcheanceDepot.ParDefaut(d, annee), true);
                }
            );
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

    /// <summary>
    /// Complétude actuelle d'une opération (ses lots et son plan de financement doivent être chargés).
    /// </summary>
    public static async Task<Completude> CompletudeAsync(
        PilotisDbContext db,
        Operation operation,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(operation);
        // Une lecture (fiche, dossier, transition) n'écrit jamais : la liste par défaut vaut tant que la DDTM n'a rien
        // configuré.
        var exigences = await ListeDepotOuDefautAsync(db, operation.DepartementCode, ct);
        return Completude.Calculer(operation, exigences, await PiecesDeposeesAsync(db, operation.Id, ct));
    }

    /// <summary>
    /// Le contexte qu'attend <see cref="TransitionsOperation.Appliquer"/> : complétude et demandes de pièces sans
    /// réponse.
    /// </summary>
    public static async Task<ContexteTransitionOperation> ContexteTransitionAsync(
        PilotisDbContext db,
        Operation operation,
        DateOnly aujourdhui,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(operation);
        var completude = await CompletudeAsync(db, operation, ct);
        var ouvertes = await db
            .DemandesComplement.Where(DemandeComplement.EstOuverte)
            .CountAsync(d => d.OperationId == operation.Id, ct);
        return new ContexteTransitionOperation(completude, ouvertes, aujourdhui);
    }

    private static Task<List<ExigenceDepot>> LireListeDepot(
        PilotisDbContext db,
        string departementCode,
        CancellationToken ct
    ) =>
        db
            .ExigencesDepot.Where(e => e.DepartementCode == departementCode)
            .OrderBy(e => e.Ordre)
            .ThenBy(e => e.Id)
            .ToListAsync(ct);

    /// <summary>
    /// Les opérations de la requête avec de quoi évaluer leur risque de glissement (difficultés ouvertes comprises).
    /// </summary>
    public static async Task<List<OperationProgrammee>> OperationsProgrammeesAsync(
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
                .Where(Difficulte.EstOuverte)
                .Where(d => requete.Select(o => o.Id).Contains(d.OperationId))
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

    /// <summary>
    /// Les difficultés vivantes pendant l'année dans un département : signalées avant sa fin, pas résolues avant son
    /// début, avec leur opération (rapport au CDHH et indicateur S1 de la feuille de route).
    /// </summary>
    public static Task<List<DifficulteVivante>> DifficultesVivantesAsync(
        PilotisDbContext db,
        string dep,
        int annee,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var finAnnee = new DateOnly(annee + 1, 1, 1);
        var debutAnnee = new DateOnly(annee, 1, 1);
        return (
            from d in db.Difficultes.AsNoTracking()
            join o in db.Operations.AsNoTracking() on d.OperationId equals o.Id
            where
                o.DepartementCode == dep
                && d.SignaleeLe < finAnnee
                && (d.ResolueLe == null || d.ResolueLe >= debutAnnee)
            select new DifficulteVivante(
                d.Id,
                d.OperationId,
                d.Categorie,
                d.SignaleeLe,
                d.EscaladeeLe,
                d.ResolueLe,
                o.Numero,
                o.Nom,
                o.EpciSiren,
                o.DateAgrement,
                o.DateOuvertureChantier,
                o.DateLivraison,
                o.Statut
            )
        ).ToListAsync(ct);
    }
}
