using System.Globalization;
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
/// La fiche d'un logement du parc : ses caractéristiques RPLS, son historique (disponibilités et baux, du plus récent
/// au plus ancien) et, pour son bailleur, la saisie de l'occupation et de la réservation restée en stock (défense,
/// sécurité intérieure, santé : CCH L441-1, décret n° 2020-145), journalisée.
/// </summary>
public sealed class LogementModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    public Logement Logement { get; private set; } = null!;
    public string Bailleur { get; private set; } = "";
    public string Commune { get; private set; } = "";
    public string? ReservataireStock { get; private set; }
    public List<EvenementLogement> Historique { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public List<(int Id, string Nom)> Reservataires { get; private set; } = [];
    public bool Enregistre { get; private set; }

    [BindProperty]
    public string? Occupation { get; set; }

    [BindProperty]
    public ReservationNonConvertie Reservation { get; set; }

    [BindProperty]
    public int? ReservataireId { get; set; }

    /// <summary>Date de modification lue à l'affichage : concurrence optimiste.</summary>
    [BindProperty]
    public long Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, bool enregistre, CancellationToken ct)
    {
        var refus = await ChargerAsync(id, ct);
        if (refus is not null)
            return refus;
        Occupation = Logement.Occupation.Code();
        Reservation = Logement.ReservationNonConvertie;
        ReservataireId = Logement.ReservataireStockId;
        Version = Logement.ModifieLe.UtcTicks;
        Enregistre = enregistre;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var refus = await ChargerAsync(id, ct);
        if (refus is not null)
            return refus;
        if (!PeutModifier)
            return Forbid();
        var occupation = CodesParc.OccupationDepuisCode(Occupation);
        if (occupation is null)
            ModelState.AddModelError(nameof(Occupation), "Choisissez une occupation.");
        if (!Enum.IsDefined(Reservation))
            ModelState.AddModelError(nameof(Reservation), "Choisissez une réservation.");
        else if (ValidationLogement.RefusReservation(Reservation, ReservataireId) is string message)
            ModelState.AddModelError(nameof(ReservataireId), message);
        else if (ReservataireId is int r && !Reservataires.Any(x => x.Id == r))
            ModelState.AddModelError(
                nameof(ReservataireId),
                "Ce réservataire n'est pas un réservataire du département."
            );
        if (Version != Logement.ModifieLe.UtcTicks)
            ModelState.AddModelError(
                "",
                "Le logement a été modifié par ailleurs depuis l'ouverture de la page : rechargez-la avant de saisir."
            );
        if (!ModelState.IsValid)
            return Page();
        var suivi = await db.Logements.SingleAsync(l => l.Id == id, ct);
        suivi.Occupation = occupation!.Value;
        suivi.ReservationNonConvertie = Reservation;
        suivi.ReservataireStockId = ReservataireId;
        suivi.ModifieLe = db.Horloge.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Redirect($"/logements/{id}?enregistre=true");
    }

    /// <summary>Charge le logement et son contexte ; rend le refus (404, 403) s'il y en a un.</summary>
    private async Task<IActionResult?> ChargerAsync(int id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireLogements(acteur))
            return Forbid();
        var logement = await db.Logements.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (logement is null)
            return NotFound();
        var cible = await RequetesAttributionParc.CibleAsync(db, logement, ct);
        if (!Habilitations.Autorise(acteur, Ressource.Logements, Acte.Lire, cible))
            return Forbid();
        Logement = logement;
        PeutModifier = Habilitations.Autorise(acteur, Ressource.Logements, Acte.Modifier, cible);
        Bailleur = await db.Organisations.Where(o => o.Id == logement.BailleurId).Select(o => o.Nom).FirstAsync(ct);
        Commune = await db
            .Communes.Where(c => c.Code == logement.CommuneCode && c.Type == TypeCommune.Actuelle)
            .Select(c => c.Nom)
            .FirstOrDefaultAsync(ct)
            ?? logement.CommuneCode;
        var types = ReservatairesStock.Types.ToList();
        Reservataires = (
            await db
                .Organisations.AsNoTracking()
                .Where(o =>
                    types.Contains(o.Type)
                    && (o.DepartementCode == cible.Lieu.DepartementCode || o.Id == logement.ReservataireStockId)
                )
                .Select(o => new { o.Id, o.Nom })
                .ToListAsync(ct)
        )
            .OrderBy(o => o.Nom, Francais.Ordre)
            .Select(o => (o.Id, o.Nom))
            .ToList();
        ReservataireStock = Reservataires.FirstOrDefault(r => r.Id == logement.ReservataireStockId).Nom;
        Historique = await HistoriqueAsync(id, ct);
        return null;
    }

    private async Task<List<EvenementLogement>> HistoriqueAsync(int id, CancellationToken ct)
    {
        var disponibilites = await db
            .LogementsAAttribuer.AsNoTracking()
            .Where(d => d.LogementId == id)
            .Select(d => new
            {
                d.Origine,
                d.DateConge,
                d.DateDisponibilite,
                d.Etape,
            })
            .ToListAsync(ct);
        var baux = await db
            .BauxSignes.AsNoTracking()
            .Where(b => b.LogementId == id)
            .Select(b => new
            {
                b.DateSignatureBail,
                b.Contingent,
                b.NumeroAttribution,
            })
            .ToListAsync(ct);
        var evenements = disponibilites
            .Select(d => new EvenementLogement(
                d.DateDisponibilite,
                d.Origine.Libelle(),
                (d.DateConge is DateOnly conge ? $"Congé du {Affichage.Date(conge)} ; " : "")
                    + $"disponible le {Affichage.Date(d.DateDisponibilite)} ; étape : {d.Etape.Libelle()}"
            ))
            .Concat(
                baux.Select(b => new EvenementLogement(
                    b.DateSignatureBail,
                    "Bail signé",
                    $"Attribution {b.NumeroAttribution} ; contingent : {b.Contingent.Libelle()}"
                ))
            );
        return evenements.OrderByDescending(e => e.Date).ThenBy(e => e.Nature, StringComparer.Ordinal).ToList();
    }

    public static string Valeur(decimal d) => d.ToString("#,0.##", CultureInfo.GetCultureInfo("fr-FR"));
}
