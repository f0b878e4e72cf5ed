namespace Pilotis.Domain.Information;

/// <summary>
/// Le nombre de visites de la page publique d'une commune pour un mois : un simple compteur, sans cookie, sans
/// adresse IP ni aucune donnée personnelle (RGPD, art. 5 ; lignes directrices CNIL sur la mesure d'audience).
/// </summary>
public sealed class VisitesPageCommune
{
    public required string CommuneCode { get; set; }
    public int Annee { get; set; }
    public int Mois { get; set; }
    public long Visites { get; set; }
}
