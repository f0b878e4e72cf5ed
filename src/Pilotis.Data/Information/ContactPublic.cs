namespace Pilotis.Data.Information;

/// <summary>Une fiche publique de l'annuaire (commune, EPCI, DDTM) montrée sur la page de la commune.</summary>
public sealed record ContactPublic(
    string Organisation,
    string Theme,
    string Nom,
    string? Fonction,
    string? Courriel,
    string? Telephone,
    string? Disponibilite
);
