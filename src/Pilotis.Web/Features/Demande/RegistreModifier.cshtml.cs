using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>Modification d'une demande par un guichet habilité ; concurrence optimiste par le jeton, la saisie est
/// conservée.</summary>
public sealed class RegistreModifierModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    EcritureDemandes ecriture,
    TimeProvider horloge
) : EditionDemandeModel(db, acteurCourant, ecriture, horloge)
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }
    public string Numero { get; private set; } = "";

    public override string Titre => $"Modifier la demande {Numero}";
    public override string Retour => $"/demandes/{Id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (demande, refus) = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        Remplir(demande!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (demande, refus) = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        if (AjoutDemande())
            return Page();
        var saisie = await LireAsync(demande!.DepartementCode, ct);
        if (Erreurs.Count > 0)
            return await EchecLectureAsync(saisie, Id, ct);
        var jeton = Guid.TryParse(Jeton, out var j) ? j : Guid.Empty;
        var resultat = await Ecriture.ModifierAsync(Id, jeton, saisie, ct);
        if (resultat.Conflit is not null)
            return Echec([], resultat.Conflit + " Votre saisie est conservée ci-dessous.");
        if (!resultat.Reussie)
            return Echec(resultat.Erreurs);
        return Redirect($"/demandes/{Id}?enregistree=1");
    }

    private async Task<(DemandeLogement? Demande, IActionResult? Refus)> ChargerAsync(CancellationToken ct)
    {
        var acteur = await ActeurCourant.LireAsync();
        if (acteur is null)
            return (null, Forbid());
        var demande = await Db
            .Demandes.AsNoTracking()
            .Include(d => d.Communes)
            .FirstOrDefaultAsync(d => d.Id == Id, ct);
        if (demande is null || !Habilitations.Autorise(acteur, Ressource.Demandes, Acte.Lire, demande.Cible()))
            return (null, NotFound());
        if (!Habilitations.Autorise(acteur, Ressource.Demandes, Acte.Modifier, demande.Cible()))
            return (null, Forbid());
        Numero = demande.NumeroUnique;
        if (demande.EstPurgee)
            return (null, Redirect($"/demandes/{Id}"));
        await ChargerCommunesAsync(acteur.DepartementCode, ct);
        return (demande, null);
    }
}
