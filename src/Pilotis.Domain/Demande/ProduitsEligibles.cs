namespace Pilotis.Domain.Demande;

/// <summary>Produits auxquels les ressources du ménage ouvrent droit, calculés avec le barème en vigueur.</summary>
[Flags]
public enum ProduitsEligibles
{
    Aucun = 0,
    Plai = 1 << 0,
    Plus = 1 << 1,
    Pls = 1 << 2,
}
