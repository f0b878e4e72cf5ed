namespace Pilotis.Domain.Demande;

/// <summary>
/// Codes d'échange des demandes (import de l'extrait du registre national, générateur) et leurs libellés français.
/// Un seul endroit : docs/formats/demandes.md est vérifié contre ces tables par un test. Les codes se lisent sans
/// tenir compte de la casse.
/// </summary>
public static class CodesDemande
{
    public static IReadOnlyList<(StatutDemande Valeur, string Code, string Libelle)> Statuts { get; } =
    [
        (StatutDemande.Active, "active", "Active (en cours de validité ou à renouveler)"),
        (StatutDemande.Radiee, "radiee", "Radiée (CCH R441-2-8)"),
        (StatutDemande.Satisfaite, "satisfaite", "Satisfaite (logement attribué)"),
    ];

    public static IReadOnlyList<(MotifRadiation Valeur, string Code, string Libelle)> MotifsRadiation { get; } =
    [
        (MotifRadiation.Attribution, "attribution", "Attribution d'un logement"),
        (MotifRadiation.NonRenouvellement, "non-renouvellement", "Non-renouvellement dans le délai"),
        (MotifRadiation.Renonciation, "renonciation", "Renonciation du demandeur"),
        (MotifRadiation.Irrecevabilite, "irrecevabilite", "Irrecevabilité"),
        (MotifRadiation.AbsenceReponse, "absence-reponse", "Absence de réponse"),
    ];

    public static IReadOnlyList<(LienMembre Valeur, string Code, string Libelle)> Liens { get; } =
    [
        (LienMembre.Demandeur, "demandeur", "Demandeur"),
        (LienMembre.ConjointOuCoDemandeur, "conjoint", "Conjoint ou codemandeur"),
        (LienMembre.Enfant, "enfant", "Enfant"),
        (LienMembre.Ascendant, "ascendant", "Ascendant"),
        (LienMembre.AutrePersonne, "autre", "Autre personne"),
    ];

    public static IReadOnlyList<(SituationLogement Valeur, string Code, string Libelle)> Situations { get; } =
    [
        (SituationLogement.SansLogement, "sans-logement", "Sans logement"),
        (SituationLogement.Heberge, "heberge", "Hébergé (famille, tiers)"),
        (SituationLogement.LogementTemporaire, "temporaire", "Logement temporaire ou structure d'hébergement"),
        (SituationLogement.LocataireParcSocial, "parc-social", "Locataire du parc social"),
        (SituationLogement.LocataireParcPrive, "parc-prive", "Locataire du parc privé"),
        (SituationLogement.Proprietaire, "proprietaire", "Propriétaire occupant"),
        (SituationLogement.Autre, "autre", "Autre"),
    ];

    public static IReadOnlyList<(MotifsDemande Valeur, string Code, string Libelle)> Motifs { get; } =
    [
        (MotifsDemande.SansLogement, "sans-logement", "Sans logement"),
        (MotifsDemande.Heberge, "heberge", "Hébergé"),
        (MotifsDemande.LogementIndigne, "indigne", "Logement indigne ou insalubre"),
        (MotifsDemande.Handicap, "handicap", "Handicap (logement inadapté)"),
        (MotifsDemande.Violences, "violences", "Violences familiales"),
        (MotifsDemande.LoyerTropCher, "loyer-trop-cher", "Loyer trop cher"),
        (MotifsDemande.Divorce, "divorce", "Divorce, séparation"),
        (MotifsDemande.RapprochementTravail, "rapprochement-travail", "Rapprochement du lieu de travail"),
        (MotifsDemande.LogementTropPetit, "trop-petit", "Logement trop petit"),
        (MotifsDemande.LogementRepris, "repris", "Logement repris ou mis en vente"),
        (MotifsDemande.RaisonsSante, "sante", "Raisons de santé"),
        (MotifsDemande.Autre, "autre", "Autre motif"),
    ];

    public static IReadOnlyList<(Typologies Valeur, string Code, string Libelle)> TypologiesCodes { get; } =
    [
        (Typologies.T1, "t1", "T1"),
        (Typologies.T2, "t2", "T2"),
        (Typologies.T3, "t3", "T3"),
        (Typologies.T4, "t4", "T4"),
        (Typologies.T5, "t5", "T5"),
        (Typologies.T6Plus, "t6", "T6 et plus"),
    ];

    /// <summary>Critères de l'article L441-1 du CCH, par leur lettre.</summary>
    public static IReadOnlyList<(CriteresPrioritaires Valeur, string Code, string Libelle)> Criteres { get; } =
    [
        (
            CriteresPrioritaires.Handicap,
            "a",
            "a) Handicap (personne ou famille ayant à charge une personne handicapée)"
        ),
        (
            CriteresPrioritaires.SortieCoordinationTherapeutique,
            "b",
            "b) Sortie d'un appartement de coordination thérapeutique"
        ),
        (CriteresPrioritaires.MalLogeDefavorise, "c", "c) Mal logé ou défavorisé"),
        (
            CriteresPrioritaires.HebergementTransition,
            "d",
            "d) Hébergé ou logé temporairement (établissement, logement de transition)"
        ),
        (CriteresPrioritaires.RepriseActivite, "e", "e) Reprise d'activité après un chômage de longue durée"),
        (CriteresPrioritaires.HabitatIndigne, "f", "f) Habitat indigne"),
        (CriteresPrioritaires.Violences, "g", "g) Violences au sein du couple ou menace de mariage forcé"),
        (CriteresPrioritaires.SortieProstitution, "h", "h) Parcours de sortie de la prostitution"),
        (CriteresPrioritaires.VictimeTraite, "i", "i) Victime de traite ou de proxénétisme"),
        (
            CriteresPrioritaires.SurOccupationAvecEnfant,
            "j",
            "j) Enfant mineur à charge et local sur-occupé ou non décent"
        ),
    ];

    /// <summary>Valeurs d'un champ oui/non (les deux formes sont acceptées).</summary>
    public static IReadOnlyList<(bool Valeur, string Code)> Booleens { get; } =
    [(true, "oui"), (false, "non"), (true, "1"), (false, "0")];

    /// <summary>Séparateur des valeurs multiples dans une cellule (membres, motifs, communes, typologies, critères).</summary>
    public const char Separateur = '|';

    public static bool Lire<T>(
        IReadOnlyList<(T Valeur, string Code, string Libelle)> table,
        ReadOnlySpan<char> code,
        out T valeur
    )
    {
        ArgumentNullException.ThrowIfNull(table);
        var nettoye = code.Trim();
        foreach (var (v, c, _) in table)
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

    public static string Code<T>(IReadOnlyList<(T Valeur, string Code, string Libelle)> table, T valeur)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var (v, c, _) in table)
            if (EqualityComparer<T>.Default.Equals(v, valeur))
                return c;
        throw new ArgumentOutOfRangeException(nameof(valeur), valeur, "Valeur sans code d'échange.");
    }

    /// <summary>Codes d'un ensemble de drapeaux, dans l'ordre de la table, séparés par « | » ; vide pour aucun.</summary>
    public static string Codes<T>(IReadOnlyList<(T Valeur, string Code, string Libelle)> table, T drapeaux)
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
}
