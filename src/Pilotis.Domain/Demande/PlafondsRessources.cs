namespace Pilotis.Domain.Demande;

/// <summary>
/// One dated parameter row of the resource ceilings: a year, a geography, a product, the amount
/// for categories 1 to 6 and per further person, and its source (DESIGN: "parameters are data").
/// Ceilings change every 1 January: a new year is a new row. The 2026 rows below are the seed;
/// a table editable by an administrator will hold them (later step).
/// </summary>
public sealed record PlafondsRessources
{
    public required int Annee { get; init; }
    public required GeographiePlafonds Geographie { get; init; }
    public required ProduitLogement Produit { get; init; }

    /// <summary>Ceilings in euros for categories 1 to 6 (index 0 = category 1).</summary>
    public required IReadOnlyList<decimal> ParCategorie { get; init; }

    /// <summary>Euros added per person beyond category 6.</summary>
    public required decimal ParPersonneSupplementaire { get; init; }

    public required string Source { get; init; }

    /// <summary>Ceiling (revenu fiscal de référence N−2, euros) of a household category.</summary>
    public decimal Plafond(int categorie, int personnesSupplementaires)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(categorie, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(categorie, ParCategorie.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(personnesSupplementaires);
        if (personnesSupplementaires > 0 && categorie != ParCategorie.Count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(personnesSupplementaires),
                "Persons beyond the last category only apply to the last category."
            );
        }
        return ParCategorie[categorie - 1] + personnesSupplementaires * ParPersonneSupplementaire;
    }

    public decimal Plafond(CategorieMenage categorie) =>
        Plafond(categorie.Categorie, categorie.PersonnesSupplementaires);

    /// <summary>
    /// PLS row derived from a PLUS row: every column (categories 1–6 and the per-person amount) is
    /// PLUS × 1.30 rounded to the nearest euro, half away from zero (e.g. 37,584 × 1.3 = 48,859.2 → 48,859).
    /// Beyond category 6 the PLS ceiling is therefore round(cat 6 × 1.3) + n × round(per person × 1.3),
    /// which may differ by at most 1 € per person from round(PLUS ceiling × 1.3).
    /// </summary>
    public static PlafondsRessources PlsDepuisPlus(PlafondsRessources plus)
    {
        ArgumentNullException.ThrowIfNull(plus);
        if (plus.Produit != ProduitLogement.Plus)
            throw new ArgumentException("A PLUS row is expected.", nameof(plus));
        // Coefficient en vigueur au 1er janvier de l'année du barème (les plafonds sont révisés chaque 1er janvier).
        var coefficient = ParametresLegauxDemande.EnVigueur(new DateOnly(plus.Annee, 1, 1)).CoefficientPls;
        return plus with
        {
            Produit = ProduitLogement.Pls,
            ParCategorie = plus.ParCategorie.Select(ArrondiEuro).ToArray(),
            ParPersonneSupplementaire = ArrondiEuro(plus.ParPersonneSupplementaire),
            Source =
                plus.Source + $" ; PLS = PLUS × {coefficient.ToString("0.00", Francais.Culture)}, arrondi à l'euro",
        };

        decimal ArrondiEuro(decimal plusMontant) =>
            Math.Round(plusMontant * coefficient, 0, MidpointRounding.AwayFromZero);
    }

    /// <summary>Rows of one year and geography (possibly fewer than three products: missing ones are not
    /// computable).</summary>
    public static IReadOnlyList<PlafondsRessources> Pour(
        IEnumerable<PlafondsRessources> lignes,
        int annee,
        GeographiePlafonds geographie
    ) => lignes.Where(l => l.Annee == annee && l.Geographie == geographie).OrderBy(l => l.Produit).ToArray();

    // Les plafonds PLUS 2026 sont ceux de l'arrêté du 19 décembre 2025 (+0,87 %, IRL du 3e trimestre 2025), vérifiés
    // contre les paramètres openfisca-france ; c'est l'arrêté qu'on cite à l'usager.
    private const string Source2026 =
        "Arrêté du 19 décembre 2025 modifiant l'arrêté du 29 juillet 1987 relatif aux plafonds de ressources "
        + "(JORF du 24 décembre 2025) ; revenu fiscal de référence de l'année N−2";

    private static PlafondsRessources Ligne2026(
        GeographiePlafonds geographie,
        ProduitLogement produit,
        decimal[] montants,
        decimal parPersonne,
        string? precision = null
    ) =>
        new()
        {
            Annee = 2026,
            Geographie = geographie,
            Produit = produit,
            ParCategorie = montants,
            ParPersonneSupplementaire = parPersonne,
            Source = precision is null ? Source2026 : $"{Source2026} ; {precision}",
        };

    private static readonly PlafondsRessources Plus2026AutresRegions = Ligne2026(
        GeographiePlafonds.AutresRegions,
        ProduitLogement.Plus,
        [23_403m, 31_254m, 37_584m, 45_374m, 53_376m, 60_156m],
        6_710m
    );

    private static readonly PlafondsRessources Plus2026IleDeFrance = Ligne2026(
        GeographiePlafonds.IleDeFrance,
        ProduitLogement.Plus,
        [26_920m, 40_233m, 48_362m, 57_930m, 68_577m, 77_171m],
        8_598m
    );

    private static readonly PlafondsRessources Plus2026Paris = Ligne2026(
        GeographiePlafonds.Paris,
        ProduitLogement.Plus,
        [26_920m, 40_233m, 52_740m, 62_968m, 74_919m, 84_304m],
        9_394m
    );

    /// <summary>
    /// Seed rows for 2026. PLAI is given by DOMAIN §4.1 for « autres régions » only (derived, ±1 €):
    /// the Paris and Île-de-France PLAI ceilings are missing, so no row is seeded for them and PLAI
    /// is reported as not computable there rather than inventing a figure. An administrator adds them.
    /// </summary>
    public static IReadOnlyList<PlafondsRessources> Annee2026 { get; } =
    [
        Ligne2026(
            GeographiePlafonds.AutresRegions,
            ProduitLogement.Plai,
            [12_870m, 18_753m, 22_551m, 25_092m, 29_359m, 33_086m],
            3_689m,
            "PLAI estimé : plafonds PLAI 2025 revalorisés de 0,87 %, à ±1 € près, à confirmer"
        ),
        Plus2026AutresRegions,
        PlsDepuisPlus(Plus2026AutresRegions),
        Plus2026IleDeFrance,
        PlsDepuisPlus(Plus2026IleDeFrance),
        Plus2026Paris,
        PlsDepuisPlus(Plus2026Paris),
    ];
}
