namespace Pilotis.Domain.Attribution;

/// <summary>Qui déclenche une transition d'un logement à attribuer.</summary>
public enum ActeurAttribution
{
    Bailleur = 0,

    /// <summary>Le réservataire du contingent retenu, ou le bailleur pour un logement non réservé.</summary>
    Reservataire = 1,

    /// <summary>La CALEOL, à la clôture de sa séance (CCH L441-2).</summary>
    Commission = 2,
}
