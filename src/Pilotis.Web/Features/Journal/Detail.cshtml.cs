using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Journal;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Journal;

/// <summary>Une entrée du journal : qui, quand, quoi, et le tableau des champs avant/après.</summary>
public sealed class DetailModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    public EntreeJournal Entree { get; private set; } = null!;
    public string? OrganisationAuteur { get; private set; }
    public List<Difference> Lignes { get; private set; } = [];
    public string? LienObjet { get; private set; }
    public string? NomObjet { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var entree = await db.Journal.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct);
        if (entree is null)
            return NotFound();
        var organisation = entree.OrganisationId is null
            ? null
            : await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == entree.OrganisationId, ct);
        if (
            organisation is null
            || !Habilitations.Autorise(acteur, Ressource.Journal, Acte.Lire, Cible.DeOrganisation(organisation))
        )
            return Forbid();

        Entree = entree;
        OrganisationAuteur = organisation.Nom;
        Lignes = Differences.Calculer(entree.Avant, entree.Apres, await NomsAsync(entree, ct));
        LienObjet = entree.Entite switch
        {
            "Organisation" => $"/admin/organisations/{entree.EntiteId}",
            "Utilisateur" => $"/admin/utilisateurs/{entree.EntiteId}",
            _ => null,
        };
        var compte = entree.EntiteId?.Split('|')[0];
        NomObjet = entree.Entite switch
        {
            "Organisation" when int.TryParse(entree.EntiteId, out var organisationId) => await db
                .Organisations.Where(o => o.Id == organisationId)
                .Select(o => o.Nom)
                .FirstOrDefaultAsync(ct),
            "Utilisateur" or "IdentityUserRole`1" => await db
                .Users.Where(u => u.Id == compte)
                .Select(u => u.NomComplet)
                .FirstOrDefaultAsync(ct),
            _ => null,
        };
        return Page();
    }

    /// <summary>
    /// Noms des rôles, organisations et comptes cités par identifiant, pour lire « Agent » plutôt qu'un GUID.
    /// </summary>
    private async Task<Dictionary<string, string>> NomsAsync(EntreeJournal entree, CancellationToken ct)
    {
        var noms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in await db.Roles.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(ct))
        {
            noms[$"RoleId:{r.Id}"] = RoleLibelles.DepuisNomTechnique(r.Name)?.Libelle() ?? r.Name ?? r.Id;
        }
        var texte = (entree.Avant ?? "") + (entree.Apres ?? "");
        if (texte.Contains("\"OrganisationId\"", StringComparison.Ordinal))
        {
            foreach (var o in await db.Organisations.AsNoTracking().Select(o => new { o.Id, o.Nom }).ToListAsync(ct))
            {
                noms[$"OrganisationId:{o.Id}"] = o.Nom;
            }
        }
        if (
            texte.Contains("\"UserId\"", StringComparison.Ordinal)
            && entree.EntiteId?.Split('|') is [var utilisateurId, ..]
        )
        {
            var nom = await db
                .Users.Where(u => u.Id == utilisateurId)
                .Select(u => u.NomComplet)
                .FirstOrDefaultAsync(ct);
            if (nom is not null)
                noms[$"UserId:{utilisateurId}"] = nom;
        }
        return noms;
    }
}
