using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Modification d'une opération par son bailleur, tant qu'elle est en brouillon (ou renvoyée pour compléments) ;
/// l'instructeur ne modifie pas le contenu du dossier. Concurrence optimiste par le jeton de l'opération.
/// </summary>
public sealed class ModifierModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : EditionOperationModel(db, acteurCourant, horloge)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }
    public string Numero { get; private set; } = "";

    public override string Titre => $"Modifier l'opération {Numero}";
    public override string Action => $"/operations/{Id}/modifier";
    public override string Retour => $"/operations/{Id}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (operation, refus) = await ChargerAsync(suivi: false, ct);
        if (refus is not null)
            return refus;
        Remplir(operation!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (operation, refus) = await ChargerAsync(suivi: true, ct);
        if (refus is not null)
            return refus;
        var jeton = Guid.TryParse(Jeton, out var j) ? j : Guid.Empty;
        var avant = operation!.Contenu();
        if (!await LireAsync(operation, ct))
            return Echec("L'opération n'a pas été enregistrée : corrigez les champs signalés.");
        if (jeton != operation.Jeton)
            return Echec(ServiceTransitionsOperation.MessageConcurrence + " Votre saisie est conservée ci-dessous.");
        Db.Entry(operation).Property(o => o.Jeton).OriginalValue = jeton;
        var maintenant = Horloge.GetUtcNow();
        operation.ModifieeLe = maintenant;
        Db.EvenementsOperation.Add(
            new EvenementOperation
            {
                OperationId = operation.Id,
                Quand = maintenant,
                Type = TypeEvenement.Modification,
                Libelle = "Modification du dossier",
                Auteur = NomAuteur(),
                Detail = ResumeChangements(avant, operation.Contenu()),
            }
        );
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Echec(ServiceTransitionsOperation.MessageConcurrence + " Votre saisie est conservée ci-dessous.");
        }
        return Redirect($"/operations/{operation.Id}?enregistree=1");
    }

    /// <summary>
    /// Ce qui a changé dans les lots, coûts et financements, pour la frise (« Bâtiment : 700 000,00 € → 810 000,00 € ;
    /// … »).
    /// </summary>
    public static string? ResumeChangements(ContenuOperation avant, ContenuOperation apres)
    {
        var differences = ComparaisonInstantanes.Comparer(avant, apres);
        if (differences.Count == 0)
            return null;
        var texte = string.Join(" ; ", differences.Select(d => $"{d.Rubrique}, {d.Element} : {d.Avant} → {d.Apres}"));
        return texte.Length <= 2000 ? texte : texte[..1999] + "…";
    }

    private async Task<(Operation? Operation, IActionResult? Refus)> ChargerAsync(bool suivi, CancellationToken ct)
    {
        var acteur = await ActeurCourant.LireAsync();
        if (acteur is null)
            return (null, Forbid());
        var requete = Db.Operations.Include(o => o.Lots).Include(o => o.Financements).AsSplitQuery();
        var operation = await (suivi ? requete : requete.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (operation is null)
            return (null, NotFound());
        if (!Habilitations.Autorise(acteur, Ressource.Operations, Acte.Lire, operation.Cible()))
            return (null, Forbid());
        // Seul le bailleur maître d'ouvrage saisit le contenu du dossier (la DDTM instruit, elle ne le réécrit pas).
        if (!AccesOperations.RolesSur(acteur, operation).Contains(ActeurOperation.Bailleur))
            return (null, Forbid());
        Numero = operation.Numero;
        if (!operation.Statut.ModifiableParBailleur())
        {
            Erreur =
                $"L'opération est au statut « {operation.Statut.Libelle()} » : le "
                + "dossier ne se modifie plus (il faut qu'il soit renvoyé au bailleur).";
            return (null, Redirect($"/operations/{operation.Id}?nonmodifiable=1"));
        }
        await ChargerCommunesAsync(acteur.DepartementCode, ct);
        return (operation, null);
    }
}
