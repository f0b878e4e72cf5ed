namespace Pilotis.Domain.Demande;

/// <summary>
/// Ressources retenues pour comparer le ménage aux plafonds (arrêté du 29 juillet 1987, art. 3 ; CCH R441-1) :
/// le revenu fiscal de référence N−2 par défaut, par exception celui de N−1 ou les ressources des douze derniers mois.
/// Les valeurs sont stockées : ne pas les renuméroter.
/// </summary>
public enum OrigineRessources
{
    /// <summary>Revenu fiscal de référence de l'année N−2 (règle générale).</summary>
    RevenuFiscalN2 = 0,

    /// <summary>Revenu fiscal de référence de l'année N−1, inférieur d'au moins 10 % à celui de N−2.</summary>
    RevenuFiscalN1 = 1,

    /// <summary>Ressources des douze derniers mois, après un accident de la vie, quand elles sont plus
    /// favorables.</summary>
    DouzeDerniersMois = 2,
}
