namespace Pilotis.Domain.Production;

public enum GenreExigence
{
    /// <summary>Une information du dossier, vérifiée sur l'opération elle-même.</summary>
    Champ = 0,

    /// <summary>Une pièce à téléverser.</summary>
    Document = 1,
}

/// <summary>
/// Une ligne de la liste de dépôt d'un département (seed 000, question 3 : une même liste de pièces par
/// produit et nature pour tous les instructeurs). Configurable par la DDTM ; les listes vides = tous.
/// </summary>
public sealed class ExigenceDepot
{
    public int Id { get; set; }
    public required string DepartementCode { get; set; }

    /// <summary>Pour un champ : un code de <see cref="ChampsDossier"/> ; pour un document : le code de la pièce.</summary>
    public required string Code { get; set; }
    public required string Libelle { get; set; }
    public required GenreExigence Genre { get; set; }

    /// <summary>Codes de nature séparés par des virgules (vide = toutes les natures).</summary>
    public string Natures { get; set; } = "";

    /// <summary>Codes de produit séparés par des virgules (vide = tous) ; l'exigence vaut si l'un des lots en relève.</summary>
    public string Produits { get; set; } = "";
    public bool Obligatoire { get; set; } = true;
    public int Ordre { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public bool SAppliqueA(NatureOperation nature, IEnumerable<Produit> produits)
    {
        var natures = Liste(Natures);
        if (natures.Count > 0 && !natures.Contains(nature.Code()))
            return false;
        var attendus = Liste(Produits);
        return attendus.Count == 0 || produits.Any(p => attendus.Contains(p.Code()));
    }

    public static HashSet<string> Liste(string codes) =>
        codes
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
}

/// <summary>Les informations du dossier qu'une exigence de type « champ » peut demander, et comment on les vérifie.</summary>
public static class ChampsDossier
{
    public static IReadOnlyList<(string Code, string Libelle, Func<Operation, bool> Renseigne)> Tous { get; } =
    [
        ("adresse", "Adresse de l'opération", o => !string.IsNullOrWhiteSpace(o.Adresse)),
        ("lots", "Au moins un lot avec ses logements", o => o.Lots.Any(l => l.NombreLogements > 0)),
        ("typologies", "Logements ventilés par typologie (T1 à T6+)", o =>
            o.Lots.Count > 0 && o.Lots.All(l => l.NombreLogements > 0 && l.SommeTypologies == l.NombreLogements)
        ),
        ("surfaces", "Surfaces habitables et annexes", o =>
            o.Lots.Count > 0 && o.Lots.All(l => l.SurfaceHabitable > 0)
        ),
        ("loyers", "Loyers au m² de surface utile des lots locatifs", o =>
            o.Lots.Where(l => !l.Produit.EstAccession()).All(l => l.LoyerM2 > 0)
        ),
        ("prix_revient", "Prix de revient par poste", o => o.PrixDeRevient > 0),
        ("plan_financement", "Plan de financement équilibré", o => o.PlanEquilibre),
        ("foncier", "Foncier maîtrisé", o => o.FoncierMaitrise),
        ("permis", "Permis de construire obtenu", o =>
            o.Permis is EtatPermis.Obtenu or EtatPermis.PurgeDeRecours or EtatPermis.SansObjet
        ),
    ];

