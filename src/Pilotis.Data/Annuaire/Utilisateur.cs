using Microsoft.AspNetCore.Identity;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Data.Annuaire;

/// <summary>
/// Compte ASP.NET Core Identity rattaché à une organisation ; son rôle est un rôle Identity (administrateur, agent,
/// lecteur).
/// </summary>
public sealed class Utilisateur : IdentityUser
{
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string NomComplet { get; set; }
    public bool Actif { get; set; } = true;
    public DateTimeOffset? InviteLe { get; set; }
}
