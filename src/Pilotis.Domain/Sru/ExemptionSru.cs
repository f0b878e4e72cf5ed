namespace Pilotis.Domain.Sru;

/// <summary>
/// An exemption granted by decree for a period (the list is renewed every three years; e.g.
/// Pont-Saint-Esprit 30202 and Saint-Gilles 30258 for 2020–2022).
/// </summary>
/// <param name="Decret">Reference of the decree listing the commune.</param>
/// <param name="Debut">First day of the exemption.</param>
/// <param name="Fin">Last day of the exemption (inclusive).</param>
/// <param name="Motif">Ground of the exemption.</param>
public sealed record ExemptionSru(string Decret, DateOnly Debut, DateOnly Fin, MotifExemptionSru Motif)
{
    public bool EstActiveLe(DateOnly date) => Debut <= date && date <= Fin;

    public string LibelleMotif =>
        Motif switch
        {
            MotifExemptionSru.InsuffisammentReliee =>
                "commune insuffisamment reliée aux bassins d'activité et d'emploi",
            MotifExemptionSru.FaibleTension => "faible tension de la demande de logement social",
            MotifExemptionSru.Inconstructibilite => "plus de la moitié du territoire urbanisé inconstructible",
            _ => Motif.ToString(),
        };
}
