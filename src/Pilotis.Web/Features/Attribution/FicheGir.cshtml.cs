using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Un groupe inter-réservataires : le programme, ses membres, ses logements à attribuer, la liste commune des candidats
/// désignés (numéro de demande et marques, rien de nominatif) et le calendrier commun des séances de CALEOL.
/// </summary>
public sealed class FicheGirModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public GroupeInterReservataires Groupe { get; private set; } = null!;
    public Operation Programme { get; private set; } = null!;
    public List<string> NomsMembres { get; private set; } = [];
    public List<LigneAAttribuer> Logements { get; private set; } = [];

    public sealed record CandidatCommun(
        string Logement,
        int Ordre,
        string NumeroUnique,
        bool Dalo,
        bool Prioritaire,
        bool PremierQuartile,
        string DesignePar
    );

    public sealed record SeanceCommune(DateTimeOffset Date, string Commission, string Lieu, int Logements);

    public List<CandidatCommun> Candidats { get; private set; } = [];
    public List<SeanceCommune> Seances { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var g = await db
            .GroupesInterReservataires.AsNoTracking()
            .Include(x => x.Membres)
            .FirstOrDefaultAsync(x => x.Id == Id, ct);
        if (g is null)
            return NotFound();
        Groupe = g;
        Programme = await db.Operations.AsNoTracking().FirstAsync(o => o.Id == g.OperationId, ct);
        var acteur = await acteurCourant.LireAsync();
        var membre = acteur is not null && g.Membres.Any(m => m.OrganisationId == acteur.OrganisationId);
        if (acteur is null || !(membre || Habilitations.Autorise(acteur, Ressource.Gir, Acte.Lire, Programme.Cible())))
            return Forbid();
        var ids = g.Membres.Select(m => m.OrganisationId).ToList();
        NomsMembres = await db
            .Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .OrderBy(o => o.Nom)
            .Select(o => o.Nom)
            .ToListAsync(ct);
        await ChargerLogementsAsync(ct);
        await ChargerCandidatsEtSeancesAsync(ct);
        return Page();
    }

    private IQueryable<LogementAAttribuer> DuProgramme =>
        from a in db.LogementsAAttribuer.AsNoTracking()
        join l in db.Logements on a.LogementId equals l.Id
        where l.OperationId == Groupe.OperationId
        select a;

    private async Task ChargerLogementsAsync(CancellationToken ct) =>
        Logements = await LigneAAttribuer
            .Projeter(db, DuProgramme, db.Logements.Where(l => l.OperationId == Groupe.OperationId))
            .ToListAsync(ct);

    private async Task ChargerCandidatsEtSeancesAsync(CancellationToken ct)
    {
        Candidats = await (
            from d in db.Designations.AsNoTracking()
            join a in DuProgramme on d.LogementAAttribuerId equals a.Id
            join l in db.Logements on a.LogementId equals l.Id
            join dem in db.Demandes on d.DemandeId equals dem.Id
            join o in db.Organisations on d.DesigneParId equals o.Id
            orderby l.IdentifiantRpls, d.Ordre
            select new CandidatCommun(
                l.IdentifiantRpls,
                d.Ordre,
                dem.NumeroUnique,
                d.Dalo,
                d.Prioritaire,
                d.PremierQuartile,
                o.Nom
            )
        ).ToListAsync(ct);
        var seances = await (
            from i in db.InscriptionsSeance.AsNoTracking()
            join a in DuProgramme on i.LogementAAttribuerId equals a.Id
            join s in db.SeancesCaleol on i.SeanceId equals s.Id
            join c in db.CommissionsCaleol on s.CommissionId equals c.Id
            select new
            {
                s.Id,
                s.Date,
                c.Nom,
                s.Lieu,
            }
        ).ToListAsync(ct);
        Seances = seances
            .GroupBy(s => s.Id)
            .Select(g => new SeanceCommune(g.First().Date, g.First().Nom, g.First().Lieu, g.Count()))
            .OrderBy(s => s.Date)
            .ToList();
    }
}
