namespace Pilotis.Domain.Financement;

/// <summary>
/// Une recherche faite dans le catalogue, pour les indicateurs (recherches par mois, recherches sans résultat pour
/// améliorer les synonymes). Ni compte, ni adresse, ni organisation : aucune donnée personnelle n'est gardée.
/// </summary>
public sealed class RechercheAide
{
    public long Id { get; set; }
    public DateOnly Jour { get; set; }
    public required string Texte { get; set; }
    public int Resultats { get; set; }

    public const int LongueurTexteMaximum = 200;
}
