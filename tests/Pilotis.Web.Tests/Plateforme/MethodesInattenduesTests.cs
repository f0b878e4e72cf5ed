using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data.Demonstration;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// Un POST (jeton antiforgery valide) sur une page qui n'a que des gestionnaires GET répondait 500 sur 32 pages :
/// il doit répondre 405 avec l'en-tête Allow, connecté ou non, et jamais une erreur serveur.
/// </summary>
public abstract partial class MethodesInattenduesTests(PilotisFactory app)
{
    // Valeurs d'exemple des paramètres de route : Nîmes, Nîmes Métropole, le Gard, un identifiant quelconque.
    [GeneratedRegex(@"\{(?<nom>\w+)(?::[^}]*)?\??\}")]
    private static partial Regex Parametre();

    private static string Exemple(string nom) =>
        nom switch
        {
            "code" => "30189",
            "siren" => "243000643",
            "numero" => "1",
            _ => "1",
        };

    /// <summary>Les pages de l'application qui n'ont aucun gestionnaire POST, avec une adresse d'exemple.</summary>
    private IReadOnlyList<string> PagesSansPost()
    {
        var sources = app.Services.GetRequiredService<EndpointDataSource>();
        return sources
            .Endpoints.OfType<RouteEndpoint>()
            .Where(e =>
                e.Metadata.GetMetadata<CompiledPageActionDescriptor>() is { } page
                && page.HandlerMethods.Count > 0
                && page.HandlerMethods.All(h =>
                    !string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase)
                )
            )
            .Select(e => "/" + Parametre().Replace(e.RoutePattern.RawText ?? "", m => Exemple(m.Groups["nom"].Value)))
            .Select(a => a.Replace("//", "/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public async Task Un_POST_sur_une_page_de_consultation_repond_405_connecte()
    {
        using var client = await app.ClientConnecteAsync(SemisDemonstration.Comptes[0].Courriel);
        await VerifierAsync(client, "/admin/organisations");
    }

    [Fact]
    public async Task Un_POST_sur_une_page_de_consultation_repond_405_anonyme()
    {
        using var client = app.ClientAnonyme();
        await VerifierAsync(client, "/connexion");
    }

    private async Task VerifierAsync(HttpClient client, string pageAvecFormulaire)
    {
        var pages = PagesSansPost();
        Assert.True(pages.Count >= 20, $"seulement {pages.Count} pages sans POST trouvées");
        using var formulaire = await client.GetAsync(pageAvecFormulaire);
        var jeton = Formulaires.JetonAntiforgery(await formulaire.Content.ReadAsStringAsync());
        var erreurs = new List<string>();
        var refusees = 0;
        foreach (var page in pages)
        {
            using var contenu = new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = jeton }
            );
            using var reponse = await client.PostAsync(page, contenu);
            if ((int)reponse.StatusCode >= 500)
                erreurs.Add($"{page} → {(int)reponse.StatusCode}");
            if (reponse.StatusCode == HttpStatusCode.MethodNotAllowed)
            {
                refusees++;
                Assert.Contains("GET", reponse.Content.Headers.Allow);
            }
        }
        Assert.True(erreurs.Count == 0, "Erreurs serveur :\n" + string.Join("\n", erreurs));
        Assert.True(refusees > 0, "aucune page n'a répondu 405");
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class MethodesInattenduesSqlite(SqliteFactory app) : MethodesInattenduesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class MethodesInattenduesPostgres(PostgresFactory app) : MethodesInattenduesTests(app);
