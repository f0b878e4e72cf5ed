using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

/// <summary>
/// Une revue de projets et son ordre du jour : les difficultés ouvertes des opérations de l'EPCI (imprimable).
/// La DDT(M) y enregistre décisions, remontées au préfet et résolutions (formulaires postés sur la fiche de la
/// difficulté), puis marque la revue tenue avec son compte rendu.
/// </summary>
public sealed class RevueModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid? Jeton { get; set; }

    [BindProperty]
    public string? CompteRendu { get; set; }

    [BindProperty(SupportsGet = true, Name = "suivi")]
    public string? RetourSuivi { get; set; }

    [BindProperty(SupportsGet = true, Name = "revue")]
    public string? RetourRevue { get; set; }

    public RevueProjets Revue { get; private set; } = null!;
    public string EpciNom { get; private set; } = "";
    public List<VueDifficulte> OrdreDuJour { get; private set; } = [];

    /// <summary>Difficultés résolues qui ont reçu une décision dans cette revue (pour mémoire).</summary>
    public List<VueDifficulte> Resolues { get; private set; } = [];
    public bool PeutAnimer { get; private set; }
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostTenueAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        if (!PeutAnimer)
            return Forbid();
        if (Jeton is null || Jeton != Revue.Jeton)
        {
            Erreur =
                "La revue a été modifiée par quelqu'un d'autre depuis l'affichage de la "
                + "page : vérifiez-la puis recommencez (votre compte rendu est conservé "
                + "ci-dessous).";
            return Page();
        }
        if (
            SuiviRevues.ValiderTenue(Revue, CompteRendu, DateOnly.FromDateTime(horloge.GetLocalNow().DateTime))
            is string erreur
        )
        {
            ModelState.AddModelError(nameof(CompteRendu), erreur);
            Erreur = "La revue n'a pas été marquée tenue.";
            return Page();
        }
        db.Attach(Revue);
        db.Entry(Revue).Property(r => r.Jeton).OriginalValue = Jeton.Value;
        Revue.Statut = StatutRevue.Tenue;
        Revue.CompteRendu = CompteRendu!.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ChargerAsync(ct);
            Erreur =
                "La revue a été modifiée par quelqu'un d'autre pendant l'enregistrement "
                + ": vérifiez-la puis recommencez (votre compte rendu est conservé "
                + "ci-dessous).";
            return Page();
        }
        return Redirect($"/revues/{Id}?revue=tenue");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var revue = await db.RevuesProjets.AsNoTracking().FirstOrDefaultAsync(r => r.Id == Id, ct);
        if (revue is null)
            return NotFound();
        var cible = await AccesRevues.CibleAsync(db, revue, ct);
        if (!AccesPages.LireRevue(acteur, cible))
            return Forbid();
        Revue = revue;
        PeutAnimer = AccesRevues.PeutAnimer(acteur, cible);
        EpciNom = await db
            .Epcis.AsNoTracking()
            .Where(e => e.Siren == revue.EpciSiren)
            .Select(e => e.Nom)
            .FirstOrDefaultAsync(ct)
            ?? revue.EpciSiren;

        var epci = revue.EpciSiren;
        var id = revue.Id;
        var difficultes = await db
            .Difficultes.AsNoTracking()
            .Where(d =>
                db.Operations.Any(o => o.Id == d.OperationId && o.EpciSiren == epci)
                && (
                    d.ResolueLe == null
                    || db.SuivisDifficulte.Any(s => s.DifficulteId == d.Id && s.RevueProjetsId == id)
                )
            )
            .ToListAsync(ct);
        var ids = difficultes.Select(d => d.Id).ToList();
        var suivis = await db
            .SuivisDifficulte.AsNoTracking()
            .Where(s => ids.Contains(s.DifficulteId))
            .Select(s => new
            {
                s,
                Numero = db
                    .RevuesProjets.Where(r => r.Id == s.RevueProjetsId)
                    .Select(r => (int?)r.Numero)
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);
        var vues = new List<VueDifficulte>();
        foreach (var d in difficultes.OrderBy(d => d.SignaleeLe).ThenBy(d => d.Id))
        {
            var o = await FicheDifficulteModel.ChargerOperationAsync(db, d.OperationId, ct);
            if (o is null)
                continue;
            vues.Add(
                new VueDifficulte(
                    d,
                    o,
                    suivis
                        .Where(s => s.s.DifficulteId == d.Id)
                        .OrderBy(s => s.s.CreeLe)
                        .ThenBy(s => s.s.Id)
                        .Select(s => (s.s, s.Numero))
                        .ToList(),
                    PeutAnimer,
                    id
                )
            );
        }
        OrdreDuJour = vues.Where(v => v.Difficulte.Ouverte).ToList();
        Resolues = vues.Where(v => !v.Difficulte.Ouverte).ToList();
        return null;
    }
}
