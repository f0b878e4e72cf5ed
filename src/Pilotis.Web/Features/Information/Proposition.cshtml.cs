using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// Une proposition nationale : son historique de statuts dans le département et, pour la DDTM, le formulaire d'un
/// nouveau statut (date, commentaire). Chaque changement est une nouvelle ligne, journalisée par le contexte.
/// </summary>
public sealed class PropositionModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [BindProperty]
    public string? Statut { get; set; }

    [BindProperty]
    public string? Date { get; set; }

    [BindProperty]
    public string? Commentaire { get; set; }

    public PropositionNationale Proposition { get; private set; } = null!;
    public string DepartementNom { get; private set; } = "";
    public List<SuiviPropositionNationale> Historique { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public string? LienSimulation { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await ChargerAsync(code, ct) is { } refus)
            return refus;
        Statut = (Historique.FirstOrDefault()?.Statut ?? StatutProposition.Proposee).Code();
        Date = Affichage
            .JourAParis(horloge.GetUtcNow())
            .ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (await ChargerAsync(code, ct) is { } refus)
            return refus;
        if (!PeutModifier)
            return Forbid();
        ModelState.Clear();
        var (statut, jour, commentaire, erreurs) = ValidationSuiviProposition.Lire(
            Statut,
            Date,
            Commentaire,
            Affichage.JourAParis(horloge.GetUtcNow())
        );
        ModelState.AjouterErreurs(erreurs);
        if (!ModelState.IsValid)
            return Page();
        db.SuivisPropositionsNationales.Add(
            new SuiviPropositionNationale
            {
                DepartementCode = Departement!,
                CodeProposition = Proposition.Code,
                Statut = statut,
                Date = jour,
                Commentaire = commentaire,
                ModifiePar = User.FindFirst(RevendicationsPilotis.NomComplet)?.Value
                    ?? User.Identity?.Name
                    ?? "inconnu",
                ModifieLe = horloge.GetUtcNow(),
            }
        );
        await db.SaveChangesAsync(ct);
        TempData["Confirmation"] = $"« {Proposition.Intitule} » : {statut.Libelle()} le {Affichage.Date(jour)}.";
        return Redirect($"/feuille-de-route/propositions?departement={Departement}");
    }

    private async Task<IActionResult?> ChargerAsync(string code, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LirePropositionsNationales(acteur))
            return Forbid();
        if (PropositionsNationales.Trouver(code) is not { } proposition)
            return NotFound();
        Proposition = proposition;
        var dep = await DepartementChoisi.LireAsync(
            db,
            acteur,
            Ressource.PropositionsNationales,
            Acte.Lire,
            Departement,
            ct
        );
        if (dep is null || dep.Value.Refuse)
            return dep is null ? Forbid() : NotFound();
        (Departement, DepartementNom) = (dep.Value.Code, dep.Value.Nom);
        PeutModifier =
            AccesPages.ModifierPropositionsNationales(acteur)
            && await DepartementChoisi.LireAsync(
                db,
                acteur,
                Ressource.PropositionsNationales,
                Acte.Modifier,
                Departement,
                ct
            )
                is not null;
        LienSimulation = proposition.Simulation is { } s && AccesPages.PeutOuvrir(acteur, s) ? s : null;
        var d = Departement;
        Historique = await db
            .SuivisPropositionsNationales.AsNoTracking()
            .Where(x => x.DepartementCode == d && x.CodeProposition == proposition.Code)
            .OrderByDescending(x => x.Date)
            .ThenByDescending(x => x.Id)
            .ToListAsync(ct);
        return null;
    }
}
