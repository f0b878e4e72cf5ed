using Microsoft.AspNetCore.Mvc;
using Pilotis.Data;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>Création d'une convention de flux (en projet) par le bailleur, pour son département.</summary>
public sealed class ConventionNouvelleModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : EditionConventionModel(db, acteurCourant, horloge)
{
    public override string Titre => "Nouvelle convention de réservation en flux";
    public override string Action => "/flux/conventions/nouvelle";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await ActeurCourant.LireAsync();
        if (acteur is null || !AccesPages.ModifierFlux(acteur))
            return Forbid();
        var annee = Horloge.GetLocalNow().Year;
        Saisie = new SaisieConvention
        {
            Departement = acteur.DepartementCode,
            DateDebut = $"{annee}-01-01",
            DateFin = $"{annee + 2}-12-31",
        };
        await ChargerReservatairesAsync(acteur.DepartementCode, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await ActeurCourant.LireAsync();
        if (acteur is null || !AccesPages.ModifierFlux(acteur))
            return Forbid();
        var convention = new ConventionFlux
        {
            BailleurId = acteur.OrganisationId,
            DepartementCode = acteur.DepartementCode,
            Statut = StatutConvention.Projet,
        };
        await ChargerReservatairesAsync(Saisie.Departement?.Trim() ?? acteur.DepartementCode, ct);
        if (!await LireEtVerifierAsync(convention, ct))
            return Echec("La convention n'a pas été enregistrée : corrigez les points signalés.");
        if (!AccesFlux.Modifier(acteur, convention))
            return Forbid();
        convention.ModifieLe = Horloge.GetUtcNow();
        Db.ConventionsFlux.Add(convention);
        await Db.SaveChangesAsync(ct);
        return Redirect($"/flux/conventions/{convention.Id}/modifier?enregistree=1");
    }
}
