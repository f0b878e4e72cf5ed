using Pilotis.Domain.Production;

namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>Les logements d'un produit dans l'opération évaluée, avec leur surface utile totale (m²).</summary>
public sealed record LotEquilibre(Produit Produit, int NombreLogements, decimal SurfaceUtile);
