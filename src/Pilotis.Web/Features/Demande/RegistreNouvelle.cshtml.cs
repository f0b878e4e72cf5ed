using Microsoft.AspNetCore.Mvc;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Enregistrement d'une demande par un guichet (bailleur, commune, DDTM : CCH L441-2-1) : la demande est rattachée à
/// l'organisation qui l'enregistre et au département de celle-ci.
/// </summary>
public sealed class RegistreNouvelleModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    EcritureDemandes ecriture,
    TimeProvider horloge
) : EditionDemandeModel(db, acteurCourant, ecriture, horloge)
{
    public override string Titre => "Enregistrer une demande";
    public override string Retour => "/demandes";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await ActeurCourant.LireAsync();
        if (acteur is null || Habilitations.PorteeAccordee(acteur, Ressource.Demandes, Acte.Modifier) == Portee.Aucune)
            return Forbid();
        await ChargerCommunesAsync(acteur.DepartementCode, ct);
        Remplir(
            new DemandeLogement
            {
                NumeroUnique = "",
                DepartementCode = acteur.DepartementCode,
                DateDepot = Aujourdhui,
            }
        );
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await ActeurCourant.LireAsync();
        if (acteur is null || Habilitations.PorteeAccordee(acteur, Ressource.Demandes, Acte.Modifier) == Portee.Aucune)
            return Forbid();
        await ChargerCommunesAsync(acteur.DepartementCode, ct);
        if (AjoutDemande())
            return Page();
        var saisie = await LireAsync(acteur.DepartementCode, ct);
        if (Erreurs.Count > 0)
            return await EchecLectureAsync(saisie, null, ct);
        var resultat = await Ecriture.CreerAsync(saisie, acteur.OrganisationId, acteur.DepartementCode, ct);
        if (!resultat.Reussie)
            return Echec(resultat.Erreurs, resultat.Conflit);
        return Redirect($"/demandes/{resultat.Demande!.Id}?enregistree=1");
    }
}
