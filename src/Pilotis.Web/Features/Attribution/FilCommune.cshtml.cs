using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Le fil du maire (seed 001, solutions 10–11) : les logements libérés et livrés dans sa commune, le calendrier des
/// CALEOL des bailleurs qui y ont des logements (avec ses invitations), les attributions décidées — sans donnée
/// nominative sur les ménages — et deux indicateurs : sa participation aux séances et la part des logements annoncés à
/// temps avant la commission.
/// </summary>
public sealed class FilCommuneModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    /// <summary>Profondeur du fil : les douze derniers mois et ce qui vient.</summary>
    public const int MoisDHistorique = 12;

    /// <summary>La commune ; absente, celle du compte (le maire arrive sur le fil de sa commune).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    /// <summary>Null tant qu'aucune commune n'est choisie (acteur d'un territoire plus large).</summary>
    public Commune? Commune { get; private set; }
    public List<LogementAnnonce> Logements { get; private set; } = [];
    public List<SeanceAnnoncee> Seances { get; private set; } = [];
    public List<AttributionDecidee> Attributions { get; private set; } = [];
    public int SeancesAvecLogements { get; private set; }
    public int SeancesAvecMaire { get; private set; }
    public int LogementsExamines { get; private set; }
    public int LogementsAnnoncesATemps { get; private set; }
    public DateTimeOffset Maintenant { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Code))
        {
            var organisation = await acteurCourant.OrganisationAsync();
            if (organisation is null || !AccesPages.LireLogements(await acteurCourant.LireAsync()))
                return Forbid();
            if (organisation.PerimetreNiveau != NiveauPerimetre.Commune)
                return Page(); // les autres acteurs choisissent la commune
            Code = organisation.PerimetreCode;
        }
        var commune = await db
            .Communes.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Code == Code && c.Type == TypeCommune.Actuelle, ct);
        if (commune is null)
            return NotFound();
        Commune = commune;
        Code = commune.Code;
        var lieu = new Localisation(commune.Code, commune.EpciSiren, commune.DepartementCode, commune.RegionCode);
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !Habilitations.Autorise(acteur, Ressource.Logements, Acte.Lire, new Cible(null, lieu)))
            return Forbid();
        Maintenant = horloge.GetUtcNow();
        var depuis = DateOnly.FromDateTime(Maintenant.UtcDateTime).AddMonths(-MoisDHistorique);
        await ChargerLogementsAsync(depuis, ct);
        await ChargerSeancesAsync(depuis, ct);
        await ChargerAttributionsAsync(depuis, ct);
        return Page();
    }

    private IQueryable<Logement> LogementsDeLaCommune => db.Logements.AsNoTracking().Where(l => l.CommuneCode == Code);

    private async Task ChargerLogementsAsync(DateOnly depuis, CancellationToken ct) =>
        Logements = await (
            from a in db.LogementsAAttribuer.AsNoTracking()
            where a.DateDisponibilite >= depuis
            join l in LogementsDeLaCommune on a.LogementId equals l.Id
            join b in db.Organisations on l.BailleurId equals b.Id
            orderby a.DateDisponibilite descending, a.Id descending
            select new LogementAnnonce(
                a.Id,
                b.Nom,
                l.Typologie,
                l.Financement,
                l.EnQpv,
                a.Origine,
                a.DateDisponibilite,
                a.Etape,
                a.DeclareLe
            )
        ).ToListAsync(ct);

    private async Task ChargerSeancesAsync(DateOnly depuis, CancellationToken ct)
    {
        var debut = new DateTimeOffset(depuis.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var bailleurs = LogementsDeLaCommune.Select(l => l.BailleurId).Distinct();
        var seances = await (
            from s in db.SeancesCaleol.AsNoTracking()
            where s.Date >= debut
            join c in db.CommissionsCaleol on s.CommissionId equals c.Id
            where bailleurs.Contains(c.BailleurId)
            join b in db.Organisations on c.BailleurId equals b.Id
            orderby s.Date
            select new
            {
                s.Id,
                Commission = c.Nom,
                Bailleur = b.Nom,
                s.Date,
                s.Lieu,
                MaireInvite = db.MembresCaleol.Any(m =>
                    m.CommissionId == c.Id && m.Qualite == QualiteMembreCaleol.Maire && m.CommuneCode == Code
                ),
                MairePresent = db.PresencesCaleol.Any(p =>
                    p.SeanceId == s.Id
                    && db.MembresCaleol.Any(m =>
                        m.Id == p.MembreId && m.Qualite == QualiteMembreCaleol.Maire && m.CommuneCode == Code
                    )
                ),
            }
        ).ToListAsync(ct);
        var inscrits = await InscriptionsDeLaCommuneAsync(seances.Select(s => s.Id).ToList(), ct);
        Seances = seances
            .Select(s => new SeanceAnnoncee(
                s.Id,
                s.Commission,
                s.Bailleur,
                s.Date,
                s.Lieu,
                s.MaireInvite,
                s.MairePresent,
                inscrits.Count(i => i.SeanceId == s.Id)
            ))
            .ToList();
        var passeesAvecLogements = Seances.Where(s => s.Date <= Maintenant && s.LogementsDeLaCommune > 0).ToList();
        SeancesAvecLogements = passeesAvecLogements.Count;
        SeancesAvecMaire = passeesAvecLogements.Count(s => s.MairePresent);
        var examines = inscrits.Where(i => i.Seance <= Maintenant).ToList();
        LogementsExamines = examines.Count;
        LogementsAnnoncesATemps = examines.Count(i => InformationMaire.AnnonceATemps(i.DeclareLe, i.Seance));
    }

    private sealed record Inscrit(int SeanceId, DateTimeOffset Seance, DateTimeOffset DeclareLe);

    private async Task<List<Inscrit>> InscriptionsDeLaCommuneAsync(List<int> seances, CancellationToken ct) =>
        await (
            from i in db.InscriptionsSeance.AsNoTracking()
            where seances.Contains(i.SeanceId)
            join s in db.SeancesCaleol on i.SeanceId equals s.Id
            join a in db.LogementsAAttribuer on i.LogementAAttribuerId equals a.Id
            join l in LogementsDeLaCommune on a.LogementId equals l.Id
            select new Inscrit(i.SeanceId, s.Date, a.DeclareLe)
        ).ToListAsync(ct);

    private async Task ChargerAttributionsAsync(DateOnly depuis, CancellationToken ct)
    {
        var debut = new DateTimeOffset(depuis.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Attributions = await (
            from d in db.DecisionsCaleol.AsNoTracking()
            where d.Nature != NatureDecision.NonAttribution && d.Nature != NatureDecision.Irrecevabilite
            join s in db.SeancesCaleol on d.SeanceId equals s.Id
            where s.Date >= debut
            join a in db.LogementsAAttribuer on d.LogementAAttribuerId equals a.Id
            join l in LogementsDeLaCommune on a.LogementId equals l.Id
            join b in db.Organisations on l.BailleurId equals b.Id
            orderby s.Date descending, d.Rang
            select new AttributionDecidee(
                s.Date,
                b.Nom,
                l.Typologie,
                l.Financement,
                l.EnQpv,
                d.Nature,
                d.Rang,
                a.Contingent,
                a.Etape
            )
        ).ToListAsync(ct);
    }
}
