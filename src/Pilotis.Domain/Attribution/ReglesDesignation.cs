namespace Pilotis.Domain.Attribution;

/// <summary>
/// Désignation des candidats pour un logement : la commission examine au moins trois demandes (CCH R441-3), sauf
/// ménage reconnu DALO désigné par le préfet, insuffisance de candidats ou logement PLAI adapté. La même règle vaut à
/// la désignation et à la décision de la commission.
/// </summary>
public static class ReglesDesignation
{
    public const int CandidatsMinimum = 3;

    /// <summary>
    /// Null quand le nombre de candidats est admis ; sinon la raison du refus. <paramref name="eligiblesDisponibles"/>
    /// :
    /// combien de demandes éligibles le registre propose pour ce logement (l'insuffisance se constate, elle ne se
    /// déclare pas).
    /// </summary>
    public static string? VerifierNombre(int candidats, ExceptionTroisCandidats exception, ContexteDesignation contexte)
    {
        ArgumentNullException.ThrowIfNull(contexte);
        if (candidats < 1)
            return "Désignez au moins un candidat.";
        if (candidats >= CandidatsMinimum)
            return null;
        return exception switch
        {
            ExceptionTroisCandidats.Aucune =>
                $"La commission doit examiner au moins {CandidatsMinimum} candidats (CCH R441-3) : "
                    + $"{candidats} désigné(s). Désignez-en d'autres ou nommez l'exception qui s'applique.",
            ExceptionTroisCandidats.DaloDesigneParPrefet when !contexte.ContingentPrefet =>
                "L'exception « ménage DALO désigné par le préfet » ne vaut que pour un logement du contingent "
                    + "préfectoral.",
            ExceptionTroisCandidats.DaloDesigneParPrefet when !contexte.TousDalo =>
                "L'exception « ménage DALO désigné par le préfet » suppose que chaque candidat désigné soit reconnu "
                    + "DALO.",
            ExceptionTroisCandidats.PlaiAdapte when !contexte.PlaiAdapte =>
                "L'exception « PLAI adapté » ne vaut que pour un logement financé en PLAI adapté.",
            ExceptionTroisCandidats.CandidatsInsuffisants when contexte.EligiblesDisponibles >= CandidatsMinimum =>
                $"Le registre compte {contexte.EligiblesDisponibles} demandes éligibles pour ce logement : "
                    + "l'insuffisance de candidats ne peut pas être invoquée.",
            _ => null,
        };
    }
}
