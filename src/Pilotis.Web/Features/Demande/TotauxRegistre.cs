namespace Pilotis.Web.Features.Demande;

/// <summary>Le nombre de demandes de la liste filtrée du registre, leurs personnes, DALO et prioritaires.</summary>
public sealed record TotauxRegistre(int Lignes, int Personnes, int Dalo, int Prioritaires);
