namespace Pilotis.Domain.Information;

/// <summary>Codes (filtres d'URL, exports) et libellés des valeurs de la formation et de la concertation.</summary>
public static class LibellesInformation
{
    public static IReadOnlyList<(ThemeFormation Valeur, string Code, string Libelle)> Themes { get; } =
    [
        (ThemeFormation.Fondamentaux, "fondamentaux", "Le logement social dans la commune"),
        (ThemeFormation.DemandeEtAttributions, "demande_attributions", "Demande et attributions"),
        (ThemeFormation.ProductionEtFoncier, "production_foncier", "Production et foncier"),
        (ThemeFormation.Sru, "sru", "Obligations SRU"),
        (ThemeFormation.Financement, "financement", "Financement du logement social"),
        (ThemeFormation.Autre, "autre", "Autre"),
    ];

    public static IReadOnlyList<(MandatElu Valeur, string Code, string Libelle)> Mandats { get; } =
    [
        (MandatElu.Maire, "maire", "Maire"),
        (MandatElu.AdjointLogement, "adjoint_logement", "Adjoint au logement"),
        (MandatElu.AdjointAutre, "adjoint", "Adjoint (autre délégation)"),
        (MandatElu.ConseillerMunicipal, "conseiller", "Conseiller municipal"),
        (MandatElu.ConseillerCommunautaire, "conseiller_communautaire", "Conseiller communautaire"),
    ];

    public static IReadOnlyList<(TypeActionConcertation Valeur, string Code, string Libelle)> TypesAction { get; } =
    [
        (TypeActionConcertation.ReunionPublique, "reunion_publique", "Réunion publique"),
        (TypeActionConcertation.Visite, "visite", "Visite"),
        (TypeActionConcertation.Courrier, "courrier", "Courrier aux riverains"),
        (TypeActionConcertation.EvenementChantier, "evenement_chantier", "Événement de chantier"),
        (TypeActionConcertation.Autre, "autre", "Autre"),
    ];

    public static IReadOnlyList<(PhaseConcertation Valeur, string Code, string Libelle)> Phases { get; } =
    [
        (PhaseConcertation.AvantLePermis, "avant_permis", "Avant le permis"),
        (PhaseConcertation.AvantLesTravaux, "avant_travaux", "Permis obtenu, avant les travaux"),
        (PhaseConcertation.PendantLesTravaux, "pendant_travaux", "Pendant les travaux"),
        (PhaseConcertation.ApresLaLivraison, "apres_livraison", "Après la livraison"),
    ];

    public static IReadOnlyList<(AcceptationConcertation Valeur, string Code, string Libelle)> Acceptations { get; } =
    [
        (AcceptationConcertation.Favorable, "favorable", "Favorable"),
        (AcceptationConcertation.Reservee, "reservee", "Réservée"),
        (AcceptationConcertation.Opposee, "opposee", "Opposée"),
    ];

    public static string Libelle(this ThemeFormation v) => Themes.First(x => x.Valeur == v).Libelle;

    public static string Code(this ThemeFormation v) => Themes.First(x => x.Valeur == v).Code;

    public static string Libelle(this MandatElu v) => Mandats.First(x => x.Valeur == v).Libelle;

    public static string Code(this MandatElu v) => Mandats.First(x => x.Valeur == v).Code;

    public static string Libelle(this TypeActionConcertation v) => TypesAction.First(x => x.Valeur == v).Libelle;

    public static string Code(this TypeActionConcertation v) => TypesAction.First(x => x.Valeur == v).Code;

    public static string Libelle(this PhaseConcertation v) => Phases.First(x => x.Valeur == v).Libelle;

    public static string Code(this PhaseConcertation v) => Phases.First(x => x.Valeur == v).Code;

    public static string Libelle(this AcceptationConcertation v) => Acceptations.First(x => x.Valeur == v).Libelle;

    public static string Code(this AcceptationConcertation v) => Acceptations.First(x => x.Valeur == v).Code;

    /// <summary>Lit un code d'une des listes ci-dessus ; faux pour un code inconnu ou vide.</summary>
    public static bool TryLire<T>(
        IReadOnlyList<(T Valeur, string Code, string Libelle)> liste,
        string? code,
        out T valeur
    )
        where T : struct, Enum
    {
        foreach (var (v, c, _) in liste)
        {
            if (string.Equals(c, code?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                valeur = v;
                return true;
            }
        }
        valeur = default;
        return false;
    }

    public static string Libelle(this StatutProposition statut) =>
        statut switch
        {
            StatutProposition.Proposee => "Proposée",
            StatutProposition.PorteeAuNational => "Portée au national",
            StatutProposition.Reprise => "Reprise",
            StatutProposition.Abandonnee => "Abandonnée",
            _ => statut.ToString(),
        };

    public static string Code(this StatutProposition statut) =>
        statut switch
        {
            StatutProposition.Proposee => "proposee",
            StatutProposition.PorteeAuNational => "portee_au_national",
            StatutProposition.Reprise => "reprise",
            StatutProposition.Abandonnee => "abandonnee",
            _ => statut.ToString(),
        };

    /// <summary>Le statut d'un code saisi, ou null s'il est inconnu.</summary>
    public static StatutProposition? Statut(string? code) =>
        Enum.GetValues<StatutProposition>().Cast<StatutProposition?>().FirstOrDefault(s => s!.Value.Code() == code);
}
