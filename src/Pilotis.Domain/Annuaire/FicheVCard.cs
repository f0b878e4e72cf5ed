namespace Pilotis.Domain.Annuaire;

/// <summary>Ce qu'une carte de visite électronique porte d'un référent (RFC 6350).</summary>
public sealed record FicheVCard(
    string Nom,
    string Organisation,
    string? Fonction,
    string? Courriel,
    string? Telephone,
    string? Note
);
