extern alias cli;

using System.Text.Json;
using System.Text.Json.Nodes;
using Pilotis.Web.Tests.Infrastructure;
using CommandesImportAides = cli::Pilotis.Cli.CommandesImportAides;

namespace Pilotis.Web.Tests.Financement;

/// <summary>
/// Fabrique des aides au format d'aides-territoires avec des id et des mots uniques (chaque test a les siennes) ; leur
/// périmètre est la Lozère par défaut, pour ne pas changer les recherches sur le catalogue de démonstration du Gard.
/// </summary>
public static class OutilsAides
{
    private static long _prochain = 700_000_000L + (Environment.TickCount64 % 1_000_000) * 100;

    public static long NouvelId() => Interlocked.Increment(ref _prochain);

    /// <summary>Un mot inventé (lettres seules) qui ne figure dans aucune autre aide.</summary>
    public static string MotUnique() =>
        "zq" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(8).Select(c => (char)(c + 10)));

    public static JsonObject Aide(long id, string nom, string perimetre = "Lozère", string? description = null) =>
        new()
        {
            ["id"] = id,
            ["slug"] = $"test-{id}",
            ["name"] = nom,
            ["short_title"] = null,
            ["financers"] = new JsonArray("Financeur de test"),
            ["instructors"] = new JsonArray(),
            ["programs"] = new JsonArray(),
            ["description"] = description ?? "<p>Aide de test.</p>",
            ["eligibility"] = "<p>Bailleurs.</p>",
            ["perimeter"] = perimetre,
            ["categories"] = new JsonArray("Logement|Logement social"),
            ["targeted_audiences"] = new JsonArray("Communes"),
            ["aid_types"] = new JsonArray("Subvention"),
            ["destinations"] = new JsonArray(),
            ["mobilization_steps"] = new JsonArray(),
            ["is_call_for_project"] = false,
            ["start_date"] = "2026-01-01",
            ["predeposit_date"] = null,
            ["submission_deadline"] = "2027-12-31",
            ["subvention_rate_lower_bound"] = 10,
            ["subvention_rate_upper_bound"] = 30,
            ["loan_amount"] = null,
            ["recoverable_advance_amount"] = null,
            ["recurrence"] = "ongoing",
            ["contact"] = null,
            ["origin_url"] = $"https://aides-territoires.beta.gouv.fr/aides/test-{id}/",
            ["application_url"] = null,
            ["date_updated"] = "2026-11-01T10:00:00+01:00",
        };

    public static string Page(params JsonObject[] aides) =>
        new JsonObject
        {
            ["count"] = aides.Length,
            ["next"] = null,
            ["previous"] = null,
            ["results"] = new JsonArray(aides.Select(a => (JsonNode)a.DeepClone()).ToArray()),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

    public static string Tableau(params JsonObject[] aides) =>
        new JsonArray(aides.Select(a => (JsonNode)a.DeepClone()).ToArray()).ToJsonString(
            new JsonSerializerOptions { WriteIndented = true }
        );

    public static string RacineDepot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Pilotis.slnx")))
            d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("Racine du dépôt introuvable.");
    }

    public static async Task<string> FichierAsync(string contenu)
    {
        var chemin = Path.Combine(Path.GetTempPath(), $"aides-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(chemin, contenu);
        return chemin;
    }

    public static async Task<(int Code, string Sortie)> ImporterAsync(this PilotisFactory app, string contenu)
    {
        var chemin = await FichierAsync(contenu);
        return await app.CommandeAsync(
            (s, console) => CommandesImportAides.ImporterAsync(s, new FileInfo(chemin), console)
        );
    }
}
