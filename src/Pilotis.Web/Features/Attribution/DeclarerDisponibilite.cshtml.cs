using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Le bailleur déclare un logement de son parc à attribuer : congé reçu (date du congé, disponibilité prévue) ou mise
/// en service, avec, s'il y a lieu, le motif qui l'exclut du flux (CCH R441-5). Le logement apparaît aussitôt dans le
/// fil du maire de la commune.
/// </summary>
public sealed class DeclarerDisponibiliteModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int LogementId { get; set; }

    [BindProperty]
    public string? Origine { get; set; } = nameof(OrigineDisponibilite.Liberation);

    [BindProperty]
    public string? DateConge { get; set; }

    [BindProperty]
    public string? DateDisponibilite { get; set; }

    [BindProperty]
    public string? Exclusion { get; set; } = nameof(MotifExclusionFlux.Aucun);

    public Logement Logement { get; private set; } = null!;
    public string NomCommune { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        ModelState.Clear();
        var aujourdhui = Francais.JourAParis(horloge.GetUtcNow());
        DateOnly? conge = null;
        if (!string.IsNullOrWhiteSpace(DateConge))
        {
            if (LectureValeurs.Date(DateConge, out var c))
                conge = c;
            else
                ModelState.AddModelError(nameof(DateConge), MessagesSaisie.PasUneDate(DateConge));
        }
        if (!LectureValeurs.Date(DateDisponibilite, out var disponibilite))
            ModelState.AddModelError(nameof(DateDisponibilite), "Indiquez la date de disponibilité prévue.");
        if (!LectureValeurs.Choix<OrigineDisponibilite>(Origine, out var origine))
            ModelState.AddModelError(nameof(Origine), "Choisissez l'origine de la disponibilité.");
        if (!LectureValeurs.Choix<MotifExclusionFlux>(Exclusion, out var exclusion))
            ModelState.AddModelError(nameof(Exclusion), "Choisissez un motif d'exclusion de la liste.");
        var enCours = await db
            .LogementsAAttribuer.Where(a => a.LogementId == Logement.Id)
            .Select(a => a.Etape)
            .Where(DeclarationDisponibilite.EtapeEnCours)
            .AnyAsync(ct);
        if (!ModelState.EnErreur(nameof(DateDisponibilite)))
        {
            // Le domaine est interrogé même quand un autre champ est illisible : toutes les erreurs au premier envoi.
            ModelState.AjouterErreurs(
                DeclarationDisponibilite.Valider(Logement, enCours, origine, conge, disponibilite, aujourdhui)
            );
        }
        if (!ModelState.IsValid)
            return Page();
        var declare = DeclarationDisponibilite.Creer(
            Logement,
            origine,
            conge,
            disponibilite,
            exclusion,
            horloge.GetUtcNow()
        );
        db.LogementsAAttribuer.Add(declare);
        var suivi = await db.Logements.FirstAsync(l => l.Id == Logement.Id, ct);
        if (suivi.Occupation == EtatOccupation.Occupe && disponibilite <= aujourdhui)
            suivi.Occupation = EtatOccupation.Vacant;
        await db.SaveChangesAsync(ct);
        return Redirect($"/attribution/a-attribuer/{declare.Id}?declare=1");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var logement = await db.Logements.AsNoTracking().FirstOrDefaultAsync(l => l.Id == LogementId, ct);
        if (logement is null)
            return NotFound();
        Logement = logement;
        var cible = await RequetesAttributionParc.CibleAsync(db, logement, ct);
        if (!await acteurCourant.AutoriseAsync(Ressource.Logements, Acte.Modifier, cible))
            return Forbid();
        NomCommune = await db
            .Communes.AsNoTracking()
            .Where(c => c.Code == logement.CommuneCode)
            .Select(c => c.Nom)
            .FirstOrDefaultAsync(ct)
            ?? logement.CommuneCode;
        return null;
    }
}
