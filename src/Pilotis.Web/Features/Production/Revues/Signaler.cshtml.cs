using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

/// <summary>
/// L'EPCI (ou la DDT(M)) signale une opération de son territoire en difficulté, avant la revue de projets : catégorie
/// de blocage et description. La difficulté s'inscrit sur la frise de l'opération. Sans opération choisie, la page
/// propose celles du territoire de l'utilisateur.
/// </summary>
public sealed class SignalerModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    /// <summary>
    /// Au plus ce nombre d'opérations dans la liste de choix (les plus récentes) ; au-delà, on passe par la fiche de
    /// l'opération.
    /// </summary>
    public const int ChoixMaximum = 500;

    [BindProperty(SupportsGet = true, Name = "operation")]
    public int? OperationId { get; set; }

    [BindProperty]
    public CategorieBlocage? Categorie { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public OperationDifficulte? Operation { get; private set; }
    public List<(int Id, string Libelle)> ChoixOperations { get; private set; } = [];
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        if (Operation is null)
        {
            ModelState.AddModelError("operation", "Choisissez l'opération en difficulté.");
            Erreur = "La difficulté n'a pas été signalée.";
            return Page();
        }
        if (Categorie is null || !Enum.IsDefined(Categorie.Value))
            ModelState.AddModelError(nameof(Categorie), "Choisissez la catégorie du blocage.");
        if (SuiviRevues.ValiderSignalement(Operation.Statut, Description) is string erreur)
        {
            if (Operation.Statut.EstSortie())
                Erreur = erreur;
            else
                ModelState.AddModelError(nameof(Description), erreur);
        }
        if (!ModelState.IsValid || Erreur is not null)
        {
            Erreur ??= "La difficulté n'a pas été signalée : corrigez les champs signalés.";
            return Page();
        }
        var auteur = AccesRevues.Auteur(User);
        var d = new Difficulte
        {
            OperationId = Operation.Id,
            Categorie = Categorie!.Value,
            Description = Description!.Trim(),
            SignaleeLe = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime),
            SignaleePar = auteur,
        };
        db.Difficultes.Add(d);
        db.EvenementsOperation.Add(
            AccesRevues.Evenement(
                Operation.Id,
                SuiviRevues.LibelleSignalement(d.Categorie),
                d.Description,
                auteur,
                horloge.GetUtcNow()
            )
        );
        await db.SaveChangesAsync(ct);
        return Redirect($"/revues/difficultes/{d.Id}?suivi=signalee");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.SignalerDifficulte(acteur))
            return Forbid();
        if (OperationId is int id)
        {
            Operation = await FicheDifficulteModel.ChargerOperationAsync(db, id, ct);
            if (Operation is null)
                return NotFound();
            // Hors de son territoire, l'EPCI ne signale rien (CCH : l'EPCI n'agit que sur ses communes membres).
            if (!Habilitations.Autorise(acteur, Ressource.RevuesProjets, Acte.Modifier, Operation.Cible))
                return Forbid();
            return null;
        }
        var lignes = await db
            .Operations.AsNoTracking()
            .Where(AccesOperations.Filtre(acteur, Ressource.RevuesProjets, Acte.Modifier))
            .Where(CriteresOperation.HorsSortie)
            .OrderByDescending(o => o.Id)
            .Take(ChoixMaximum)
            .Select(o => new
            {
                o.Id,
                o.Numero,
                o.Nom,
            })
            .ToListAsync(ct);
        ChoixOperations = lignes
            .OrderBy(o => o.Numero, StringComparer.Ordinal)
            .Select(o => (o.Id, $"{o.Numero} — {o.Nom}"))
            .ToList();
        return null;
    }
}
