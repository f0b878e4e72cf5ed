namespace Pilotis.Domain.Attribution;

/// <summary>Où en est un objectif d'attribution à une date (docs/adr/0016).</summary>
public enum EtatObjectif
{
    /// <summary>La part atteint l'objectif (ou rien n'est encore dû : aucun bail au dénominateur).</summary>
    Atteint = 0,

    /// <summary>Sous l'objectif, mais trop peu de baux comptés pour conclure.</summary>
    ASurveiller = 1,

    /// <summary>Sous l'objectif avec assez de baux comptés : alerte « En retard ».</summary>
    EnRetard = 2,

    /// <summary>Pas d'objectif chiffré (contingent du préfet, montré à part).</summary>
    SansObjectif = 3,
}
