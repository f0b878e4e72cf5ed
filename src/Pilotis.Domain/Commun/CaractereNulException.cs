namespace Pilotis.Domain.Commun;

/// <summary>
/// Une valeur saisie contient le caractère nul (U+0000), qu'aucun texte légitime ne contient et que PostgreSQL refuse
/// de stocker ou de comparer : la requête est refusée comme mal formée (400), sur les deux bases, au lieu d'échouer en
/// erreur serveur sur PostgreSQL seulement.
/// </summary>
public sealed class CaractereNulException()
    : Exception("Une valeur envoyée contient un caractère nul (U+0000), ce qui n'est pas admis.");
