namespace Pilotis.Domain.Demande;

/// <summary>
/// Codes d'échange des demandes (import de l'extrait du registre national, générateur) et leurs libellés français.
/// Un seul endroit : docs/formats/demandes.md est vérifié contre ces tables par un test. Les codes se lisent sans
/// tenir compte de la casse.
/// </summary>
public static class CodesDemande
{
    public static IReadOnlyList<(StatutDemande Valeur, string Code, string Libelle, string Court)> Statuts { get; } =
    [
        (StatutDemande.Active, "active", "Active (en cours de validité ou à renouveler)", "Active"),
        (StatutDemande.Radiee, "radiee", "Radiée (CCH R441-2-8)", "Radiée"),
        (StatutDemande.Satisfaite, "satisfaite", "Satisfaite (logement attribué)", "Satisfaite"),
    ];

    /// <summary>
    /// États affichés d'une demande (le statut enregistré et l'échéance de renouvellement) : le libellé long sur la
    /// page du demandeur, le court dans le registre et ses filtres.
    /// </summary>
    public static IReadOnlyList<(EtatDemande Valeur, string Code, string Libelle, string Court)> Etats { get; } =
    [
        (EtatDemande.Active, "active", "Active", "Active"),
        (EtatDemande.ARenouveler, "a-renouveler", "À renouveler", "À renouveler"),
        (EtatDemande.Radiee, "radiee", "Radiée", "Radiée"),
        (EtatDemande.Satisfaite, "satisfaite", "Satisfaite (un logement a été attribué)", "Satisfaite"),
    ];

    /// <summary>Le court se lit dans une phrase (« radiée pour … »).</summary>
    public static IReadOnlyList<(
        MotifRadiation Valeur,
        string Code,
        string Libelle,
        string Court
    )> MotifsRadiation { get; } =
    [
        (MotifRadiation.Attribution, "attribution", "Attribution d'un logement", "attribution d'un logement"),
        (
            MotifRadiation.NonRenouvellement,
            "non-renouvellement",
            "Non-renouvellement dans le délai",
            "non-renouvellement"
        ),
        (MotifRadiation.Renonciation, "renonciation", "Renonciation du demandeur", "renonciation du demandeur"),
        (MotifRadiation.Irrecevabilite, "irrecevabilite", "Irrecevabilité", "irrecevabilité"),
        (MotifRadiation.AbsenceReponse, "absence-reponse", "Absence de réponse", "absence de réponse"),
    ];

    public static IReadOnlyList<(LienMembre Valeur, string Code, string Libelle, string Court)> Liens { get; } =
    [
        (LienMembre.Demandeur, "demandeur", "Demandeur", "Demandeur"),
        (LienMembre.ConjointOuCoDemandeur, "conjoint", "Conjoint ou codemandeur", "Conjoint ou codemandeur"),
        (LienMembre.Enfant, "enfant", "Enfant", "Enfant"),
        (LienMembre.Ascendant, "ascendant", "Ascendant", "Ascendant"),
        (LienMembre.AutrePersonne, "autre", "Autre personne", "Autre personne"),
    ];

    /// <summary>Situation de logement actuelle (formulaire CERFA 14069) : la rédaction montrée par les pages.</summary>
    public static IReadOnlyList<(
        SituationLogement Valeur,
        string Code,
        string Libelle,
        string Court
    )> Situations { get; } =
    [
        (SituationLogement.SansLogement, "sans-logement", "Sans logement", "Sans logement"),
        (
            SituationLogement.Heberge,
            "heberge",
            "Hébergé (famille, amis, structure)",
            "Hébergé (famille, amis, structure)"
        ),
        (SituationLogement.LogementTemporaire, "temporaire", "Logement temporaire", "Logement temporaire"),
        (SituationLogement.LocataireParcSocial, "parc-social", "Locataire du parc social", "Locataire du parc social"),
        (SituationLogement.LocataireParcPrive, "parc-prive", "Locataire du parc privé", "Locataire du parc privé"),
        (SituationLogement.Proprietaire, "proprietaire", "Propriétaire", "Propriétaire"),
        (SituationLogement.Autre, "autre", "Autre", "Autre"),
    ];

