namespace Pilotis.Domain.Attribution;

/// <summary>Les actes qui font avancer un logement à attribuer (table <see cref="TransitionsAttribution"/>).</summary>
public enum ActionAttribution
{
    Orienter = 0,
    DesignerCandidats = 1,
    InscrireEnCommission = 2,
    Attribuer = 3,
    ConstaterSansAttribution = 4,
    RelancerDesignation = 5,
    SignerBail = 6,
    Retirer = 7,
}
