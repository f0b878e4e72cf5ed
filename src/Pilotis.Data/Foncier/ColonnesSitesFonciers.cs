namespace Pilotis.Data.Foncier;

/// <summary>Les colonnes du fichier d'import des sites (docs/formats/foncier.md).</summary>
public static class ColonnesSitesFonciers
{
    public const string Identifiant = "identifiant";
    public const string Nom = "nom";
    public const string Commune = "commune";
    public const string Parcelles = "parcelles";
    public const string Surface = "surface_m2";
    public const string Zone = "zone_plu";
    public const string Proprietaire = "proprietaire";
    public const string Porteur = "porteur_siren";
    public const string Contraintes = "contraintes";
    public const string Statut = "statut";
    public const string Longitude = "longitude";
    public const string Latitude = "latitude";
    public const string Geometrie = "geometrie";
    public const string Observations = "observations";

    public static readonly string[] Obligatoires = [Identifiant, Nom, Commune, Parcelles, Surface, Zone, Proprietaire];

    public static readonly string[] Facultatives =
    [
        Porteur,
        Contraintes,
        Statut,
        Longitude,
        Latitude,
        Geometrie,
        Observations,
    ];

    /// <summary>Colonne du fichier pour un champ de <see cref="Domain.Foncier.SiteFoncier"/> (messages d'erreur).
    /// </summary>
    public static string DuChamp(string champ) =>
        champ switch
        {
            "Identifiant" => Identifiant,
            "Nom" => Nom,
            "Parcelles" => Parcelles,
            "SurfaceM2" => Surface,
            "Longitude" => Longitude,
            "Latitude" => Latitude,
            "Geometrie" => Geometrie,
            "Observations" => Observations,
            "PorteurId" => Porteur,
            "OperationId" => Statut,
            _ => champ,
        };
}
