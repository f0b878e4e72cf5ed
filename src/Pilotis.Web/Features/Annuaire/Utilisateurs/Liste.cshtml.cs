using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Utilisateurs;

/// <summary>Les comptes des organisations que l'acteur peut lire : filtres, pagination, exports.</summary>
public sealed class ListeModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    TimeProvider horloge,
    Infrastructure.Securite.RalentissementConnexion ralentissement
) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "organisation")]
    public int? OrganisationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "role")]
    public Role? Role { get; set; }

    /// <summary>« actifs », « inactifs », « invitation » (mot de passe pas encore choisi) ou vide.</summary>
    [BindProperty(SupportsGet = true, Name = "etat")]
    public string? Etat { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Recherche { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    public List<LigneUtilisateur> Comptes { get; private set; } = [];
    public List<OrganisationChoix> Organisations { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public bool PeutInviter { get; private set; }
    public DateTimeOffset Maintenant => horloge.GetUtcNow();
    public bool Filtree =>
        OrganisationId is not null
        || Role is not null
        || !string.IsNullOrEmpty(Etat)
        || !string.IsNullOrWhiteSpace(Recherche);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        PeutInviter = Habilitations.PorteeAccordee(acteur, Ressource.Utilisateurs, Acte.Modifier) != Portee.Aucune;
        Organisations = await db
            .Organisations.AsNoTracking()
            .Where(PorteeRequetes.Organisations(acteur, Ressource.Utilisateurs, Acte.Lire))
            .OrderBy(o => o.Nom)
            .Select(o => new OrganisationChoix(o.Id, o.Nom))
            .ToListAsync(ct);
        (Comptes, Pagination) = await Requete(acteur).PaginerAsync(NumeroPage, ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        return Exports.Csv(NomFichier("csv"), Colonnes(), Requete(acteur).AsAsyncEnumerable());
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        return await Exports.XlsxAsync(
            NomFichier("xlsx"),
            "Utilisateurs",
            Colonnes(),
            Requete(acteur).AsAsyncEnumerable(),
            ct
        );
    }

    public string LibelleEtat(LigneUtilisateur c) =>
        !c.Actif ? "Désactivé"
        : c.VerrouilleJusquA > Maintenant || ralentissement.Attente(c.Courriel ?? "") > TimeSpan.Zero
            ? "Connexion ralentie"
        : c.InvitationEnAttente ? "Invitation en attente"
        : "Actif";

    private ColonneExport<LigneUtilisateur>[] Colonnes() =>
        [
            new("Nom", c => c.NomComplet),
            new("Courriel", c => c.Courriel),
            new("Organisation", c => c.Organisation),
            new("Rôle", c => c.Role?.Libelle()),
            new("État", LibelleEtat),
            new("Invité le", c => c.InviteLe),
        ];

    private static string NomFichier(string extension) => $"utilisateurs-{DateTime.Today:yyyy-MM-dd}.{extension}";

    private IQueryable<LigneUtilisateur> Requete(Acteur acteur)
    {
        var organisations = db
            .Organisations.Where(PorteeRequetes.Organisations(acteur, Ressource.Utilisateurs, Acte.Lire))
            .Select(o => o.Id);
        var requete = db.Users.AsNoTracking().Where(u => organisations.Contains(u.OrganisationId));
        if (OrganisationId is { } id)
            requete = requete.Where(u => u.OrganisationId == id);
        if (Role is { } role)
        {
            var nom = role.NomTechnique();
            requete = requete.Where(u =>
                db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == nom))
            );
        }
        if (Etat == "actifs")
            requete = requete.Where(u => u.Actif);
        if (Etat == "inactifs")
            requete = requete.Where(u => !u.Actif);
        if (Etat == "invitation")
            requete = requete.Where(u => u.Actif && u.PasswordHash == null);
        var saisie = Recherche?.Trim().ToLower();
        if (!string.IsNullOrEmpty(saisie))
        {
            requete = requete.Where(u =>
                u.NomComplet.ToLower().Contains(saisie) || (u.Email != null && u.Email.ToLower().Contains(saisie))
            );
        }
        return requete
            .OrderBy(u => u.NomComplet)
            .ThenBy(u => u.Id)
            .Select(u => new LigneUtilisateur(
                u.Id,
                u.NomComplet,
                u.Email,
                u.OrganisationId,
                u.Organisation!.Nom,
                db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name)
                    .OrderBy(n => n)
                    .FirstOrDefault(),
                u.Actif,
                u.PasswordHash == null,
                u.LockoutEnd,
                u.InviteLe
            ));
    }
}
