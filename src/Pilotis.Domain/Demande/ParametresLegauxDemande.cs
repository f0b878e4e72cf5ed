namespace Pilotis.Domain.Demande;

/// <summary>
/// Les chiffres de la demande que la loi ou un décret peut changer, en lignes datées (DESIGN : « les paramètres sont
/// des données »), comme <see cref="Sru.ParametresSru"/> : une règle ne garde aucun littéral, elle lit la ligne en
/// vigueur à la date de son calcul ; un nouveau texte est une nouvelle ligne, pas un changement de code. Les plafonds
/// de ressources, révisés chaque année, restent dans leur propre table (<see cref="PlafondRessourcesParametre"/>).
/// </summary>
public sealed record ParametresLegauxDemande
{
    /// <summary>Premier jour d'application (inclus).</summary>
    public required DateOnly ValideDepuis { get; init; }

    /// <summary>Textes d'où viennent les chiffres.</summary>
    public required string Source { get; init; }

    /// <summary>Durée de validité d'une demande, en mois, depuis le dépôt ou le dernier renouvellement.</summary>
    public required int MoisValidite { get; init; }

    /// <summary>Mois après le dépôt ou le dernier renouvellement au bout desquels une demande non renouvelée est
    /// radiée.</summary>
    public required int MoisAvantRadiation { get; init; }

    /// <summary>Plafond PLS = plafond PLUS × ce coefficient.</summary>
    public required decimal CoefficientPls { get; init; }

    /// <summary>Âge à partir duquel une personne compte pour 0,5 UC au lieu de 0,3 (échelle OCDE modifiée).</summary>
    public required int AgeAdulteUc { get; init; }

    /// <summary>
    /// Les lignes connues, de la plus ancienne à la plus récente. Les valeurs d'aujourd'hui valent depuis toujours
    /// pour Pilotis (aucune demande n'est antérieure à 1990) ; DOMAIN §4 ne cite pas d'article pour la validité et la
    /// radiation, le code cite celui qui fixe les cas de radiation.
    /// </summary>
    public static IReadOnlyList<ParametresLegauxDemande> Historique { get; } =
    [
        new()
        {
            ValideDepuis = new DateOnly(1990, 1, 1),
            Source =
                "CCH R441-2-8 (demande valable un an, radiée faute de renouvellement) ; "
                + "plafond PLS = plafond PLUS × 1,30 (arrêté du 29 juillet 1987 modifié) ; "
                + "unités de consommation, échelle OCDE modifiée (INSEE)",
            MoisValidite = 12,
            MoisAvantRadiation = 13,
            CoefficientPls = 1.30m,
            AgeAdulteUc = 14,
        },
    ];

    /// <summary>La ligne en vigueur à <paramref name="date"/> parmi les lignes connues.</summary>
    public static ParametresLegauxDemande EnVigueur(DateOnly date) => EnVigueur(Historique, date);

    /// <summary>
    /// La ligne en vigueur à <paramref name="date"/> : la plus récente dont la date d'effet est passée ; avant la
    /// première ligne, la première (une demande très ancienne reste calculable).
    /// </summary>
    public static ParametresLegauxDemande EnVigueur(IReadOnlyList<ParametresLegauxDemande> lignes, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(lignes);
        if (lignes.Count == 0)
            throw new ArgumentException("Aucune ligne de paramètres.", nameof(lignes));
        var retenue = lignes[0];
        foreach (var ligne in lignes.OrderBy(l => l.ValideDepuis))
            if (ligne.ValideDepuis <= date)
                retenue = ligne;
        return retenue;
    }
}
