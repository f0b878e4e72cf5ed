using System.Globalization;

namespace Pilotis.Domain.Demande;

/// <summary>
/// Ce que la cotation lit d'une demande : seulement les colonnes utiles, pour coter en masse depuis une projection
/// (sans charger les communes souhaitées ni les membres) comme depuis une demande complète.
/// </summary>
public readonly record struct DonneesCotation(
    bool Dalo,
    CriteresPrioritaires CriteresPrioritaires,
    MotifsDemande Motifs,
    SituationLogement SituationLogement,
    DateOnly DateDepot,
    decimal RessourcesParUc,
    string? CommuneResidenceCode,
    string? CommuneTravailCode,
    bool Handicap,
    bool Mutation
)
{
    public static DonneesCotation De(DemandeLogement d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Dalo,
            d.CriteresPrioritaires,
            d.Motifs,
            d.SituationLogement,
            d.DateDepot,
            d.RessourcesParUc,
            d.CommuneResidenceCode,
            d.CommuneTravailCode,
            d.Handicap,
            d.Mutation
        );
    }
}

/// <summary>
/// Calcul du score d'une demande avec une grille de cotation (CCH L441-2-8) : un total et, pour chaque critère,
/// les points rapportés et une explication en français. Le score aide la décision, il ne la prend pas (DOMAIN §4.2).
/// Le même calcul sert au recalcul en masse (<see cref="Total"/>, sans texte) et à l'explication (<see cref="Calculer"/>).
/// </summary>
public static class CalculCotation
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Une demande radiée, satisfaite ou purgée n'est pas cotée : seules les demandes actives sont classées.</summary>
    public static bool EstCotable(DemandeLogement demande)
    {
        ArgumentNullException.ThrowIfNull(demande);
        return demande.Statut == StatutDemande.Active && !demande.EstPurgee;
    }

    /// <summary>Score expliqué critère par critère ; null pour une demande non cotable (radiée, satisfaite, purgée).</summary>
    public static ScoreExplique? Calculer(
        IReadOnlyList<CritereCotation> criteres,
        DemandeLogement demande,
        ContexteCotation contexte
    )
    {
        ArgumentNullException.ThrowIfNull(demande);
        return EstCotable(demande) ? Calculer(criteres, DonneesCotation.De(demande), contexte) : null;
    }

    public static ScoreExplique Calculer(
        IReadOnlyList<CritereCotation> criteres,
        in DonneesCotation demande,
        ContexteCotation contexte
    )
    {
        ArgumentNullException.ThrowIfNull(criteres);
        ArgumentNullException.ThrowIfNull(contexte);
        var lignes = new List<LigneScore>(criteres.Count);
        var total = 0m;
        foreach (var critere in criteres)
        {
            var points = Points(critere, demande, contexte);
            total += points;
            lignes.Add(new LigneScore(critere, points, Expliquer(critere, demande, contexte, points)));
        }
        return new ScoreExplique(total, lignes);
    }

    /// <summary>Total seul, sans allocation : pour coter des millions de demandes.</summary>
    public static decimal Total(
        IReadOnlyList<CritereCotation> criteres,
        in DonneesCotation demande,
        ContexteCotation contexte
    )
    {
        ArgumentNullException.ThrowIfNull(criteres);
        ArgumentNullException.ThrowIfNull(contexte);
        var total = 0m;
        for (var i = 0; i < criteres.Count; i++)
            total += Points(criteres[i], demande, contexte);
        return total;
    }

    /// <summary>Mois entiers écoulés du dépôt à la date (0 si la date précède le dépôt).</summary>
    public static int MoisEntiers(DateOnly depuis, DateOnly jusqua)
    {
        var mois = (jusqua.Year - depuis.Year) * 12 + jusqua.Month - depuis.Month;
        if (jusqua.Day < depuis.Day)
            mois--;
        return Math.Max(0, mois);
    }

    /// <summary>Points rapportés par un critère.</summary>
    public static decimal Points(CritereCotation critere, in DonneesCotation d, ContexteCotation contexte)
    {
        ArgumentNullException.ThrowIfNull(critere);
        ArgumentNullException.ThrowIfNull(contexte);
        return critere.Type switch
        {
            TypeCritere.AncienneteParMois => Anciennete(critere, MoisEntiers(d.DateDepot, contexte.Date)),
            _ => Satisfait(critere, d, contexte) ? critere.Points : 0m,
        };
    }

    private static decimal Anciennete(CritereCotation critere, int mois)
    {
        var brut = mois * critere.Points;
        return critere.Plafond is { } plafond && brut > plafond ? plafond : brut;
    }

    private static bool Satisfait(CritereCotation c, in DonneesCotation d, ContexteCotation contexte) =>
        c.Type switch
        {
            TypeCritere.Dalo => d.Dalo,
            TypeCritere.CriterePrioritaire => c.Parametre != 0
                && ((int)d.CriteresPrioritaires & c.Parametre) == c.Parametre,
            TypeCritere.Motif => c.Parametre != 0 && ((int)d.Motifs & c.Parametre) == c.Parametre,
            TypeCritere.SituationLogement => (int)d.SituationLogement == c.Parametre,
            TypeCritere.PremierQuartile => contexte.SeuilPremierQuartile is { } seuil && d.RessourcesParUc <= seuil,
            TypeCritere.HabiteEpci => d.CommuneResidenceCode is { } r && contexte.CommunesEpci.Contains(r),
            TypeCritere.TravailleEpci => d.CommuneTravailCode is { } t && contexte.CommunesEpci.Contains(t),
            TypeCritere.Handicap => d.Handicap,
            TypeCritere.Mutation => d.Mutation,
            _ => false,
        };

    private static string Expliquer(CritereCotation c, in DonneesCotation d, ContexteCotation contexte, decimal points)
    {
        var libelle = string.IsNullOrWhiteSpace(c.Libelle) ? LibellesCotation.Defaut(c.Type, c.Parametre) : c.Libelle;
        switch (c.Type)
        {
            case TypeCritere.AncienneteParMois:
                var mois = MoisEntiers(d.DateDepot, contexte.Date);
                var plafond = c.Plafond is { } p ? $" (plafond {Nombre(p)})" : "";
                return $"Ancienneté : {mois} mois × {Nombre(c.Points)} point{(Math.Abs(c.Points) > 1 ? "s" : "")} = {Nombre(points)}{plafond}";
            case TypeCritere.PremierQuartile:
                if (contexte.SeuilPremierQuartile is not { } seuil)
                    return "Seuil du premier quartile inconnu pour cet EPCI : 0";
                return d.RessourcesParUc <= seuil
                    ? $"Ressources par UC {Euros(d.RessourcesParUc)} ≤ seuil du premier quartile {Euros(seuil)} : {Signe(points)}"
                    : $"Ressources par UC {Euros(d.RessourcesParUc)} > seuil du premier quartile {Euros(seuil)} : 0";
            case TypeCritere.HabiteEpci:
                return points != 0 ? $"Habite dans l'EPCI : {Signe(points)}"
                    : d.CommuneTravailCode is { } t && contexte.CommunesEpci.Contains(t)
                        ? "N'habite pas dans l'EPCI : 0"
                    : "N'habite pas et ne travaille pas dans l'EPCI : 0";
            case TypeCritere.TravailleEpci:
                return points != 0 ? $"Travaille dans l'EPCI : {Signe(points)}"
                    : d.CommuneResidenceCode is { } r && contexte.CommunesEpci.Contains(r)
                        ? "Ne travaille pas dans l'EPCI : 0"
                    : "N'habite pas et ne travaille pas dans l'EPCI : 0";
            default:
                return Satisfait(c, d, contexte) ? $"{libelle} : {Signe(points)}" : $"{libelle} : non concerné, 0";
        }
    }

    /// <summary>Nombre à la française : espaces des milliers, décimales seulement si utiles.</summary>
    public static string Nombre(decimal valeur) => valeur.ToString("#,0.##", Fr);

    public static string Euros(decimal valeur) => Nombre(valeur) + " €";

    public static string Signe(decimal valeur) => valeur > 0 ? "+" + Nombre(valeur) : Nombre(valeur);
}

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

    /// <summary>Paramètres possibles d'un type de critère (valeur, libellé) ; vide pour un type sans paramètre.</summary>
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
