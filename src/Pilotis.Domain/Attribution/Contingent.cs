namespace Pilotis.Domain.Attribution;

/// <summary>
/// Le contingent sur lequel un logement est attribué (CCH L441-1 ; gestion en flux, loi ELAN) : celui du préfet,
/// d'Action Logement, d'une collectivité, ou le logement non réservé du bailleur.
/// </summary>
public enum Contingent
{
    Prefet = 0,
    ActionLogement = 1,
    Collectivite = 2,
    Bailleur = 3,
}
