using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Information;

/// <summary>
/// Les agrégats de la formation des élus et de la concertation (seed 001, solutions 6 et 7), partagés par les pages
/// de ces modules et par le tableau de bord de la feuille de route. Calculés en SQL ; les taux par le domaine.
/// </summary>
public static class RequetesInformation
{
    public const string CodeElusFormes = "S6-ELUS-FORMES";
    public const string CodeSatisfaction = "S6-SATISFACTION";
    public const string CodeHabitantsRencontres = "S7-HABITANTS-RENCONTRES";
    public const string CodeConcertationAvantPermis = "S7-CONCERTATION-AVANT-PERMIS";

    /// <summary>
    /// Les indicateurs de la feuille de route pour une année et un département : part (0–100) des communes ayant un
    /// élu formé depuis le début du mandat au 31 décembre, satisfaction moyenne (/5) des réponses de l'année,
    /// habitants rencontrés dans l'année, part (0–100) des opérations suivies concertées avant le permis. Nul quand le
    /// module ne contient rien pour cette année.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, decimal?>> IndicateursFeuilleDeRouteAsync(
        PilotisDbContext db,
        int annee,
        string departementCode,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var debut = new DateOnly(annee, 1, 1);
        var fin = new DateOnly(annee, 12, 31);
        var mandat = await FormationAsync(db, departementCode, fin, ct);
        var notes = await NotesAsync(db, departementCode, debut, fin, ct);
        var operations = db.Operations.AsNoTracking().Where(o => o.DepartementCode == departementCode);
        var actionsAnnee = Actions(db, operations).Where(a => a.Date >= debut && a.Date <= fin);
        var nombreActions = await actionsAnnee.CountAsync(ct);
        var habitants = nombreActions == 0 ? (int?)null : await actionsAnnee.SumAsync(a => a.HabitantsRencontres, ct);
        var part = await Actions(db, operations).AnyAsync(a => a.Date <= fin, ct)
            ? await PartAvantPermisAsync(db, operations, annee, ct)
            : null;
        return new Dictionary<string, decimal?>
        {
            [CodeElusFormes] = mandat.Sessions == 0 ? null : IndicateursConcertation.EnPourcentage(mandat.Part),
            [CodeSatisfaction] = IndicateursFormation.SatisfactionMoyenne(notes),
            [CodeHabitantsRencontres] = habitants,
            [CodeConcertationAvantPermis] = IndicateursConcertation.EnPourcentage(part),
        };
    }

    /// <summary>
    /// La formation des élus d'un département au jour <paramref name="arrete"/> : communes ayant un élu présent à une
    /// session tenue depuis le début du mandat en cours (<see cref="ParametreMandat"/>), et satisfaction sur ces
    /// mêmes sessions.
    /// </summary>
    public static async Task<IndicateursFormationDepartement> FormationAsync(
        PilotisDbContext db,
        string departementCode,
        DateOnly arrete,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var communes = await db.Communes.CountAsync(
            c => c.DepartementCode == departementCode && c.Type == TypeCommune.Actuelle,
            ct
        );
        var periode = IndicateursFormation.PeriodeDuMandat(arrete);
        if (periode is null)
            return new(null, 0, 0, communes, null, null, 0);
        var (debut, fin) = periode.Value;
        var sessions = await db.SessionsFormation.CountAsync(
            s => s.DepartementCode == departementCode && s.Date >= debut && s.Date <= fin,
            ct
        );
        var formees = await db
            .InscriptionsFormation.Where(i => i.DepartementCode == departementCode && i.Present == true)
            .Join(
                db.SessionsFormation.Where(s => s.Date >= debut && s.Date <= fin),
                i => i.SessionId,
                s => s.Id,
                (i, s) => i.CommuneCode
            )
            .Distinct()
            .CountAsync(ct);
        var notes = await NotesAsync(db, departementCode, debut, fin, ct);
        return new(
            debut,
            sessions,
            formees,
            communes,
            IndicateursFormation.PartCommunesFormees(formees, communes),
            IndicateursFormation.SatisfactionMoyenne(notes),
            notes.Count
        );
    }

    /// <summary>Les notes de satisfaction des sessions du département tenues entre deux dates.</summary>
    private static async Task<List<int>> NotesAsync(
        PilotisDbContext db,
        string departementCode,
        DateOnly debut,
        DateOnly fin,
        CancellationToken ct
    ) =>
        await db
            .InscriptionsFormation.Where(i => i.Note != null)
            .Join(
                db.SessionsFormation.Where(s =>
                    s.DepartementCode == departementCode && s.Date >= debut && s.Date <= fin
                ),
                i => i.SessionId,
                s => s.Id,
                (i, s) => i.Note!.Value
            )
            .ToListAsync(ct);

    /// <summary>Les actions de concertation des opérations données (déjà filtrées par droits ou territoire).</summary>
    public static IQueryable<ActionConcertation> Actions(PilotisDbContext db, IQueryable<Operation> operations)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ActionsConcertation.AsNoTracking().Where(a => operations.Any(o => o.Id == a.OperationId));
    }

    /// <summary>
    /// Part (0 à 1) des opérations suivies l'année (<see cref="IndicateursConcertation.OperationSuivie"/>) ayant au
    /// moins une action de concertation avant le permis ; nulle sans opération suivie.
    /// </summary>
    public static async Task<decimal?> PartAvantPermisAsync(
        PilotisDbContext db,
        IQueryable<Operation> operations,
        int annee,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var suivies = operations.Where(IndicateursConcertation.OperationSuivie(annee));
        var n = await suivies.CountAsync(ct);
        var avant = await suivies.CountAsync(
            o => db.ActionsConcertation.Any(a => a.OperationId == o.Id && a.Phase == PhaseConcertation.AvantLePermis),
            ct
        );
        return IndicateursConcertation.PartAvantPermis(avant, n);
    }

    /// <summary>Habitants rencontrés par commune (de l'année si elle est donnée), du plus grand total.</summary>
    public static async Task<List<HabitantsCommune>> HabitantsParCommuneAsync(
        PilotisDbContext db,
        IQueryable<Operation> operations,
        int? annee,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var actions = db.ActionsConcertation.AsNoTracking().AsQueryable();
        if (annee is int a)
        {
            var debut = new DateOnly(a, 1, 1);
            var fin = new DateOnly(a, 12, 31);
            actions = actions.Where(x => x.Date >= debut && x.Date <= fin);
        }
        var lignes = await actions
            .Join(operations, x => x.OperationId, o => o.Id, (x, o) => new { o.CommuneCode, x.HabitantsRencontres })
            .GroupBy(x => x.CommuneCode)
            .Select(g => new HabitantsCommune(g.Key, g.Count(), g.Sum(x => x.HabitantsRencontres)))
            .ToListAsync(ct);
        return lignes.OrderByDescending(l => l.Habitants).ThenBy(l => l.CommuneCode, StringComparer.Ordinal).ToList();
    }
}
