using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Les objectifs d'attribution d'un EPCI pour une année : le résultat de CCH L441-1, le seuil du premier quartile
/// employé et, s'il existe, l'objectif en QPV de la CIA ; l'avancement de chaque indicateur vient du domaine.
/// </summary>
public sealed record QuotasEpci(
    string Siren,
    string Nom,
    int Annee,
    ResultatQuotas Resultat,
    decimal? Seuil,
    bool SeuilOfficiel,
    decimal? ObjectifCiaEnQpv
)
{
    public ObjectifsAttribution Objectifs => ObjectifsAttribution.EnVigueur(new DateOnly(Annee, 1, 1));

    public decimal? Objectif(IndicateurAttribution indicateur) => Objectifs.Objectif(indicateur, ObjectifCiaEnQpv);

    public SuiviObjectif Suivi(IndicateurAttribution indicateur) =>
        SuiviObjectif.Evaluer(Resultat.Numerateur(indicateur), Resultat.Denominateur(indicateur), Objectif(indicateur));

    /// <summary>Au moins un objectif en retard (docs/adr/0016).</summary>
    public bool EnRetard => Enum.GetValues<IndicateurAttribution>().Any(i => Suivi(i).EnRetard);
}
