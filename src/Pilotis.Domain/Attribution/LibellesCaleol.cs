namespace Pilotis.Domain.Attribution;

/// <summary>Les libellés français des étapes, décisions, qualités et financements, écrits une fois.</summary>
public static class LibellesCaleol
{
    public static string Libelle(this EtapeAttribution etape) =>
        etape switch
        {
            EtapeAttribution.Declare => "déclaré",
            EtapeAttribution.Oriente => "orienté",
            EtapeAttribution.CandidatsDesignes => "candidats désignés",
            EtapeAttribution.InscritEnCommission => "inscrit en commission",
            EtapeAttribution.Attribue => "attribué",
            EtapeAttribution.BailSigne => "bail signé",
            _ => "retiré",
        };

    public static string Libelle(this NatureDecision nature) =>
        nature switch
        {
            NatureDecision.Attribution => "Attribution",
            NatureDecision.AttributionAvecRang => "Attribution par ordre de priorité",
            NatureDecision.AttributionSousCondition => "Attribution sous condition suspensive",
            NatureDecision.NonAttribution => "Non-attribution",
            _ => "Irrecevabilité",
        };

    public static string Libelle(this QualiteMembreCaleol qualite) =>
        qualite switch
        {
            QualiteMembreCaleol.AdministrateurBailleur => "Administrateur du bailleur",
            QualiteMembreCaleol.RepresentantLocataires => "Représentant des locataires",
            QualiteMembreCaleol.Maire => "Maire (ou son représentant)",
            QualiteMembreCaleol.Prefet => "Représentant du préfet",
            QualiteMembreCaleol.PresidentEpci => "Président de l'EPCI (ou son représentant)",
            _ => "Réservataire (voix consultative)",
        };

    public static string Libelle(this ExceptionTroisCandidats exception) =>
        exception switch
        {
            ExceptionTroisCandidats.Aucune => "aucune",
            ExceptionTroisCandidats.DaloDesigneParPrefet => "ménage DALO désigné par le préfet",
            ExceptionTroisCandidats.CandidatsInsuffisants => "insuffisance de candidats",
            _ => "logement PLAI adapté",
        };

    public static string Libelle(this FinancementOrigine financement) =>
        financement switch
        {
            FinancementOrigine.Plai => "PLAI",
            FinancementOrigine.PlaiAdapte => "PLAI adapté",
            FinancementOrigine.Plus => "PLUS",
            FinancementOrigine.Pls => "PLS",
            FinancementOrigine.Pli => "PLI",
            _ => "ancien régime (plafonds PLUS)",
        };

    public static string Libelle(this ReponseOffre reponse) =>
        reponse switch
        {
            ReponseOffre.EnAttente => "en attente",
            ReponseOffre.Acceptee => "acceptée",
            _ => "refusée",
        };

    public static string Libelle(this ActeurAttribution acteur) =>
        acteur switch
        {
            ActeurAttribution.Bailleur => "le bailleur",
            ActeurAttribution.Reservataire => "le réservataire (ou le bailleur hors réservation)",
            _ => "la commission (CALEOL)",
        };

    /// <summary>Vrai pour une décision qui attribue le logement (avec ou sans rang, sous condition).</summary>
    public static bool Attribue(this NatureDecision nature) =>
        nature
            is NatureDecision.Attribution
                or NatureDecision.AttributionAvecRang
                or NatureDecision.AttributionSousCondition;
}
