namespace Pilotis.Domain.Production;

/// <summary>État du permis de construire, pour la maturité d'une opération (seed 000, question 2).</summary>
public enum EtatPermis
{
    NonDepose = 0,
    Depose = 1,
    Obtenu = 2,
    PurgeDeRecours = 3,

    /// <summary>Acquisition sans travaux, VEFA déjà autorisée… : aucun permis à obtenir par le bailleur.</summary>
    SansObjet = 4,
}
