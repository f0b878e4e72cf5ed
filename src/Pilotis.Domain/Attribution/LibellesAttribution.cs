namespace Pilotis.Domain.Attribution;

/// <summary>Libellés français des valeurs de l'attribution : une seule table par type (ADR 0010).</summary>
public static class LibellesAttribution
{
    public static string Libelle(this MotifExclusionFlux m) =>
        m switch
        {
            MotifExclusionFlux.Aucun => "Dans le flux",
            MotifExclusionFlux.MutationInterne => "Mutation interne",
            MotifExclusionFlux.RelogementAnru => "Relogement ANRU (renouvellement urbain)",
            MotifExclusionFlux.RelogementOrcod => "Relogement ORCOD",
            MotifExclusionFlux.RelogementHabitatIndigne => "Relogement d'habitat indigne",
            MotifExclusionFlux.Vente => "Vente du logement",
            _ => m.ToString(),
        };

    public static string Libelle(this ExceptionTroisCandidats e) =>
        e switch
        {
            ExceptionTroisCandidats.Aucune => "Aucune",
            ExceptionTroisCandidats.DaloDesigneParPrefet => "Ménage DALO désigné par le préfet",
            ExceptionTroisCandidats.CandidatsInsuffisants => "Insuffisance de candidats",
            ExceptionTroisCandidats.PlaiAdapte => "Logement PLAI adapté",
            _ => e.ToString(),
        };

    public static string Libelle(this NatureDecision n) =>
        n switch
        {
            NatureDecision.Attribution => "Attribution",
            NatureDecision.AttributionAvecRang => "Attribution par ordre de priorité",
            NatureDecision.AttributionSousCondition => "Attribution sous condition suspensive",
            NatureDecision.NonAttribution => "Non-attribution",
            NatureDecision.Irrecevabilite => "Irrecevabilité",
            _ => n.ToString(),
        };
}
