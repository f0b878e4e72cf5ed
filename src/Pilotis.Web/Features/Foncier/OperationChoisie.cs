namespace Pilotis.Web.Features.Foncier;

/// <summary>Une opération proposée pour « engager une opération » sur un site : de sa commune, lisible par
/// l'acteur.</summary>
public sealed record OperationChoisie(int Id, string Numero, string Nom);
