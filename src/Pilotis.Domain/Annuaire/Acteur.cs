namespace Pilotis.Domain.Annuaire;

/// <summary>Qui agit : son organisation et son rôle.</summary>
public sealed record Acteur(
    int OrganisationId,
    TypeOrganisation Type,
    Perimetre Perimetre,
    string DepartementCode,
    string RegionCode,
    Role Role
)
{
    public static Acteur De(Organisation organisation, Role role) =>
        new(
            organisation.Id,
            organisation.Type,
            organisation.Perimetre,
            organisation.DepartementCode,
            organisation.RegionCode,
            role
        );
}
