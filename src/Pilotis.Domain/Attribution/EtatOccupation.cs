namespace Pilotis.Domain.Attribution;

/// <summary>Occupation d'un logement au répertoire : loué, vacant (entre deux locataires) ou hors location.</summary>
public enum EtatOccupation
{
    Occupe = 0,
    Vacant = 1,

    /// <summary>Vendu, démoli ou réservé à un usage autre que la location : hors du flux.</summary>
    HorsLocation = 2,
}
