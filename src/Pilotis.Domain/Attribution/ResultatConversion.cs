namespace Pilotis.Domain.Attribution;

/// <summary>
/// Résultat de la conversion des réservations en stock : libérations attendues par an, part équivalente du flux (en
/// pourcentage), et le calcul écrit en une phrase française.
/// </summary>
public sealed record ResultatConversion(decimal LiberationsParAn, decimal PartEquivalente, string Calcul);
