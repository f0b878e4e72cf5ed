namespace Pilotis.Domain.Annuaire;

/// <summary>Sur quoi l'on agit : l'organisation propriétaire (s'il y en a une) et l'endroit.</summary>
public sealed record Cible(int? OrganisationId, Localisation Lieu)
{
    public static Cible DeOrganisation(Organisation organisation) => new(organisation.Id, organisation.Localisation);
}
