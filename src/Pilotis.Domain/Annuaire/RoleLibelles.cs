namespace Pilotis.Domain.Annuaire;

public static class RoleLibelles
{
    public static string Libelle(this Role role) =>
        role switch
        {
            Role.Lecteur => "Lecteur",
            Role.Agent => "Agent",
            Role.Administrateur => "Administrateur",
            _ => role.ToString(),
        };

    /// <summary>Nom du rôle tel que stocké par ASP.NET Core Identity.</summary>
    public static string NomTechnique(this Role role) => role.ToString().ToLowerInvariant();

    public static Role? DepuisNomTechnique(string? nom) =>
        Enum.GetValues<Role>()
            .Cast<Role?>()
            .FirstOrDefault(r => r!.Value.NomTechnique() == nom?.Trim().ToLowerInvariant());
}
