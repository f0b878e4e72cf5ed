using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Création d'une opération par un bailleur : numéro local généré (« 30-2026-0042 »), statut « brouillon créé ».
/// </summary>
public sealed class NouvelleModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : EditionOperationModel(db, acteurCourant, horloge)
{
    public override string Titre => "Nouvelle opération";
    public override string Action => "/operations/nouvelle";
    public override string Retour => "/operations";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await ActeurCourant.LireAsync();
        if (acteur is null || !PeutSaisir(acteur))
            return Forbid();
        await ChargerCommunesAsync(acteur.DepartementCode, ct);
        var vide = NouvelleOperationVide();
        vide.AnneeProgrammation = AnneeCourante;
        Remplir(vide);
        Nature = null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await ActeurCourant.LireAsync();
        if (acteur is null || !PeutSaisir(acteur))
            return Forbid();
        await ChargerCommunesAsync(acteur.DepartementCode, ct);
        var operation = NouvelleOperationVide();
        operation.BailleurId = acteur.OrganisationId;
        if (!await LireAsync(operation, ct))
            return Echec("L'opération n'a pas été créée : corrigez les champs signalés.");

        var maintenant = Horloge.GetUtcNow();
        operation.CreeeLe = maintenant;
        operation.ModifieeLe = maintenant;
        operation.Statut = StatutOperation.BrouillonCree;
        operation.Evenements.Add(
            new EvenementOperation
            {
                Quand = maintenant,
                Type = TypeEvenement.Creation,
                Libelle = "Création de l'opération (brouillon)",
                Auteur = NomAuteur(),
            }
        );
        // Numéro unique : si un autre dépôt a pris le même rang entre-temps, on reprend le suivant.
        for (var essai = 0; ; essai++)
        {
            operation.Numero = await NumerotationOperations.SuivantAsync(
                Db,
                operation.DepartementCode,
                AnneeCourante,
                ct
            );
            if (essai == 0)
                Db.Operations.Add(operation);
            try
            {
                await Db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (essai < 3) { }
        }
        return Redirect($"/operations/{operation.Id}?enregistree=1");
    }
}
