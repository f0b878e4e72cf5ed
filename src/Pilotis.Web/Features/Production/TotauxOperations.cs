using Pilotis.Domain.Production;

namespace Pilotis.Web.Features.Production;

/// <summary>Le nombre d'opérations de la liste filtrée et leurs logements par produit.</summary>
public sealed record TotauxOperations(int Operations, Dictionary<Produit, int> ParProduit);
