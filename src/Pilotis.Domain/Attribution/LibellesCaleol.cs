namespace Pilotis.Domain.Attribution;

/// <summary>Les libellés français des qualités des membres, des réponses aux offres et des acteurs, écrits une fois
/// (étapes et financements : <see cref="CodesParc"/> ; décisions et exceptions : <see
/// cref="LibellesAttribution"/>).</summary>
public static class LibellesCaleol
{
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
