using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Commun;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// L'agent de l'EPCI (ou la DDTM) fixe l'objectif d'attributions en QPV de sa CIA pour une année (CCH L441-1 : la
/// convention intercommunale d'attribution peut adapter les 50 % de la loi) ; le tableau des objectifs l'emploie.
/// </summary>
public sealed class ObjectifCiaModifierModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee(ValidationObjectifCia.AnneeMinimum, ValidationObjectifCia.AnneeMaximum)]
    public int? Annee { get; set; }

    /// <summary>En pourcentage (« 40 », « 37,5 »).</summary>
    [BindProperty]
    public string? Part { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    /// <summary>Concurrence optimiste : le jeton de la ligne lue par le formulaire.</summary>
    [BindProperty]
    public Guid Jeton { get; set; }

    public string NomEpci { get; private set; } = "";
    public ObjectifCia? Existant { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (Existant is not null)
        {
            Part = (Existant.PartEnQpv * 100m).ToString("0.##", Affichage.Fr);
            Source = Existant.Source;
            Jeton = Existant.Jeton;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        ModelState.EffacerSauf(nameof(Annee));
        var objectif = Existant ?? new ObjectifCia { EpciSiren = Epci!, Source = "" };
        objectif.Annee = Annee!.Value;
        if (!LectureValeurs.Nombre(Part, out var pourcent))
            ModelState.AddModelError(nameof(Part), MessagesSaisie.PasUnNombre(Part) + " Indiquez un pourcentage.");
        objectif.PartEnQpv = pourcent / 100m;
        objectif.Source = Source?.Trim() ?? "";
        foreach (var e in ValidationObjectifCia.Valider(objectif))
        {
            var champ = e.Champ == nameof(ObjectifCia.PartEnQpv) ? nameof(Part) : e.Champ;
            if (!ModelState.EnErreur(champ))
                ModelState.AddModelError(champ, e.Message);
        }
        if (!ModelState.IsValid)
        {
            if (Existant is not null)
                await db.Entry(Existant).ReloadAsync(ct);
            return Page();
        }
        objectif.ModifieLe = horloge.GetUtcNow();
        if (Existant is null)
            db.ObjectifsCia.Add(objectif);
        else
            db.Entry(objectif).Property(x => x.Jeton).OriginalValue = Jeton;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                "",
                "Cet objectif a été modifié entre-temps par un autre agent : rechargez la page. Vos saisies sont "
                    + "conservées ci-dessous."
            );
            return Page();
        }
        return Redirect($"/attributions/objectifs?annee={objectif.Annee}&epci={objectif.EpciSiren}");
    }

    /// <summary>403 sans droit de saisie sur l'EPCI, 404 pour un EPCI inconnu ; charge la ligne de l'année.</summary>
    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.LireAttributions(acteur))
            return Forbid();
        Epci = Epci?.Trim();
        var nom = await db.Epcis.AsNoTracking().Where(e => e.Siren == Epci).Select(e => e.Nom).FirstOrDefaultAsync(ct);
        if (Epci is null || nom is null)
            return NotFound();
        if (!await AccesAttributions.PeutModifierEpciAsync(db, acteur, Epci, ct))
            return Forbid();
        NomEpci = nom;
        Annee ??= Affichage.JourAParis(horloge.GetUtcNow()).Year;
        Existant = await db.ObjectifsCia.FirstOrDefaultAsync(o => o.EpciSiren == Epci && o.Annee == Annee, ct);
        return null;
    }
}
