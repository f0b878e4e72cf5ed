namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Un paramètre remplacé par un scénario : par la valeur d'un autre paramètre (la « proposition », datée et sourcée
/// comme les autres) ou, sans lui, par une valeur fixe (zéro pour une suppression).
/// </summary>
public sealed record RemplacementParametre(string Code, string? DepuisCode, decimal Valeur = 0m);