    public static bool Existe(string code) => Tous.Any(c => c.Code == code);
}

/// <summary>La liste proposée à la création d'un département ; la DDTM l'adapte ensuite.</summary>
public static class ExigencesParDefaut
{
    public static IReadOnlyList<ExigenceDepot> Pour(string departementCode)
    {
        var ordre = 0;
        ExigenceDepot E(GenreExigence genre, string code, string libelle, string natures = "", string produits = "") =>
            new()
            {
                DepartementCode = departementCode,
                Genre = genre,
                Code = code,
                Libelle = libelle,
                Natures = natures,
                Produits = produits,
                Ordre = ++ordre,
            };
        const string Travaux = "NEUF,DEMOLITION_RECONSTRUCTION";
        const string Locatifs = "PLAI,PLAI_ADAPTE,PLUS,PLS";
        return
        [
            E(GenreExigence.Champ, "adresse", "Adresse de l'opération"),
            E(GenreExigence.Champ, "lots", "Au moins un lot avec ses logements"),
            E(GenreExigence.Champ, "typologies", "Logements ventilés par typologie"),
            E(GenreExigence.Champ, "surfaces", "Surfaces habitables et annexes"),
            E(GenreExigence.Champ, "loyers", "Loyers au m² de surface utile", produits: Locatifs),
            E(GenreExigence.Champ, "prix_revient", "Prix de revient par poste"),
            E(GenreExigence.Champ, "plan_financement", "Plan de financement équilibré"),
            E(GenreExigence.Champ, "foncier", "Foncier maîtrisé", natures: Travaux),
            E(GenreExigence.Champ, "permis", "Permis de construire obtenu", natures: Travaux),
            E(GenreExigence.Document, "plan_situation", "Plan de situation et plan masse"),
            E(GenreExigence.Document, "bilan_previsionnel", "Bilan financier prévisionnel"),
            E(GenreExigence.Document, "permis_construire", "Arrêté de permis de construire", natures: Travaux),
            E(
                GenreExigence.Document,
                "maitrise_fonciere",
                "Promesse de vente ou titre de propriété",
                natures: "NEUF,DEMOLITION_RECONSTRUCTION,ACQUISITION_AMELIORATION,ACQUISITION_SANS_TRAVAUX"
            ),
            E(GenreExigence.Document, "contrat_vefa", "Contrat de réservation VEFA", natures: "VEFA"),
            E(
                GenreExigence.Document,
                "diagnostic_technique",
                "Diagnostic technique et programme de travaux",
                natures: "ACQUISITION_AMELIORATION"
            ),
            E(
                GenreExigence.Document,
                "projet_social",
                "Projet social et accompagnement (PLAI adapté)",
                produits: "PLAI_ADAPTE"
            ),
            E(
                GenreExigence.Document,
                "plan_financement_accedant",
                "Plan de financement type de l'accédant",
                produits: "PSLA,BRS"
            ),
        ];
    }
}

public sealed record ElementCompletude(ExigenceDepot Exigence, bool Satisfaite);

/// <summary>Complétude d'un dossier au regard de la liste de dépôt, calculée à la volée.</summary>
public sealed record Completude(IReadOnlyList<ElementCompletude> Elements)
{
    public IEnumerable<ElementCompletude> Obligatoires => Elements.Where(e => e.Exigence.Obligatoire);
    public IEnumerable<ElementCompletude> Manquants => Obligatoires.Where(e => !e.Satisfaite);
    public bool Complet => !Manquants.Any();

    /// <summary>Part des éléments obligatoires satisfaits (1 quand il n'y en a aucun).</summary>
    public decimal Taux
    {
        get
        {
            var total = Obligatoires.Count();
            return total == 0
                ? 1m
                : Math.Round((decimal)Obligatoires.Count(e => e.Satisfaite) / total, 4, MidpointRounding.AwayFromZero);
        }
    }

    /// <param name="piecesDeposees">Codes des pièces dont au moins une version est déposée.</param>
    public static Completude Calculer(
        Operation operation,
        IEnumerable<ExigenceDepot> exigences,
        IReadOnlySet<string> piecesDeposees
    )
    {
        ArgumentNullException.ThrowIfNull(operation);
        var produits = operation.Lots.Select(l => l.Produit).ToList();
        var elements = exigences
            .Where(e => e.SAppliqueA(operation.Nature, produits))
            .OrderBy(e => e.Ordre)
            .Select(e => new ElementCompletude(
                e,
                e.Genre == GenreExigence.Document
                    ? piecesDeposees.Contains(e.Code)
                    : ChampsDossier.Tous.FirstOrDefault(c => c.Code == e.Code).Renseigne?.Invoke(operation) ?? false
            ))
            .ToList();
        return new Completude(elements);
    }
}
