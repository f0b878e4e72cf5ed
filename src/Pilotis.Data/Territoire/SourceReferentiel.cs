namespace Pilotis.Data.Territoire;

/// <summary>
/// Où lire les fichiers du paquet npm @etalab/decoupage-administratif (version figée dans package-lock.json).
/// Par défaut : node_modules à la racine du dépôt, cherché en remontant depuis l'application ;
/// en production, <c>Territoires:Dossier</c> désigne le dossier data du paquet.
/// </summary>
public static class SourceReferentiel
{
    public const string CheminDansNodeModules = "node_modules/@etalab/decoupage-administratif/data";

    public static string Localiser(string? dossierConfigure, params string[] departs)
    {
        if (!string.IsNullOrWhiteSpace(dossierConfigure))
            return Path.GetFullPath(dossierConfigure);
        foreach (var depart in departs.Where(d => !string.IsNullOrEmpty(d)))
        {
            for (var dossier = new DirectoryInfo(depart); dossier is not null; dossier = dossier.Parent)
            {
                var candidat = Path.Combine(dossier.FullName, CheminDansNodeModules);
                if (Directory.Exists(candidat))
                    return candidat;
            }
        }
        throw new ImportReferentielException(
            $"Référentiel territorial introuvable : aucun dossier « {CheminDansNodeModules} » "
                + $"au-dessus de {string.Join(", ", departs)}. "
                + "Lancez « npm ci » à la racine du dépôt ou renseignez Territoires:Dossier."
        );
    }

    /// <summary>Version du paquet lue dans son package.json, pour savoir si un nouvel import est utile.</summary>
    public static string LireVersion(string dossierData)
    {
        var packageJson = Path.Combine(dossierData, "..", "package.json");
        if (!File.Exists(packageJson))
            return "inconnue";
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(packageJson));
        return doc.RootElement.TryGetProperty("version", out var v) ? v.GetString() ?? "inconnue" : "inconnue";
    }
}
