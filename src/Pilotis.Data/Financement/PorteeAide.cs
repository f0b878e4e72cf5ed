namespace Pilotis.Data.Financement;

/// <summary>
/// Le périmètre d'une aide résolu dans le référentiel territorial : national, ou les codes des régions,
/// départements, EPCI et communes qu'il désigne. Un nom inconnu du référentiel ne résout rien (Inconnu).
/// </summary>
public sealed record PorteeAide(
    bool National,
    IReadOnlySet<string> Regions,
    IReadOnlySet<string> Departements,
    IReadOnlySet<string> Epcis,
    IReadOnlySet<string> Communes
)
{
    public static readonly PorteeAide Inconnue = new(
        false,
        new HashSet<string>(),
        new HashSet<string>(),
        new HashSet<string>(),
        new HashSet<string>()
    );

    /// <summary>
    /// Le contrat public : l'aide sert le département si son périmètre est la France, la région du département, le
    /// département, ou un EPCI ou une commune qui s'y trouve.
    /// </summary>
    public bool Couvre(string departement, string region) =>
        National || Regions.Contains(region) || Departements.Contains(departement);
}
