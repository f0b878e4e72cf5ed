namespace Pilotis.Data.Information;

/// <summary>
/// Une opération agréée ou en cours dans la commune (jamais un brouillon ni une opération programmée).
/// </summary>
public sealed record OperationCommune(string Nom, string Nature, string Statut, int Logements, DateOnly? DateAgrement);
