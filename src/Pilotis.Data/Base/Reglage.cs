namespace Pilotis.Data.Base;

/// <summary>
/// Réglage clé/valeur de l'instance (présence de données de démonstration, version du référentiel importé).
/// </summary>
public sealed class Reglage
{
    public const string DonneesDemonstration = "donnees-demonstration";
    public const string VersionReferentiel = "referentiel-version";

    public required string Cle { get; init; }
    public required string Valeur { get; set; }
}
