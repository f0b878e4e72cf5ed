using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Un bail signé tel que le tableau des objectifs et son détail le lisent : sans donnée nominative (numéro
/// d'attribution, bailleur, commune, QPV, contingent, date, ressources par UC et reconnaissances du ménage).
/// </summary>
public sealed record BailDetaille(
    int Id,
    string NumeroAttribution,
    string Bailleur,
    string CommuneCode,
    string Commune,
    string EpciSiren,
    bool LogementEnQpv,
    Contingent Contingent,
    DateOnly DateSignatureBail,
    decimal RessourcesAnnuellesParUc,
    bool Dalo,
    bool Prioritaire,
    bool RelogementRenouvellementUrbain
)
{
    public BailPourQuotas PourQuotas() =>
        new(LogementEnQpv, Contingent, RessourcesAnnuellesParUc, Dalo, Prioritaire, RelogementRenouvellementUrbain);
}
