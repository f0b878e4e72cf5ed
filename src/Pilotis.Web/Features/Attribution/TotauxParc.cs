using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution;

/// <summary>Totaux de la liste filtrée du parc, calculés en SQL ; le loyer au m² par la règle du domaine.</summary>
public sealed record TotauxParc(int Logements, int Vacants, int EnQpv, decimal Loyers, decimal Surfaces)
{
    public decimal? LoyerAuMetreCarre => ValidationLogement.LoyerAuMetreCarre(Loyers, Surfaces);
}
