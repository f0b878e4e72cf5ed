using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Annuaire;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Utilisateurs;

/// <summary>
/// Créer un compte sans mot de passe dans une organisation que l'acteur administre, puis montrer le lien d'invitation
/// à transmettre : la personne y choisit son mot de passe.
/// </summary>
public sealed class InviterModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    UserManager<Utilisateur> utilisateurs,
    TimeProvider horloge
) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Indiquez le courriel de la personne à inviter.")]
    [EmailAddress(ErrorMessage = "Saisissez un courriel valide, par exemple nom@domaine.fr.")]
    [StringLength(256, ErrorMessage = "Le courriel ne doit pas dépasser 256 caractères.")]
    public string? Courriel { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Indiquez le prénom et le nom de la personne.")]
    [StringLength(200, ErrorMessage = "Le nom ne doit pas dépasser 200 caractères.")]
    public string? NomComplet { get; set; }

    [BindProperty(SupportsGet = true, Name = "organisation")]
    public int? OrganisationId { get; set; }

    [BindProperty]
    public Role? Role { get; set; }

    public List<OrganisationChoix> Organisations { get; private set; } = [];

    /// <summary>Renseigné une fois le compte créé : le lien à transmettre.</summary>
    public string? LienInvitation { get; private set; }
    public string? IdCree { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ChargerAsync(ct))
            return Forbid();
        if (Organisations.Count == 1)
            OrganisationId = Organisations[0].Id;
        Role ??= Domain.Annuaire.Role.Agent;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ChargerAsync(ct))
            return Forbid();
        if (OrganisationId is null)
            ModelState.AddModelError("organisation", "Choisissez l'organisation du compte.");
        else if (Organisations.All(o => o.Id != OrganisationId))
            ModelState.AddModelError("organisation", "Choisissez une organisation active que vous administrez.");
        if (Role is null)
            ModelState.AddModelError(nameof(Role), "Choisissez le rôle du compte.");
        var courriel = Courriel?.Trim();
        if (ModelState.IsValid && await utilisateurs.FindByEmailAsync(courriel!) is not null)
        {
            ModelState.AddModelError(
                nameof(Courriel),
                $"Un compte existe déjà pour l'adresse « {Francais.Extrait(courriel)} »."
            );
        }
        if (!ModelState.IsValid)
            return Page();

        var compte = new Utilisateur
        {
            UserName = courriel,
            Email = courriel,
            NomComplet = NomComplet!.Trim(),
            OrganisationId = OrganisationId!.Value,
            InviteLe = horloge.GetUtcNow(),
        };
        // Le compte et son rôle s'écrivent ensemble ou pas du tout.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var resultat = await utilisateurs.CreateAsync(compte);
            if (resultat.Succeeded)
                resultat = await utilisateurs.AddToRoleAsync(compte, Role!.Value.NomTechnique());
            if (!resultat.Succeeded)
            {
                await transaction.RollbackAsync(ct);
                Comptes.Signaler(ModelState, resultat, nameof(Courriel));
                return Page();
            }
            await transaction.CommitAsync(ct);
        }
        IdCree = compte.Id;
        LienInvitation = await Comptes.LienInvitationAsync(utilisateurs, compte, Url, Request.Scheme);
        return Page();
    }

    private async Task<bool> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (
            acteur is null
            || Habilitations.PorteeAccordee(acteur, Ressource.Utilisateurs, Acte.Modifier) == Portee.Aucune
        )
            return false;
        Organisations = await db
            .Organisations.AsNoTracking()
            .Where(PorteeRequetes.Organisations(acteur, Ressource.Utilisateurs, Acte.Modifier))
            .Where(o => o.Active)
            .OrderBy(o => o.Nom)
            .Select(o => new OrganisationChoix(o.Id, o.Nom))
            .ToListAsync(ct);
        return true;
    }
}
