namespace Pilotis.Domain.Demande;

/// <summary>
/// Une ligne de l'index de classement : une demande active souhaitant une commune, avec ce qu'il faut pour choisir et
/// ordonner les candidats d'un logement de cette commune sans relire la demande (ADR 0020). Recopie dérivée de la
/// demande et de sa cotation (CCH L441-2-8) ; elle ne décide de rien : l'éligibilité reste celle du domaine, et la
/// demande est relue (statut actif) pour chaque candidat retenu.
/// </summary>
public sealed class ClassementDemande
{
    /// <summary>Clé de tri d'une demande sans score : après toutes les demandes cotées.</summary>
    public const long CleSansScore = long.MinValue;

    public long DemandeId { get; set; }
    public int Rang { get; set; }
    public required string CommuneCode { get; set; }

    /// <summary>Le score en centièmes (score à deux décimales), <see cref="CleSansScore"/> sans score : un entier
    /// se trie de la même façon sur les deux bases (SQLite range les décimaux en texte).</summary>
    public long CleScore { get; set; }

    public DateOnly DateDepot { get; set; }
    public Typologies TypologiesSouhaitees { get; set; }
    public ProduitsEligibles ProduitsEligibles { get; set; }
    public int NombrePersonnes { get; set; }

    /// <summary>La clé de tri d'un score : même ordre que <see cref="OrdreClassement"/> (score décroissant, sans
    /// score en dernier).</summary>
    public static long Cle(decimal? score) =>
        score is decimal s ? (long)decimal.Round(s * 100m, 0, MidpointRounding.AwayFromZero) : CleSansScore;
}
