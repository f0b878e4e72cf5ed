namespace Pilotis.Domain.Annuaire;

/// <summary>Où se trouve une chose (une commune, une organisation) dans la hiérarchie territoriale.</summary>
public sealed record Localisation(string? CommuneCode, string? EpciSiren, string? DepartementCode, string? RegionCode);
