namespace Pilotis.Domain.Attribution;

/// <summary>Pourquoi un logement est à attribuer : un locataire part, ou un programme neuf est livré.</summary>
public enum OrigineDisponibilite
{
    /// <summary>Congé du locataire : le logement se libère.</summary>
    Liberation = 0,

    /// <summary>Première mise en location d'un programme livré (module Production).</summary>
    MiseEnService = 1,
}
