namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>Unité d'un paramètre financier : dit comment le saisir, le valider et l'afficher.</summary>
public enum UniteParametre
{
    /// <summary>Un taux, enregistré en fraction (0,055 = 5,5 %) et saisi en pourcentage.</summary>
    Taux = 0,

    /// <summary>Un loyer mensuel en euros par m² de surface utile.</summary>
    EurosParM2 = 1,

    /// <summary>Un montant annuel en euros par logement.</summary>
    EurosParLogement = 2,

    /// <summary>Une durée en années.</summary>
    Annees = 3,

    /// <summary>Un coefficient sans unité.</summary>
    Coefficient = 4,
}
