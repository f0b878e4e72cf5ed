using System.Globalization;

namespace Pilotis.Domain.Demande.Cotation;

/// <summary>Libellés par défaut des critères, en français, quand l'EPCI n'en a pas saisi.</summary>
public static class LibellesCotation
{
    public static string Defaut(TypeCritere type, int parametre) =>
        type switch
        {
            TypeCritere.Dalo => "Reconnu prioritaire DALO",
            TypeCritere.AncienneteParMois => "Ancienneté de la demande (par mois)",
            TypeCritere.PremierQuartile => "Ressources sous le seuil du premier quartile",
            TypeCritere.HabiteEpci => "Habite dans l'EPCI",
            TypeCritere.TravailleEpci => "Travaille dans l'EPCI",
            TypeCritere.Handicap => "Personne en situation de handicap dans le ménage",
            TypeCritere.Mutation => "Demande de mutation (déjà locataire HLM)",
            TypeCritere.CriterePrioritaire => "Critère de priorité L441-1 : "
                + Prioritaire((CriteresPrioritaires)parametre),
            TypeCritere.Motif => "Motif : " + Motif((MotifsDemande)parametre),
            TypeCritere.SituationLogement => "Situation : " + Situation((SituationLogement)parametre),
            _ => type.ToString(),
        };

    public static string Type(TypeCritere type) =>
        type switch
        {
            TypeCritere.CriterePrioritaire => "Critère de priorité (CCH L441-1)",
            TypeCritere.Dalo => "DALO",
            TypeCritere.AncienneteParMois => "Ancienneté par mois",
            TypeCritere.Motif => "Motif de la demande",
            TypeCritere.PremierQuartile => "Premier quartile de ressources",
            TypeCritere.HabiteEpci => "Habite dans l'EPCI",
            TypeCritere.TravailleEpci => "Travaille dans l'EPCI",
            TypeCritere.Handicap => "Handicap",
            TypeCritere.Mutation => "Mutation",
            TypeCritere.SituationLogement => "Situation de logement",
            _ => type.ToString(),
        };

    public static string Prioritaire(CriteresPrioritaires c) =>
        c switch
        {
            CriteresPrioritaires.Handicap => "a) handicap",
            CriteresPrioritaires.SortieCoordinationTherapeutique =>
                "b) sortie d'appartement de coordination thérapeutique",
            CriteresPrioritaires.MalLogeDefavorise => "c) mal logé ou défavorisé",
            CriteresPrioritaires.HebergementTransition => "d) hébergé ou logé temporairement",
            CriteresPrioritaires.RepriseActivite => "e) reprise d'activité après chômage de longue durée",
            CriteresPrioritaires.HabitatIndigne => "f) habitat indigne",
            CriteresPrioritaires.Violences => "g) violences au sein du couple ou mariage forcé",
            CriteresPrioritaires.SortieProstitution => "h) sortie de la prostitution",
            CriteresPrioritaires.VictimeTraite => "i) victime de traite ou de proxénétisme",
            CriteresPrioritaires.SurOccupationAvecEnfant => "j) enfant mineur et logement sur-occupé ou non décent",
            _ => c.ToString(),
        };

    public static string Motif(MotifsDemande m) =>
        m switch
        {
            MotifsDemande.SansLogement => "sans logement",
            MotifsDemande.Heberge => "hébergé",
            MotifsDemande.LogementIndigne => "logement indigne",
            MotifsDemande.Handicap => "handicap",
            MotifsDemande.Violences => "violences",
            MotifsDemande.LoyerTropCher => "loyer trop cher",
            MotifsDemande.Divorce => "divorce, séparation",
            MotifsDemande.RapprochementTravail => "rapprochement du travail",
            MotifsDemande.LogementTropPetit => "logement trop petit",
            MotifsDemande.LogementRepris => "logement repris",
            MotifsDemande.RaisonsSante => "raisons de santé",
            MotifsDemande.Autre => "autre motif",
            _ => m.ToString(),
        };

    public static string Situation(SituationLogement s) =>
        s switch
        {
            SituationLogement.SansLogement => "sans logement",
            SituationLogement.Heberge => "hébergé",
            SituationLogement.LogementTemporaire => "logement temporaire",
            SituationLogement.LocataireParcSocial => "locataire du parc social",
            SituationLogement.LocataireParcPrive => "locataire du parc privé",
            SituationLogement.Proprietaire => "propriétaire",
            SituationLogement.Autre => "autre situation",
            _ => s.ToString(),
        };

    /// <summary>Paramètres possibles d'un type de critère (valeur, libellé) ; vide pour un type sans
    /// paramètre.</summary>
    public static IReadOnlyList<(int Valeur, string Libelle)> Parametres(TypeCritere type) =>
        type switch
        {
            TypeCritere.CriterePrioritaire => Enum.GetValues<CriteresPrioritaires>()
                .Where(c => c != CriteresPrioritaires.Aucun)
                .Select(c => ((int)c, Prioritaire(c)))
                .ToList(),
            TypeCritere.Motif => Enum.GetValues<MotifsDemande>()
                .Where(c => c != MotifsDemande.Aucun)
                .Select(c => ((int)c, Motif(c)))
                .ToList(),
            TypeCritere.SituationLogement => Enum.GetValues<SituationLogement>()
                .Select(c => ((int)c, Situation(c)))
                .ToList(),
            _ => [],
        };
}
