namespace Pilotis.Domain.Territoire;

/// <summary>Valeurs admises pour chaque attribut daté, avec leur libellé.</summary>
public static class ValeursAttributs
{
    public static readonly IReadOnlyDictionary<NatureAttribut, IReadOnlyDictionary<string, string>> Admises =
        new Dictionary<NatureAttribut, IReadOnlyDictionary<string, string>>
        {
            [NatureAttribut.Zone123] = new Dictionary<string, string>
            {
                ["1bis"] = "Zone 1 bis",
                ["1"] = "Zone 1",
                ["2"] = "Zone 2",
                ["3"] = "Zone 3",
            },
            [NatureAttribut.ZoneAbc] = new Dictionary<string, string>
            {
                ["Abis"] = "Zone A bis",
                ["A"] = "Zone A",
                ["B1"] = "Zone B1",
                ["B2"] = "Zone B2",
                ["C"] = "Zone C",
            },
            [NatureAttribut.GeographiePlafonds] = new Dictionary<string, string>
            {
                ["paris"] = "Paris et communes limitrophes",
                ["ile-de-france"] = "Île-de-France hors Paris et communes limitrophes",
                ["autres-regions"] = "Autres régions",
            },
            [NatureAttribut.Qpv] = new Dictionary<string, string>
            {
                ["oui"] = "Au moins un QPV",
                ["non"] = "Aucun QPV",
            },
            [NatureAttribut.StatutSru] = new Dictionary<string, string>
            {
                ["non-soumise"] = "Non soumise",
                ["soumise"] = "Soumise",
                ["exemptee"] = "Soumise, exemptée par décret",
                ["carence"] = "Soumise, en carence",
            },
        };

    public static string LibelleNature(this NatureAttribut nature) =>
        nature switch
        {
            NatureAttribut.Zone123 => "Zonage 1/2/3",
            NatureAttribut.ZoneAbc => "Zonage ABC",
            NatureAttribut.GeographiePlafonds => "Géographie des plafonds de ressources",
            NatureAttribut.Qpv => "Quartier prioritaire (QPV)",
            NatureAttribut.StatutSru => "Statut SRU",
            _ => nature.ToString(),
        };

    /// <summary>Code de nature tel qu'écrit dans les fichiers CSV (colonne <c>attribut</c>).</summary>
    public static string CodeFichier(this NatureAttribut nature) =>
        nature switch
        {
            NatureAttribut.Zone123 => "zone_123",
            NatureAttribut.ZoneAbc => "zone_abc",
            NatureAttribut.GeographiePlafonds => "geographie_plafonds",
            NatureAttribut.Qpv => "qpv",
            NatureAttribut.StatutSru => "statut_sru",
            _ => nature.ToString(),
        };

    public static NatureAttribut? NatureDepuisCode(string? code) =>
        Enum.GetValues<NatureAttribut>()
            .Cast<NatureAttribut?>()
            .FirstOrDefault(n =>
                string.Equals(n!.Value.CodeFichier(), code?.Trim(), StringComparison.OrdinalIgnoreCase)
            );

    /// <summary>Retrouve la valeur canonique (casse du référentiel) ou null si elle n'est pas admise.</summary>
    public static string? Canonique(NatureAttribut nature, string? valeur) =>
        Admises[nature].Keys.FirstOrDefault(k => string.Equals(k, valeur?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Valeur en vigueur à une date : la plus récente dont la date d'effet est passée.</summary>
    public static AttributCommune? EnVigueur(
        IEnumerable<AttributCommune> historique,
        NatureAttribut nature,
        DateOnly date
    ) =>
        historique
            .Where(a => a.Nature == nature && a.ValideDepuis <= date)
            .OrderByDescending(a => a.ValideDepuis)
            .ThenByDescending(a => a.Id)
            .FirstOrDefault();
}
