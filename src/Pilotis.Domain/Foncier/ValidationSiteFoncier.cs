using System.Text.Json;

namespace Pilotis.Domain.Foncier;

/// <summary>
/// Les règles d'un site saisi ou importé, par champ (le nom du champ est celui de l'entité ; l'import le traduit en
/// colonne). Les parcelles sont lues avant (<see cref="ReferenceCadastrale.LireListe"/>).
/// </summary>
public static class ValidationSiteFoncier
{
    public static readonly string[] TypesGeometrie = ["Point", "Polygon", "MultiPolygon"];

    public static List<ErreurChamp> Valider(SiteFoncier s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var erreurs = new List<ErreurChamp>();
        Texte(erreurs, nameof(s.Identifiant), "L'identifiant", s.Identifiant, SiteFoncier.LongueurIdentifiantMaximum);
        Texte(erreurs, nameof(s.Nom), "Le nom", s.Nom, SiteFoncier.LongueurNomMaximum);
        if (s.Parcelles.Length > SiteFoncier.LongueurParcellesMaximum)
            erreurs.Add(
                new(
                    nameof(s.Parcelles),
                    MessagesSaisie.TropLong("La liste des parcelles", SiteFoncier.LongueurParcellesMaximum)
                )
            );
        if (s.SurfaceM2 is <= 0 or > SiteFoncier.SurfaceMaximumM2)
            erreurs.Add(
                new(
                    nameof(s.SurfaceM2),
                    $"La surface doit être un nombre de m² entre 1 et {Francais.Nombre(SiteFoncier.SurfaceMaximumM2)}."
                )
            );
        if ((s.Longitude is null) != (s.Latitude is null))
            erreurs.Add(new(nameof(s.Longitude), "Donnez la longitude et la latitude ensemble, ou aucune des deux."));
        if (s.Longitude is < -180 or > 180)
            erreurs.Add(new(nameof(s.Longitude), "La longitude doit être comprise entre -180 et 180 (degrés WGS 84)."));
        if (s.Latitude is < -90 or > 90)
            erreurs.Add(new(nameof(s.Latitude), "La latitude doit être comprise entre -90 et 90 (degrés WGS 84)."));
        if (s.Geometrie is not null && ErreurGeometrie(s.Geometrie) is string geo)
            erreurs.Add(new(nameof(s.Geometrie), geo));
        if (s.Observations?.Length > SiteFoncier.LongueurObservationsMaximum)
            erreurs.Add(
                new(
                    nameof(s.Observations),
                    MessagesSaisie.TropLong("Les observations", SiteFoncier.LongueurObservationsMaximum)
                )
            );
        if (s.Statut is StatutSite.EnOperation or StatutSite.Construit && s.OperationId is null)
            erreurs.Add(new(nameof(s.OperationId), "Un site en opération ou construit est lié à une opération."));
        if (s.Proprietaire != TypeProprietaire.Epf && s.PorteurId is not null)
            erreurs.Add(new(nameof(s.PorteurId), "Seul un site porté par l'EPF a un porteur."));
        return erreurs;
    }

    private static void Texte(List<ErreurChamp> erreurs, string champ, string libelle, string? valeur, int maximum)
    {
        if (string.IsNullOrWhiteSpace(valeur))
            erreurs.Add(new(champ, $"{libelle} est obligatoire."));
        else if (valeur.Length > maximum)
            erreurs.Add(new(champ, MessagesSaisie.TropLong(libelle, maximum)));
    }

    /// <summary>
    /// Une géométrie GeoJSON (RFC 7946) admise : un objet Point, Polygon ou MultiPolygon avec ses coordonnées ; null
    /// quand elle l'est, sinon le message.
    /// </summary>
    public static string? ErreurGeometrie(string geojson)
    {
        if (geojson.Length > SiteFoncier.LongueurGeometrieMaximum)
            return MessagesSaisie.TropLong("La géométrie", SiteFoncier.LongueurGeometrieMaximum);
        try
        {
            using var doc = JsonDocument.Parse(geojson);
            var racine = doc.RootElement;
            if (racine.ValueKind != JsonValueKind.Object)
                return "La géométrie doit être un objet GeoJSON ({\"type\": \"Point\", \"coordinates\": [...]}).";
            if (
                !racine.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String
                || !TypesGeometrie.Contains(type.GetString())
            )
                return "La géométrie GeoJSON doit être de type Point, Polygon ou MultiPolygon.";
            if (!racine.TryGetProperty("coordinates", out var c) || c.ValueKind != JsonValueKind.Array)
                return "La géométrie GeoJSON n'a pas de tableau « coordinates ».";
            return CoordonneesValides(c)
                ? null
                : "Les coordonnées GeoJSON doivent être des nombres (longitude, latitude).";
        }
        catch (JsonException e)
        {
            return $"La géométrie n'est pas du JSON valide (position {e.BytePositionInLine ?? 0}).";
        }
    }

    private static bool CoordonneesValides(JsonElement e) =>
        e.ValueKind switch
        {
            JsonValueKind.Number => true,
            JsonValueKind.Array => e.GetArrayLength() > 0 && e.EnumerateArray().All(CoordonneesValides),
            _ => false,
        };

    /// <summary>Le point à placer sur la carte : les coordonnées données, sinon le premier point de la géométrie.
    /// </summary>
    public static (decimal Longitude, decimal Latitude)? Point(SiteFoncier s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Longitude is decimal lon && s.Latitude is decimal lat)
            return (lon, lat);
        if (s.Geometrie is null || ErreurGeometrie(s.Geometrie) is not null)
            return null;
        using var doc = JsonDocument.Parse(s.Geometrie);
        var c = doc.RootElement.GetProperty("coordinates");
        while (c.ValueKind == JsonValueKind.Array && c[0].ValueKind == JsonValueKind.Array)
            c = c[0];
        return c.GetArrayLength() >= 2 ? (c[0].GetDecimal(), c[1].GetDecimal()) : null;
    }
}
