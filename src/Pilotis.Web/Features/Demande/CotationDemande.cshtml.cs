using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Le score d'une demande expliqué critère par critère (CCH L441-2-8), avec la version de grille et la date de calcul,
/// pour qui peut lire la demande (<see cref="AccesDemandes"/>).
/// </summary>
public sealed class CotationDemandeModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public string NumeroUnique { get; private set; } = "";
    public StatutDemande Statut { get; private set; }
    public decimal? Score { get; private set; }
    public DateOnly? DateCotation { get; private set; }
    public GrilleCotation? Grille { get; private set; }
    public string? EpciNom { get; private set; }
    public ScoreExplique? Explication { get; private set; }
    public SeuilQuartile? Seuil { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var d = await db.Demandes.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, ct);
        if (d is null)
            return NotFound();
        if (!Habilitations.Autorise(acteur, Ressource.Demandes, Acte.Lire, d.Cible()))
            return Forbid();
        NumeroUnique = d.NumeroUnique;
        Statut = d.Statut;
        Score = d.Score;
        DateCotation = d.DateCotation;
        if (d.EpciSiren is not null)
            EpciNom = await db
                .Epcis.AsNoTracking()
                .Where(e => e.Siren == d.EpciSiren)
                .Select(e => e.Nom)
                .FirstOrDefaultAsync(ct);
        if (d.GrilleCotationId is int grilleId)
        {
            Grille = await db.GrillesCotation.AsNoTracking().FirstOrDefaultAsync(g => g.Id == grilleId, ct);
            if (Grille is not null)
            {
                // Recalcul avec la version et à la date du score enregistré : l'explication porte sur ce score-là.
                var contexte = await CotationEnMasse.ContexteAsync(
                    db,
                    Grille,
                    d.DateCotation ?? DateOnly.FromDateTime(horloge.GetLocalNow().DateTime),
                    ct
                );
                Seuil = contexte.Seuil;
                Explication = CalculCotation.Calculer(Grille.Criteres, d, contexte.Contexte);
            }
        }
        return Page();
    }
}
