namespace Pilotis.Domain.Demande;

/// <summary>
/// Durées de vie d'une demande (CCH R441-2-8, DOMAIN §4) : valable un an à compter du dépôt ou du dernier
/// renouvellement ; « à renouveler » dans le mois qui précède la fin de validité ; radiée pour non-renouvellement
/// un mois après (13 mois), réactivable tant que ses données n'ont pas été purgées ; données personnelles effacées
/// après la radiation et le délai de conservation (paramètre, un an par défaut, RGPD). Les durées de validité et de
/// radiation sont celles de la ligne de <see cref="ParametresLegauxDemande"/> en vigueur au dépôt ou au dernier
/// renouvellement : c'est à cette date qu'elles sont calculées.
/// </summary>
public static class EcheancesDemande
{
    public const int MoisPreavisRenouvellement = 1;
    public const int JoursConservationParDefaut = 365;

    public static DateOnly FinValidite(DateOnly depot, DateOnly? renouvellement)
    {
        var depart = renouvellement ?? depot;
        return depart.AddMonths(ParametresLegauxDemande.EnVigueur(depart).MoisValidite);
    }

    /// <summary>Date à laquelle une demande non renouvelée est radiée (13 mois après le dépôt ou le
    /// renouvellement).</summary>
    public static DateOnly RadiationAutomatique(DemandeLogement d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return Radiation(d.DateRenouvellement ?? d.DateDepot);
    }

    private static DateOnly Radiation(DateOnly depart) =>
        depart.AddMonths(ParametresLegauxDemande.EnVigueur(depart).MoisAvantRadiation);

    /// <summary>Date à partir de laquelle les données personnelles d'une demande radiée ou satisfaite sont
    /// effacées.</summary>
    public static DateOnly? PurgePrevue(DemandeLogement d, int joursConservation) =>
        d.Statut == StatutDemande.Active || d.DateRadiation is null
            ? null
            : d.DateRadiation.Value.AddDays(joursConservation);

    public static EtatDemande Etat(DemandeLogement d, DateOnly aujourdhui) =>
        d.Statut switch
        {
            StatutDemande.Radiee => EtatDemande.Radiee,
            StatutDemande.Satisfaite => EtatDemande.Satisfaite,
            _ when aujourdhui >= d.DateFinValidite.AddMonths(-MoisPreavisRenouvellement) => EtatDemande.ARenouveler,
            _ => EtatDemande.Active,
        };

    /// <summary>Une demande active dont la radiation automatique est atteinte.</summary>
    public static bool ARadier(DemandeLogement d, DateOnly aujourdhui) =>
        d.Statut == StatutDemande.Active && aujourdhui >= RadiationAutomatique(d);

    public static bool APurger(DemandeLogement d, DateOnly aujourdhui, int joursConservation) =>
        !d.EstPurgee && PurgePrevue(d, joursConservation) is { } date && aujourdhui >= date;

    /// <summary>
    /// Pour filtrer en SQL : la dernière date de dépôt ou de renouvellement dont la radiation automatique est atteinte
    /// à <paramref name="aujourdhui"/> (« base + 13 mois ≤
    /// aujourd'hui » ⇔ « base ≤ seuil », AddMonths étant croissante ;
    /// le seuil est ajusté jour par jour pour les fins de mois, 29 février compris).
    /// </summary>
    public static DateOnly DerniereBaseARadier(DateOnly aujourdhui)
    {
        // Les durées sont lues à chaque base candidate : la radiation est croissante avec la base tant qu'un nouveau
        // texte ne raccourcit pas le délai.
        var seuil = aujourdhui.AddMonths(-ParametresLegauxDemande.EnVigueur(aujourdhui).MoisAvantRadiation);
        while (Radiation(seuil) > aujourdhui)
            seuil = seuil.AddDays(-1);
        while (Radiation(seuil.AddDays(1)) <= aujourdhui)
            seuil = seuil.AddDays(1);
        return seuil;
    }

    /// <summary>
    /// Écart minimal entre la fin de validité (+12 mois) et la radiation automatique (+13 mois) : 28 jours par mois
    /// d'écart (un mois de février).
    /// </summary>
    public static int JoursMinimumEntreFinValiditeEtRadiation(DateOnly date)
    {
        var p = ParametresLegauxDemande.EnVigueur(date);
        return 28 * (p.MoisAvantRadiation - p.MoisValidite);
    }

    /// <summary>
    /// Pour préfiltrer en SQL par l'index (statut, fin de validité)
    /// : toute demande à radier a une fin de validité au plus
    /// tard à cette date (la radiation automatique vient au moins
    /// 28 jours après la fin de validité). Condition nécessaire,
    /// pas suffisante : <see cref="DerniereBaseARadier"/> tranche.
    /// </summary>
    public static DateOnly DerniereFinValiditeARadier(DateOnly aujourdhui) =>
        aujourdhui.AddDays(-JoursMinimumEntreFinValiditeEtRadiation(aujourdhui));

