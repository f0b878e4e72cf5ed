namespace Pilotis.Domain.Information;

/// <summary>Thèmes des sessions de formation des élus (seed 001, solution 6).</summary>
public enum ThemeFormation
{
    /// <summary>Le logement social dans la commune : acteurs, financement, rôle du maire.</summary>
    Fondamentaux = 0,
    DemandeEtAttributions = 1,
    ProductionEtFoncier = 2,
    Sru = 3,
    Financement = 4,
    Autre = 9,
}
