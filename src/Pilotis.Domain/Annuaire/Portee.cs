namespace Pilotis.Domain.Annuaire;

/// <summary>Jusqu'où porte un droit, du plus étroit au plus large.</summary>
public enum Portee
{
    Aucune = 0,

    /// <summary>Les données de sa propre organisation (un bailleur et ses opérations).</summary>
    Organisation = 1,

    /// <summary>Le territoire d'action de l'organisation (la commune du maire, les communes de l'EPCI).</summary>
    Perimetre = 2,

    /// <summary>Le département de rattachement (la DDTM, un financeur départemental).</summary>
    Departement = 3,

    /// <summary>La région de rattachement (la DREAL).</summary>
    Region = 4,
}