    /// <summary>Motifs de la demande : le court dans les formulaires et la fiche.</summary>
    public static IReadOnlyList<(MotifsDemande Valeur, string Code, string Libelle, string Court)> Motifs { get; } =
    [
        (MotifsDemande.SansLogement, "sans-logement", "Sans logement", "Sans logement"),
        (MotifsDemande.Heberge, "heberge", "Hébergé", "Hébergé"),
        (MotifsDemande.LogementIndigne, "indigne", "Logement indigne ou insalubre", "Logement indigne ou insalubre"),
        (MotifsDemande.Handicap, "handicap", "Handicap (logement inadapté)", "Handicap"),
        (MotifsDemande.Violences, "violences", "Violences familiales", "Violences familiales"),
        (MotifsDemande.LoyerTropCher, "loyer-trop-cher", "Loyer trop cher", "Loyer trop cher"),
        (MotifsDemande.Divorce, "divorce", "Divorce, séparation", "Divorce, séparation"),
        (
            MotifsDemande.RapprochementTravail,
            "rapprochement-travail",
            "Rapprochement du lieu de travail",
            "Rapprochement du lieu de travail"
        ),
        (MotifsDemande.LogementTropPetit, "trop-petit", "Logement trop petit", "Logement trop petit"),
        (MotifsDemande.LogementRepris, "repris", "Logement repris ou mis en vente", "Logement repris ou mis en vente"),
        (MotifsDemande.RaisonsSante, "sante", "Raisons de santé", "Raisons de santé"),
        (MotifsDemande.Autre, "autre", "Autre motif", "Autre motif"),
    ];

    /// <summary>Typologies : le libellé long dans les tableaux de bord et la cotation, le court dans le
    /// registre.</summary>
    public static IReadOnlyList<(
        Typologies Valeur,
        string Code,
        string Libelle,
        string Court
    )> TypologiesCodes { get; } =
    [
        (Typologies.T1, "t1", "T1", "T1"),
        (Typologies.T2, "t2", "T2", "T2"),
        (Typologies.T3, "t3", "T3", "T3"),
        (Typologies.T4, "t4", "T4", "T4"),
        (Typologies.T5, "t5", "T5", "T5"),
        (Typologies.T6Plus, "t6", "T6 et plus", "T6+"),
    ];

    /// <summary>
    /// Critères de l'article L441-1 du CCH, par leur lettre : la rédaction légale dans les formulaires, le libellé
    /// court dans les tableaux de bord.
    /// </summary>
    public static IReadOnlyList<(
        CriteresPrioritaires Valeur,
        string Code,
        string Libelle,
        string Court
    )> Criteres { get; } =
    [
        (
            CriteresPrioritaires.Handicap,
            "a",
            "a) Personnes en situation de handicap ou familles ayant à leur charge une personne en situation de "
                + "handicap",
            "a) Handicap"
        ),
        (
            CriteresPrioritaires.SortieCoordinationTherapeutique,
            "b",
            "b) Personnes sortant d'un appartement de coordination thérapeutique",
            "b) Sortie d'appartement de coordination thérapeutique"
        ),
        (
            CriteresPrioritaires.MalLogeDefavorise,
            "c",
            "c) Personnes mal logées ou défavorisées et personnes rencontrant des difficultés particulières de "
                + "logement",
            "c) Mal logé ou défavorisé"
        ),
        (
            CriteresPrioritaires.HebergementTransition,
            "d",
            "d) Personnes hébergées ou logées temporairement dans un établissement ou un logement de transition",
            "d) Hébergé ou logé temporairement"
        ),
        (
            CriteresPrioritaires.RepriseActivite,
            "e",
            "e) Personnes reprenant une activité après une période de chômage de longue durée",
            "e) Reprise d'activité après chômage de longue durée"
        ),
        (
            CriteresPrioritaires.HabitatIndigne,
            "f",
            "f) Personnes exposées à des situations d'habitat indigne",
            "f) Habitat indigne"
        ),
        (
            CriteresPrioritaires.Violences,
            "g",
            "g) Personnes victimes de violences au sein du couple ou menacées de mariage forcé",
            "g) Violences au sein du couple"
        ),
        (
            CriteresPrioritaires.SortieProstitution,
            "h",
            "h) Personnes engagées dans le parcours de sortie de la prostitution et d'insertion sociale et "
                + "professionnelle",
            "h) Sortie de la prostitution"
        ),
        (
            CriteresPrioritaires.VictimeTraite,
            "i",
            "i) Personnes victimes de l'une des infractions de traite des êtres humains ou de proxénétisme",
            "i) Victime de traite ou de proxénétisme"
        ),
        (
            CriteresPrioritaires.SurOccupationAvecEnfant,
            "j",
            "j) Personnes ayant à leur charge un enfant mineur et logées dans des locaux manifestement sur-occupés "
                + "ou ne présentant pas le caractère d'un logement décent",
            "j) Enfant mineur en logement sur-occupé ou non décent"
        ),
    ];

