namespace Pilotis.Domain.Production.Revues;

/// <summary>Catégories de blocage relevées en revue de projets (seed 001, solution 1 ; DOMAIN §2.2).</summary>
public enum CategorieBlocage
{
    Foncier = 0,
    PermisOuRecours = 1,
    FinancementManquant = 2,
    TechniqueInondation = 3,
    OppositionLocale = 4,
    PromoteurVefa = 5,
    Autre = 6,
}
