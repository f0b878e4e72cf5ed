namespace Pilotis.Domain.Attribution;

/// <summary>
/// Réservations qui restent gérées « en stock » (logement identifié) et ne sont pas converties en flux : personnels de
/// la
/// défense nationale et de la sécurité intérieure, personnels des établissements publics de santé (CCH L441-1, dernier
/// alinéa ; décret n° 2020-145 du 20 février 2020).
/// </summary>
public enum ReservationNonConvertie
{
    Aucune = 0,
    DefenseSecuriteInterieure = 1,
    EtablissementSante = 2,
}
