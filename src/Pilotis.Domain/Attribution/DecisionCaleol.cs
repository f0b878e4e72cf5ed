namespace Pilotis.Domain.Attribution;

/// <summary>La décision de la commission pour un candidat, puis l'offre de logement qui en découle et la
/// réponse.</summary>
public sealed class DecisionCaleol
{
    public const int LongueurMotifMaximum = 500;

    public int Id { get; set; }
    public int SeanceId { get; set; }
    public int LogementAAttribuerId { get; set; }
    public long DemandeId { get; set; }
    public NatureDecision Nature { get; set; }

    /// <summary>Rang d'une attribution par ordre de priorité (1 : premier).</summary>
    public int? Rang { get; set; }

    /// <summary>Motif d'une non-attribution ou d'une irrecevabilité, ou condition suspensive.</summary>
    public string? Motif { get; set; }

    /// <summary>Voix pour et contre quand la décision a été votée (facultatif : décision par consensus).</summary>
    public int? VotesPour { get; set; }

    public int? VotesContre { get; set; }

    /// <summary>Vrai quand l'égalité des voix a été tranchée par la voix prépondérante (règlement intérieur).
    /// </summary>
    public bool VoixPreponderanteUtilisee { get; set; }

    public DateOnly? DateOffre { get; set; }
    public ReponseOffre Reponse { get; set; }
    public string? MotifRefus { get; set; }
    public DateOnly? DateReponse { get; set; }
}