    /// <summary>
    /// Pour filtrer en SQL : la dernière fin de validité d'une demande active « à renouveler » à <paramref
    /// name="aujourdhui"/>
    /// (« fin − 1 mois ≤ aujourd'hui » ⇔ « fin ≤ seuil »), ajustée comme <see cref="DerniereBaseARadier"/>.
    /// </summary>
    public static DateOnly DerniereFinValiditeARenouveler(DateOnly aujourdhui)
    {
        var seuil = aujourdhui.AddMonths(MoisPreavisRenouvellement);
        while (seuil.AddMonths(-MoisPreavisRenouvellement) > aujourdhui)
            seuil = seuil.AddDays(-1);
        while (seuil.AddDays(1).AddMonths(-MoisPreavisRenouvellement) <= aujourdhui)
            seuil = seuil.AddDays(1);
        return seuil;
    }

    /// <summary>Pour filtrer en SQL : la dernière date de radiation dont la purge est due (radiation + délai ≤
    /// aujourd'hui).</summary>
    public static DateOnly DerniereRadiationAPurger(DateOnly aujourdhui, int joursConservation) =>
        aujourdhui.AddDays(-joursConservation);

    /// <summary>Pourquoi la demande ne peut pas être renouvelée, ou null si elle le peut.</summary>
    public static string? RefusRenouvellement(DemandeLogement d, DateOnly aujourdhui) =>
        d switch
        {
            { EstPurgee: true } =>
                "Les données de cette demande ont été effacées : le demandeur doit déposer une nouvelle demande.",
            { Statut: StatutDemande.Satisfaite } => "Une demande satisfaite ne se renouvelle pas.",
            {
                Statut: StatutDemande.Radiee,
                MotifRadiation: not global::Pilotis.Domain.Demande.MotifRadiation.NonRenouvellement
            } => "Seule une demande radiée pour non-renouvellement peut être réactivée.",
            { Statut: StatutDemande.Active } when Etat(d, aujourdhui) != EtatDemande.ARenouveler =>
                $"La demande est valable jusqu'au {d.DateFinValidite:dd/MM/yyyy} : elle se renouvelle à partir du "
                    + $"{d.DateFinValidite.AddMonths(-MoisPreavisRenouvellement):dd/MM/yyyy}.",
            _ => null,
        };

    /// <summary>Renouvelle (ou réactive) la demande à la date donnée ; l'appelant a vérifié <see
    /// cref="RefusRenouvellement"/>.</summary>
    public static void Renouveler(DemandeLogement d, DateOnly aujourdhui)
    {
        var refus = RefusRenouvellement(d, aujourdhui);
        if (refus is not null)
            throw new InvalidOperationException(refus);
        d.DateRenouvellement = aujourdhui;
        d.DateFinValidite = FinValidite(d.DateDepot, aujourdhui);
        d.Statut = StatutDemande.Active;
        d.MotifRadiation = null;
        d.DateRadiation = null;
    }

    /// <summary>Pourquoi la demande ne peut pas être radiée avec ce motif, ou null.</summary>
    public static string? RefusRadiation(
        DemandeLogement d,
        MotifRadiation motif,
        DateOnly date,
        DateOnly aujourdhui,
        string? communeAttribution
    )
    {
        if (d.Statut != StatutDemande.Active)
            return "Seule une demande active peut être radiée.";
        if (date > aujourdhui)
            return "La date de radiation ne peut pas être dans le futur.";
        if (date < d.DateDepot)
            return "La date de radiation ne peut pas précéder le dépôt de la demande.";
        if (motif == MotifRadiation.Attribution && string.IsNullOrWhiteSpace(communeAttribution))
            return "Indiquez la commune du logement attribué.";
        return null;
    }

    /// <summary>Radie la demande ; une attribution la rend satisfaite (commune du logement retenue pour la
    /// pression).</summary>
    public static void Radier(
        DemandeLogement d,
        MotifRadiation motif,
        DateOnly date,
        DateOnly aujourdhui,
        string? communeAttribution = null
    )
    {
        var refus = RefusRadiation(d, motif, date, aujourdhui, communeAttribution);
        if (refus is not null)
            throw new InvalidOperationException(refus);
        d.Statut = motif == MotifRadiation.Attribution ? StatutDemande.Satisfaite : StatutDemande.Radiee;
        d.MotifRadiation = motif;
        d.DateRadiation = date;
        d.CommuneAttributionCode = motif == MotifRadiation.Attribution ? communeAttribution : null;
    }

    /// <summary>
    /// Efface les données personnelles (membres, ressources, adresse, motifs, critères) et garde ce qui sert aux
    /// statistiques anonymes : dates, communes souhaitées, typologies, composition chiffrée, statut. Le numéro unique
    /// est gardé pour qu'un extrait ultérieur ne recrée pas la demande.
    /// </summary>
    public static void Purger(DemandeLogement d, DateOnly aujourdhui)
    {
        d.Membres = [];
        d.RevenuFiscalReference = 0;
        d.RevenuFiscalReferenceN1 = null;
        d.RessourcesDouzeMois = null;
        d.EvenementRessources = EvenementRessources.Aucun;
        d.OrigineRessources = OrigineRessources.RevenuFiscalN2;
        d.RessourcesRetenues = 0;
        d.RessourcesMensuelles = 0;
        d.RessourcesParUc = 0;
        d.CommuneResidenceCode = null;
        d.CommuneTravailCode = null;
        d.Motifs = MotifsDemande.Aucun;
        d.CriteresPrioritaires = CriteresPrioritaires.Aucun;
        d.Dalo = false;
        d.JeuneCouple = false;
        d.ProduitsEligibles = ProduitsEligibles.Aucun;
        d.Score = null;
        d.DatePurge = aujourdhui;
    }
}
