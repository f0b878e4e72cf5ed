using Microsoft.AspNetCore.Identity;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Data.Annuaire;

public static class RolesIdentite
{
    /// <summary>Crée les trois rôles Identity s'ils manquent (idempotent).</summary>
    public static async Task CreerAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            if (!await roles.RoleExistsAsync(role.NomTechnique()))
            {
                await roles.CreateAsync(new IdentityRole(role.NomTechnique()));
            }
        }
    }
}
