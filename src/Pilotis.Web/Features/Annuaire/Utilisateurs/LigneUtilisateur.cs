using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Utilisateurs;

public sealed record LigneUtilisateur(
    string Id,
    string NomComplet,
    string? Courriel,
    int OrganisationId,
    string Organisation,
    string? RoleTechnique,
    bool Actif,
    bool InvitationEnAttente,
    DateTimeOffset? VerrouilleJusquA,
    DateTimeOffset? InviteLe
)
{
    public Role? Role => RoleLibelles.DepuisNomTechnique(RoleTechnique);
}
