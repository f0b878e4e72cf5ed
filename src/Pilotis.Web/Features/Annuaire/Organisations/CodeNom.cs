namespace Pilotis.Web.Features.Annuaire.Organisations;

/// <summary>
/// Le code et le nom d'un territoire (commune, EPCI, département, région), lus pour nommer un périmètre.
/// </summary>
public sealed record CodeNom(string Code, string Nom);
