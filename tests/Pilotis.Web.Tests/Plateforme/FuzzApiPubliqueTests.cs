using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Pilotis.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// Des milliers de requêtes malformées, tirées d'une graine fixe, sur chaque point de l'API publiée (le contrat OpenAPI
/// dit les chemins, les méthodes et les paramètres) : valeurs absurdes dans le chemin et la requête, corps JSON cassés
/// ou mal typés, types de contenu faux, multipart sans frontière ; et sur les pages publiques (simulateur, référentiel,
/// calendrier, plafonds, « ma demande », connexion). Aucune ne doit obtenir une erreur serveur (5xx).
/// </summary>
public abstract class FuzzApiPubliqueTests(PilotisFactory app, ITestOutputHelper sortie)
{
    private const int Graine = 20_261_206;
    private const int Requetes = 3_000;

    private static readonly string[] Absurdes =
    [
        "",
        "abc",
        "-1",
        "0",
        "99999999999999999999",
        "1e308",
        "NaN",
        "30189",
        "243000643",
        "2026",
        "../../etc/passwd",
        "%00",
        "Nîmes",
        "'; DROP TABLE Communes; --",
        "<script>alert(1)</script>",
        new string('x', 5_000),
        "true",
        "2026-02-31",
    ];

    private sealed record Operation(string Methode, string Chemin, string[] Requete, string[] Proprietes);

    /// <summary>Les pages publiques (hors contrat OpenAPI), avec les paramètres qu'elles lisent.</summary>
    private static readonly Operation[] PagesPubliques =
    [
        new(
            "GET",
            "/eligibilite",
            [
                "annee",
                "geographie",
                "personnes",
                "personnesACharge",
                "jeuneCouple",
                "handicap",
                "revenuFiscalReference",
                "integre",
            ],
            []
        ),
        new("GET", "/territoires", ["q", "p"], []),
        new("GET", "/territoires/communes/{code}", [], []),
        new("GET", "/territoires/epci/{siren}", ["q", "p"], []),
        new("GET", "/territoires/departements/{code}", ["q", "p", "epci"], []),
        new("GET", "/production/calendrier", ["departement", "annee"], []),
        new("GET", "/demandes/plafonds", ["annee"], []),
        new("POST", "/ma-demande", [], ["NumeroUnique", "DateDepot"]),
        new("POST", "/connexion", ["ReturnUrl"], ["Courriel", "MotDePasse"]),
        new("GET", "/etat-du-service", [], []),
    ];

    [Fact]
    public async Task Aucune_requete_malformee_n_obtient_une_erreur_serveur()
    {
        using var client = app.ClientAnonyme();
        var operations = await LireContratAsync(client);
        Assert.True(operations.Count >= 8, $"seulement {operations.Count} opérations dans le contrat");
        operations.AddRange(PagesPubliques);
        var hasard = new Random(Graine);
        var histogramme = new SortedDictionary<int, int>();
        var erreurs = new List<string>();
        for (var i = 0; i < Requetes; i++)
        {
            var operation = operations[hasard.Next(operations.Count)];
            using var requete = Forger(operation, hasard);
            var description = $"{requete.Method} {requete.RequestUri}";
            using var reponse = await client.SendAsync(requete);
            var code = (int)reponse.StatusCode;
            histogramme[code] = histogramme.GetValueOrDefault(code) + 1;
            if (code >= 500 && erreurs.Count < 20)
                erreurs.Add($"{code} ← {description[..Math.Min(description.Length, 200)]}");
        }
        sortie.WriteLine(
            $"{Requetes} requêtes : " + string.Join(", ", histogramme.Select(h => $"{h.Key} × {h.Value}"))
        );
        Assert.True(erreurs.Count == 0, "Erreurs serveur :\n" + string.Join("\n", erreurs));
    }

