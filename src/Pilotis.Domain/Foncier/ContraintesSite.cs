namespace Pilotis.Domain.Foncier;

/// <summary>Contraintes connues sur un site ; un site peut en cumuler plusieurs.</summary>
[Flags]
public enum ContraintesSite
{
    Aucune = 0,

    /// <summary>Plan de prévention du risque inondation (C. env. L562-1).</summary>
    Ppri = 1,

    /// <summary>Abords de monument historique, site patrimonial remarquable (C. patr. L621-30, L631-1).</summary>
    Patrimoine = 2,

    /// <summary>Sol pollué ou site répertorié (secteur d'information sur les sols, C. env. L125-6).</summary>
    Pollution = 4,

    /// <summary>Autre contrainte (bruit, réseaux, accès…), précisée dans les observations.</summary>
    Autre = 8,
}
