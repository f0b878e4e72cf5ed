namespace Pilotis.Web.Features.Production;

/// <summary>Les EPCI (SIREN) et les bailleurs (identifiant, nom) des opérations visibles, proposés aux
/// filtres.</summary>
public sealed record ChoixOperations(IReadOnlyList<string> Sirens, IReadOnlyList<(int Id, string Nom)> Bailleurs);
