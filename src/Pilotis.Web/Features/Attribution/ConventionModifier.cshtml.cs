using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Modification, signature et résiliation d'une convention de flux par son bailleur (CCH R441-5) ; chaque écriture est
/// journalisée, refusée si la convention a changé depuis l'ouverture du formulaire (concurrence optimiste).
/// </summary>
public sealed class ConventionModifierModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : EditionConventionModel(db, acteurCourant, horloge)
{
    public const string MessageConcurrence =
        "La convention a été modifiée par quelqu'un d'autre depuis l'ouverture de la page : rechargez-la.";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public StatutConvention? Statut { get; private set; }
    public DateOnly? SigneeLe { get; private set; }

    public override string Titre => "Modifier la convention de réservation en flux";
    public override string Action => $"/flux/conventions/{Id}/modifier";

    private async Task<(ConventionFlux?, IActionResult?)> ChargerAsync(CancellationToken ct)
    {
        var acteur = await ActeurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFlux(acteur))
            return (null, Forbid());
        var convention = await Db.ConventionsFlux.FirstOrDefaultAsync(c => c.Id == Id, ct);
        if (convention is null)
            return (null, NotFound());
        if (!AccesFlux.Modifier(acteur, convention))
            return (null, Forbid());
        Statut = convention.Statut;
        SigneeLe = convention.SigneeLe;
        await ChargerReservatairesAsync(convention.DepartementCode, ct);
        return (convention, null);
    }

    public async Task<IActionResult> OnGetAsync(bool enregistree, CancellationToken ct)
    {
        var (convention, refus) = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        Saisie = SaisieConvention.De(convention!);
        Conversion = ConversionReservations.Calculer(
            convention!.ReservationsConverties,
            convention.TauxRotationReserves,
            convention.FluxAnnuelPrevisionnel
        );
        if (enregistree)
            Message = "La convention est enregistrée.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (convention, refus) = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        if (convention!.Statut == StatutConvention.Resiliee)
            return Echec("Une convention résiliée ne se modifie plus.");
        if (convention.ModifieLe.UtcTicks != Saisie.Version)
            return Echec(MessageConcurrence + " Votre saisie est conservée ci-dessous.");
        var bailleur = convention.BailleurId;
        if (!await LireEtVerifierAsync(convention, ct))
        {
            Db.ChangeTracker.Clear();
            return Echec("La convention n'a pas été enregistrée : corrigez les points signalés.");
        }
        convention.BailleurId = bailleur;
        convention.ModifieLe = Horloge.GetUtcNow();
        await Db.SaveChangesAsync(ct);
        return Redirect($"/flux/conventions/{convention.Id}/modifier?enregistree=1");
    }

    public Task<IActionResult> OnPostSignerAsync(CancellationToken ct) =>
        ChangerStatutAsync(StatutConvention.Projet, StatutConvention.Signee, ct);

    public Task<IActionResult> OnPostResilierAsync(CancellationToken ct) =>
        ChangerStatutAsync(StatutConvention.Signee, StatutConvention.Resiliee, ct);

    private async Task<IActionResult> ChangerStatutAsync(
        StatutConvention depuis,
        StatutConvention vers,
        CancellationToken ct
    )
    {
        var (convention, refus) = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        var version = Saisie.Version;
        Saisie = SaisieConvention.De(convention!);
        if (convention!.ModifieLe.UtcTicks != version)
            return Echec(MessageConcurrence);
        if (convention.Statut != depuis)
            return Echec($"La convention est « {convention.Statut.Libelle()} » : action impossible.");
        var aujourdhui = DateOnly.FromDateTime(Horloge.GetLocalNow().Date);
        if (vers == StatutConvention.Signee)
        {
            // CCH R441-5 : les limites valent pour les conventions signées ; on les revérifie à la signature.
            var autres = await Db
                .ConventionsFlux.AsNoTracking()
                .Where(c => c.BailleurId == convention.BailleurId && c.DepartementCode == convention.DepartementCode)
                .ToListAsync(ct);
            if (!Limites(convention, autres))
                return Echec("La convention ne peut pas être signée : elle dépasse les limites légales.");
            convention.SigneeLe = aujourdhui;
        }
        else if (convention.DateFin > aujourdhui)
            convention.DateFin = aujourdhui < convention.DateDebut ? convention.DateDebut : aujourdhui;
        convention.Statut = vers;
        convention.ModifieLe = Horloge.GetUtcNow();
        await Db.SaveChangesAsync(ct);
        return Redirect($"/flux/conventions/{convention.Id}/modifier?enregistree=1");
    }
}
