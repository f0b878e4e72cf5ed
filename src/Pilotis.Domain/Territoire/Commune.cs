namespace Pilotis.Domain.Territoire;

/// <summary>
/// Une ligne du Code officiel géographique. Le code INSEE n'est pas unique à lui seul : une commune
/// déléguée peut porter le code de sa commune nouvelle, d'où la clé (Code, Type).
/// </summary>
public sealed class Commune
{
    public int Id { get; set; }
    public required string Code { get; init; }
    public required TypeCommune Type { get; init; }
    public required string Nom { get; set; }

    /// <summary>Nom en minuscules sans accents ni ponctuation, pour la recherche.</summary>
    public required string NomRecherche { get; set; }
    public required string DepartementCode { get; set; }
    public required string RegionCode { get; set; }
    public string? EpciSiren { get; set; }
    public string? Siren { get; set; }

    /// <summary>Commune de rattachement (chef-lieu) pour une commune déléguée, associée ou un arrondissement.</summary>
    public string? CodeParent { get; set; }
    public int? Population { get; set; }

    /// <summary>Codes postaux séparés par une virgule.</summary>
    public string? CodesPostaux { get; set; }
}
