namespace Pilotis.Domain.Attribution;

/// <summary>
/// Les objectifs chiffrés de CCH L441-1, en lignes datées (DESIGN : « les paramètres sont des données ») comme
/// <see cref="Demande.ParametresLegauxDemande"/> : un nouveau texte est une nouvelle ligne. L'objectif en QPV est celui
/// de la loi par défaut ; la convention intercommunale d'attribution (CIA) d'un EPCI peut l'adapter
/// (<see cref="ObjectifCia"/>, qui prévaut alors, voir <see cref="Objectif"/>).
/// </summary>
public sealed record ObjectifsAttribution
{
    /// <summary>Premier jour d'application (inclus).</summary>
    public required DateOnly ValideDepuis { get; init; }

    public required string Source { get; init; }

    /// <summary>Part minimale des baux signés hors QPV au premier quartile ou aux relogés du renouvellement urbain.
    /// </summary>
    public required decimal HorsQpvPremierQuartile { get; init; }

    /// <summary>Part minimale des attributions en QPV aux demandeurs des trois autres quartiles (objectif par défaut).
    /// </summary>
    public required decimal EnQpvAutresQuartiles { get; init; }

    /// <summary>Part minimale des attributions des réservataires (hors préfet) et du bailleur aux ménages DALO puis
    /// prioritaires.</summary>
    public required decimal DaloOuPrioritaires { get; init; }

    public static IReadOnlyList<ObjectifsAttribution> Historique { get; } =
    [
        new()
        {
            ValideDepuis = new DateOnly(2017, 1, 29),
            Source =
                "CCH L441-1, issu de la loi n° 2017-86 du 27 janvier 2017 relative à l'égalité et à la citoyenneté",
            HorsQpvPremierQuartile = 0.25m,
            EnQpvAutresQuartiles = 0.50m,
            DaloOuPrioritaires = 0.25m,
        },
    ];

    /// <summary>
    /// La ligne en vigueur à <paramref name="date"/> : la plus récente dont la date d'effet est passée ; avant la
    /// première, la première.
    /// </summary>
    public static ObjectifsAttribution EnVigueur(DateOnly date) =>
        Historique.LastOrDefault(o => o.ValideDepuis <= date) ?? Historique[0];

    /// <summary>
    /// Vrai quand la part atteint l'objectif, calculé en entiers et décimaux exacts (1 sur 4 atteint 25 %). Sans
    /// dénominateur, rien n'est dû : l'objectif est tenu.
    /// </summary>
    public static bool Atteint(int numerateur, int denominateur, decimal objectif) =>
        denominateur == 0 || numerateur >= objectif * denominateur;

    /// <summary>
    /// L'objectif d'un indicateur ; pour l'objectif en QPV, celui de la CIA de l'EPCI quand elle l'a adapté (CCH
    /// L441-1 : « la convention intercommunale d'attribution […] peut fixer un objectif différent »). Null pour le
    /// contingent du préfet, montré à part sans objectif chiffré : il va tout entier aux publics prioritaires.
    /// </summary>
    public decimal? Objectif(IndicateurAttribution indicateur, decimal? objectifCiaEnQpv = null) =>
        indicateur switch
        {
            IndicateurAttribution.HorsQpvPremierQuartile => HorsQpvPremierQuartile,
            IndicateurAttribution.EnQpvAutresQuartiles => objectifCiaEnQpv ?? EnQpvAutresQuartiles,
            IndicateurAttribution.DaloOuPrioritaires => DaloOuPrioritaires,
            _ => null,
        };
}
