namespace Pilotis.Domain.Demande;

/// <summary>
/// Accident de la vie qui permet de retenir les ressources des douze derniers mois (arrêté du 29 juillet 1987,
/// art. 3 ; DOMAIN §4.1 : perte d'emploi, divorce, décès). Les valeurs sont stockées : ne pas les renuméroter.
/// </summary>
public enum EvenementRessources
{
    Aucun = 0,
    PerteEmploi = 1,

    /// <summary>Divorce, rupture de PACS ou séparation.</summary>
    Separation = 2,
    Deces = 3,
}
