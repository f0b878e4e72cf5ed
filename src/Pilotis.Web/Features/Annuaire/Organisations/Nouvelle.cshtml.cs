using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Organisations;

/// <summary>Créer une organisation : réservé à qui administre les organisations d'un département (la DDTM).</summary>
public sealed class NouvelleModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty]
    public SaisieOrganisation Saisie { get; set; } = new();

    public IReadOnlyList<TypeOrganisation> Types { get; private set; } = [];

    [TempData]
    public string? Succes { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var acteur = await AutoriserAsync();
        if (acteur is null)
            return Forbid();
        Saisie = new SaisieOrganisation { PerimetreNiveau = NiveauPerimetre.Commune };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await AutoriserAsync();
        if (acteur is null)
            return Forbid();
        var perimetre = await Saisie.ValiderAsync(
            db,
            acteur,
            rattachementModifiable: true,
            ModelState,
            nameof(Saisie),
            ct
        );
        if (!ModelState.IsValid || perimetre is null)
            return Page();

        var organisation = new Organisation
        {
            Nom = "",
            Type = Saisie.Type!.Value,
            PerimetreNiveau = perimetre.Niveau,
            PerimetreCode = perimetre.Code,
            DepartementCode = perimetre.DepartementCode,
            RegionCode = perimetre.RegionCode,
        };
        Saisie.Appliquer(organisation, perimetre);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        Succes = $"L'organisation « {organisation.Nom} » est créée. Vous pouvez maintenant y inviter des utilisateurs.";
        return RedirectToPage("/Annuaire/Organisations/Fiche", new { id = organisation.Id });
    }

    private async Task<Acteur?> AutoriserAsync()
    {
        var acteur = await acteurCourant.LireAsync();
        if (
            acteur is null
            || Habilitations.PorteeAccordee(acteur, Ressource.Organisations, Acte.Modifier) < Portee.Departement
        )
            return null;
        Types = PorteeRequetes.TypesAttribuables(acteur);
        return acteur;
    }
}