    private static async Task<List<Operation>> LireContratAsync(HttpClient client)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var operations = new List<Operation>();
        foreach (var chemin in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var methode in chemin.Value.EnumerateObject())
            {
                var requete = Parametres(methode.Value, "query");
                var proprietes = ProprietesCorps(document.RootElement, methode.Value);
                operations.Add(new(methode.Name.ToUpperInvariant(), chemin.Name, requete, proprietes));
            }
        }
        return operations;
    }

    private static string[] Parametres(JsonElement operation, string ou) =>
        operation.TryGetProperty("parameters", out var parametres)
            ? parametres
                .EnumerateArray()
                .Where(p => p.GetProperty("in").GetString() == ou)
                .Select(p => p.GetProperty("name").GetString()!)
                .ToArray()
            : [];

    /// <summary>
    /// Les noms des propriétés du corps JSON attendu (schéma en ligne ou référencé), pour les mal typer.
    /// </summary>
    private static string[] ProprietesCorps(JsonElement racine, JsonElement operation)
    {
        if (
            !operation.TryGetProperty("requestBody", out var corps)
            || !corps.TryGetProperty("content", out var contenu)
            || !contenu.TryGetProperty("application/json", out var json)
            || !json.TryGetProperty("schema", out var schema)
        )
            return [];
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var nom = reference.GetString()!.Split('/')[^1];
            schema = racine.GetProperty("components").GetProperty("schemas").GetProperty(nom);
        }
        return schema.TryGetProperty("properties", out var proprietes)
            ? proprietes.EnumerateObject().Select(p => p.Name).ToArray()
            : [];
    }

    private static HttpRequestMessage Forger(Operation operation, Random hasard)
    {
        var chemin = System.Text.RegularExpressions.Regex.Replace(operation.Chemin, @"\{[^}]+\}", _ =>
            Uri.EscapeDataString(Tirer(hasard))
        );
        var requete = operation
            .Requete.Where(_ => hasard.Next(3) > 0)
            .Select(p => $"{p}={Uri.EscapeDataString(Tirer(hasard))}");
        var adresse = chemin + "?" + string.Join("&", requete);
        var message = new HttpRequestMessage(new HttpMethod(operation.Methode), adresse);
        if (operation.Methode is "POST" or "PUT" or "PATCH" || hasard.Next(10) == 0)
            message.Content = Corps(operation, hasard);
        return message;
    }

    private static string Tirer(Random hasard) => Absurdes[hasard.Next(Absurdes.Length)];

    private static HttpContent Corps(Operation operation, Random hasard)
    {
        switch (hasard.Next(6))
        {
            case 0:
                return new StringContent("{\"a\":", Encoding.UTF8, "application/json");
            case 1:
                return new StringContent(hasard.Next(2) == 0 ? "null" : "[]", Encoding.UTF8, "application/json");
            case 2:
                var contenu = new ByteArrayContent("--x\r\n\r\n"u8.ToArray());
                contenu.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
                return contenu;
            case 3:
                return new StringContent("courriel=%ZZ&&=", Encoding.UTF8, "application/x-www-form-urlencoded");
            case 4:
                return new ByteArrayContent([0xFF, 0xFE, 0x00, 0xC3, 0x28]);
            default:
                var champs = operation
                    .Proprietes.Where(_ => hasard.Next(2) == 0)
                    .Select(p => $"\"{p}\":{Valeur(hasard)}");
                return new StringContent("{" + string.Join(",", champs) + "}", Encoding.UTF8, "application/json");
        }
    }

    private static string Valeur(Random hasard) =>
        hasard.Next(7) switch
        {
            0 => "\"abc\"",
            1 => "-1",
            2 => "1e400",
            3 => "null",
            4 => "{\"x\":[1,2,{}]}",
            5 => "99999999999999999999999999",
            _ => JsonSerializer.Serialize(Tirer(hasard)),
        };
}

[Collection(Fournisseurs.Sqlite)]
public sealed class FuzzApiPubliqueSqlite(SqliteFactory app, ITestOutputHelper sortie)
    : FuzzApiPubliqueTests(app, sortie);

[Collection(Fournisseurs.Postgres)]
public sealed class FuzzApiPubliquePostgres(PostgresFactory app, ITestOutputHelper sortie)
    : FuzzApiPubliqueTests(app, sortie);