    /// <summary>Valeurs d'un champ oui/non (les deux formes sont acceptées).</summary>
    public static IReadOnlyList<(bool Valeur, string Code)> Booleens { get; } =
    [(true, "oui"), (false, "non"), (true, "1"), (false, "0")];

    /// <summary>Séparateur des valeurs multiples dans une cellule (membres, motifs, communes, typologies,
    /// critères).</summary>
    public const char Separateur = '|';

    public static bool Lire<T>(
        IReadOnlyList<(T Valeur, string Code, string Libelle, string Court)> table,
        ReadOnlySpan<char> code,
        out T valeur
    )
    {
        ArgumentNullException.ThrowIfNull(table);
        var nettoye = code.Trim();
        foreach (var (v, c, _, _) in table)
        {
            if (nettoye.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                valeur = v;
                return true;
            }
        }
        valeur = default!;
        return false;
    }

    public static bool LireBooleen(ReadOnlySpan<char> code, out bool valeur)
    {
        var nettoye = code.Trim();
        foreach (var (v, c) in Booleens)
        {
            if (nettoye.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                valeur = v;
                return true;
            }
        }
        valeur = false;
        return false;
    }

    public static string Code<T>(IReadOnlyList<(T Valeur, string Code, string Libelle, string Court)> table, T valeur)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var (v, c, _, _) in table)
            if (EqualityComparer<T>.Default.Equals(v, valeur))
                return c;
        throw new ArgumentOutOfRangeException(nameof(valeur), valeur, "Valeur sans code d'échange.");
    }

    /// <summary>Codes d'un ensemble de drapeaux, dans l'ordre de la table, séparés par « | » ; vide pour
    /// aucun.</summary>
    public static string Codes<T>(
        IReadOnlyList<(T Valeur, string Code, string Libelle, string Court)> table,
        T drapeaux
    )
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(table);
        var bits = Convert.ToInt64(drapeaux, System.Globalization.CultureInfo.InvariantCulture);
        return string.Join(
            Separateur,
            table
                .Where(t => (bits & Convert.ToInt64(t.Valeur, System.Globalization.CultureInfo.InvariantCulture)) != 0)
                .Select(t => t.Code)
        );
    }

    public static string Oui(bool valeur) => valeur ? "oui" : "non";

    /// <summary>Libellé (long) d'une valeur de la table.</summary>
    public static string Libelle<T>(
        IReadOnlyList<(T Valeur, string Code, string Libelle, string Court)> table,
        T valeur
    )
        where T : struct, Enum => Ligne(table, valeur).Libelle;

    /// <summary>Libellé court d'une valeur de la table.</summary>
    public static string Court<T>(IReadOnlyList<(T Valeur, string Code, string Libelle, string Court)> table, T valeur)
        where T : struct, Enum => Ligne(table, valeur).Court;

    /// <summary>Libellés d'un ensemble de drapeaux, dans l'ordre de la table, séparés par une virgule.</summary>
    public static string Libelles<T>(
        IReadOnlyList<(T Valeur, string Code, string Libelle, string Court)> table,
        T drapeaux,
        bool courts = false
    )
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(table);
        var bits = Convert.ToInt64(drapeaux, System.Globalization.CultureInfo.InvariantCulture);
        return string.Join(
            ", ",
            table
                .Where(t => (bits & Convert.ToInt64(t.Valeur, System.Globalization.CultureInfo.InvariantCulture)) != 0)
                .Select(t => courts ? t.Court : t.Libelle)
        );
    }

    private static (T Valeur, string Code, string Libelle, string Court) Ligne<T>(
        IReadOnlyList<(T Valeur, string Code, string Libelle, string Court)> table,
        T valeur
    )
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var ligne in table)
            if (EqualityComparer<T>.Default.Equals(ligne.Valeur, valeur))
                return ligne;
        throw new ArgumentOutOfRangeException(nameof(valeur), valeur, "Valeur sans libellé.");
    }
}
