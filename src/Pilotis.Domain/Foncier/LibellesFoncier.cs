namespace Pilotis.Domain.Foncier;

/// <summary>
/// Codes (fichier CSV, API, filtres d'URL) et libellés (pages, exports) des valeurs du foncier, écrits une fois.
/// </summary>
public static class LibellesFoncier
{
    public static IReadOnlyList<(StatutSite Valeur, string Code, string Libelle)> Statuts { get; } =
    [
        (StatutSite.Identifie, "identifie", "Identifié"),
        (StatutSite.EnEtude, "en_etude", "À l'étude"),
        (StatutSite.AcquisPorte, "acquis_porte", "Acquis ou porté"),
        (StatutSite.EnOperation, "en_operation", "En opération"),
        (StatutSite.Construit, "construit", "Construit"),
    ];

    public static IReadOnlyList<(ZonePlu Valeur, string Code, string Libelle)> Zones { get; } =
    [
        (ZonePlu.U, "U", "U — urbaine"),
        (ZonePlu.AU, "AU", "AU — à urbaniser"),
        (ZonePlu.A, "A", "A — agricole"),
        (ZonePlu.N, "N", "N — naturelle"),
    ];

    public static IReadOnlyList<(TypeProprietaire Valeur, string Code, string Libelle)> Proprietaires { get; } =
    [
        (TypeProprietaire.Public, "public", "Public"),
        (TypeProprietaire.Epf, "epf", "EPF (portage)"),
        (TypeProprietaire.Prive, "prive", "Privé"),
    ];

    public static IReadOnlyList<(ContraintesSite Valeur, string Code, string Libelle)> Contraintes { get; } =
    [
        (ContraintesSite.Ppri, "ppri", "Risque inondation (PPRI)"),
        (ContraintesSite.Patrimoine, "patrimoine", "Patrimoine"),
        (ContraintesSite.Pollution, "pollution", "Pollution des sols"),
        (ContraintesSite.Autre, "autre", "Autre"),
    ];

    public static IReadOnlyList<(TypeOutilFoncier Valeur, string Code, string Libelle)> Outils { get; } =
    [
        (TypeOutilFoncier.Zad, "zad", "Zone d'aménagement différé (ZAD)"),
        (TypeOutilFoncier.Dpu, "dpu", "Droit de préemption urbain (DPU)"),
        (TypeOutilFoncier.Sms, "sms", "Servitude de mixité sociale (SMS)"),
        (TypeOutilFoncier.Oap, "oap", "Orientation d'aménagement et de programmation (OAP)"),
        (TypeOutilFoncier.EmplacementReserve, "emplacement_reserve", "Emplacement réservé"),
        (TypeOutilFoncier.ConventionPortage, "convention_portage", "Convention de portage EPF"),
    ];

    public static string Libelle(this StatutSite v) => Statuts.First(s => s.Valeur == v).Libelle;

    public static string Code(this StatutSite v) => Statuts.First(s => s.Valeur == v).Code;

    public static string Libelle(this ZonePlu v) => Zones.First(s => s.Valeur == v).Libelle;

    public static string Code(this ZonePlu v) => Zones.First(s => s.Valeur == v).Code;

    public static string Libelle(this TypeProprietaire v) => Proprietaires.First(s => s.Valeur == v).Libelle;

    public static string Code(this TypeProprietaire v) => Proprietaires.First(s => s.Valeur == v).Code;

    public static string Libelle(this TypeOutilFoncier v) => Outils.First(s => s.Valeur == v).Libelle;

    public static string Code(this TypeOutilFoncier v) => Outils.First(s => s.Valeur == v).Code;

    /// <summary>Les contraintes d'un site, séparées par des virgules (« aucune » quand il n'y en a pas).</summary>
    public static string Libelle(this ContraintesSite v) =>
        v == ContraintesSite.Aucune
            ? "Aucune connue"
            : string.Join(", ", Contraintes.Where(c => v.HasFlag(c.Valeur)).Select(c => c.Libelle));

    public static string Codes(this ContraintesSite v) =>
        string.Join(",", Contraintes.Where(c => v.HasFlag(c.Valeur)).Select(c => c.Code));

    public static bool TryStatut(string? code, out StatutSite valeur) => Lire(Statuts, code, out valeur);

    public static bool TryZone(string? code, out ZonePlu valeur) => Lire(Zones, code, out valeur);

    public static bool TryProprietaire(string? code, out TypeProprietaire valeur) =>
        Lire(Proprietaires, code, out valeur);

    public static bool TryOutil(string? code, out TypeOutilFoncier valeur) => Lire(Outils, code, out valeur);

    /// <summary>
    /// Lit une liste de contraintes séparées par « , » ou « | » ; vide ou « aucune » : aucune. Rend le premier code
    /// inconnu, ou null.
    /// </summary>
    public static string? LireContraintes(string? texte, out ContraintesSite valeur)
    {
        valeur = ContraintesSite.Aucune;
        if (string.IsNullOrWhiteSpace(texte) || texte.Trim().Equals("aucune", StringComparison.OrdinalIgnoreCase))
            return null;
        foreach (
            var brut in texte.Split([',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        )
        {
            if (!Lire(Contraintes, brut, out var c))
                return brut;
            valeur |= c;
        }
        return null;
    }

    /// <summary>Les codes possibles, pour les messages d'erreur.</summary>
    public static string CodesPossibles<T>(IReadOnlyList<(T Valeur, string Code, string Libelle)> liste) =>
        string.Join(", ", liste.Select(l => l.Code));

    private static bool Lire<T>(
        IReadOnlyList<(T Valeur, string Code, string Libelle)> liste,
        string? code,
        out T valeur
    )
        where T : struct
    {
        var c = code?.Trim();
        foreach (var l in liste)
        {
            if (string.Equals(l.Code, c, StringComparison.OrdinalIgnoreCase))
            {
                valeur = l.Valeur;
                return true;
            }
        }
        valeur = default;
        return false;
    }
}
