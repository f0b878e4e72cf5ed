using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Information;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;

namespace Pilotis.Web.Tests.Information;

/// <summary>
/// La page publique d'une commune : 404 en français, contrat JSON à la lettre, encadrement permis sur la seule version
/// intégrée, aucun cookie, visites comptées (hors robots), opérations agréées seulement, la commune rédige, choisit
/// ses blocs et publie ; indicateurs S8 et S9 de la feuille de route.
/// </summary>
public abstract class PageCommuneTests(PilotisFactory app)
{
    private const string Navigateur = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36";

    [Fact]
    public async Task Une_commune_inconnue_ou_mal_ecrite_repond_404_en_francais_et_l_API_400_ou_404()
    {
        using var client = app.ClientAnonyme();
        var inconnue = await client.GetAsync("/communes/99999");
        Assert.Equal(HttpStatusCode.NotFound, inconnue.StatusCode);
        Assert.Contains(
            "introuvable",
            (await inconnue.Content.ReadAsStringAsync()).ToLowerInvariant(),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/communes/abc")).StatusCode);
        var api404 = await client.GetAsync("/api/v1/communes/99999/page");
        Assert.Equal(HttpStatusCode.NotFound, api404.StatusCode);
        Assert.Equal("application/problem+json", api404.Content.Headers.ContentType?.MediaType);
        Assert.Contains(
            "Aucune commune de code 99999.",
            await api404.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        var api400 = await client.GetAsync("/api/v1/communes/3000X/page");
        Assert.Equal(HttpStatusCode.BadRequest, api400.StatusCode);
        using var probleme = JsonDocument.Parse(await api400.Content.ReadAsStringAsync());
        Assert.StartsWith(
            "Le code commune « 3000X » doit compter 5 caractères",
            probleme.RootElement.GetProperty("errors").GetProperty("code")[0].GetString(),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Le_contrat_JSON_a_exactement_ses_champs_et_les_operations_agreees_seulement()
    {
        const string code = "30258";
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var etiquette = OutilsProduction.Etiquette();
        await app.CreerOperationAsync(bailleur.OrganisationId, $"Agréée {etiquette}", code, StatutOperation.Engagee);
        await app.CreerOperationAsync(bailleur.OrganisationId, $"Brouillon {etiquette}", code);
        await app.CreerOperationAsync(
            bailleur.OrganisationId,
            $"Programmée {etiquette}",
            code,
            StatutOperation.ProgrammeeComplet
        );
        using var client = app.ClientAnonyme();
        var r = await client.GetAsync($"/api/v1/communes/{code}/page");
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using var json = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        var racine = json.RootElement;
        Assert.Equal(
            [
                "code",
                "nom",
                "departementCode",
                "epciSiren",
                "epciNom",
                "publiee",
                "texte",
                "blocs",
                "deposer",
                "eligibilite",
                "cotation",
                "parc",
                "operations",
                "sru",
                "contacts",
            ],
            racine.EnumerateObject().Select(p => p.Name)
        );
        Assert.Equal(code, racine.GetProperty("code").GetString());
        Assert.Equal("30", racine.GetProperty("departementCode").GetString());
        Assert.Equal(
            ["deposer", "eligibilite", "cotation", "parc", "operations", "sru", "contacts"],
            racine.GetProperty("blocs").EnumerateArray().Select(b => b.GetString())
        );
        var deposer = racine.GetProperty("deposer");
        Assert.Equal(["pointsAccueil", "siteNational"], deposer.EnumerateObject().Select(p => p.Name));
        Assert.Equal("https://www.demande-logement-social.gouv.fr", deposer.GetProperty("siteNational").GetString());
        Assert.Equal(
            ["adresse", "adresseIntegree"],
            racine.GetProperty("eligibilite").EnumerateObject().Select(p => p.Name)
        );
        Assert.Equal(
            ["logementsSociaux", "anneePrecedente", "logementsLiberes", "logementsLivres"],
            racine.GetProperty("parc").EnumerateObject().Select(p => p.Name)
        );
        var operations = racine.GetProperty("operations").EnumerateArray().ToList();
        var miennes = operations
            .Where(o => o.GetProperty("nom").GetString()!.Contains(etiquette, StringComparison.Ordinal))
            .ToList();
        Assert.Equal([$"Agréée {etiquette}"], miennes.Select(o => o.GetProperty("nom").GetString()));
        Assert.Equal(
            ["nom", "nature", "statut", "logements", "dateAgrement"],
            miennes[0].EnumerateObject().Select(p => p.Name)
        );
        Assert.Equal(10, miennes[0].GetProperty("logements").GetInt32());
        var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/communes/{code}"));
        Assert.Contains($"Agréée {etiquette}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Brouillon {etiquette}", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"Programmée {etiquette}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seule_la_version_integree_se_laisse_encadrer_et_aucun_cookie_n_est_pose()
    {
        using var client = app.ClientAnonyme();
        var integree = await client.GetAsync("/communes/30156?integre=1");
        Assert.Equal(HttpStatusCode.OK, integree.StatusCode);
        Assert.EndsWith(
            "frame-ancestors *",
            integree.Headers.GetValues("Content-Security-Policy").Single(),
            StringComparison.Ordinal
        );
        var html = await integree.Content.ReadAsStringAsync();
        Assert.DoesNotContain("fr-header", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fr-footer", html, StringComparison.Ordinal);
        foreach (var url in new[] { "/communes/30156", "/annuaire", "/eligibilite" })
        {
            var r = await client.GetAsync(url);
            Assert.EndsWith(
                "frame-ancestors 'self'",
                r.Headers.GetValues("Content-Security-Policy").Single(),
                StringComparison.Ordinal
            );
            Assert.False(r.Headers.Contains("Set-Cookie"), $"{url} pose un cookie");
        }
        Assert.Contains("fr-header", await client.GetStringAsync("/communes/30156"), StringComparison.Ordinal);
        Assert.False(integree.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Les_visites_des_navigateurs_sont_comptees_par_mois_pas_celles_des_robots()
    {
        const string code = "30155";
        var avant = await VisitesAsync(code);
        using var client = app.ClientAnonyme();
        foreach (var agent in new[] { Navigateur, Navigateur, "Googlebot/2.1", "" })
        {
            using var requete = new HttpRequestMessage(HttpMethod.Get, $"/communes/{code}");
            if (agent != "")
                requete.Headers.TryAddWithoutValidation("User-Agent", agent);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(requete)).StatusCode);
        }
        Assert.Equal(avant + 2, await VisitesAsync(code));
    }

    /// <summary>Un refus (Forbid) renvoie vers la page « accès refusé ».</summary>
    private static void AssertRefus(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/acces-refuse", r.Headers.Location?.AbsolutePath);
    }

    private Task<long> VisitesAsync(string code) =>
        app.ExecuterAsync(async db =>
        {
            await CompteurVisitesPagesCommunes.ViderAsync(db, CancellationToken.None);
            var maintenant = DateTime.UtcNow;
            return await db
                .VisitesPagesCommunes.Where(v =>
                    v.CommuneCode == code && v.Annee == maintenant.Year && v.Mois == maintenant.Month
                )
                .SumAsync(v => v.Visites);
        });

    [Fact]
    public async Task La_commune_redige_choisit_ses_blocs_et_publie_les_autres_ne_peuvent_pas()
    {
        const string code = "30169";
        var commune = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, code, Role.Agent);
        var autre = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, "30047", Role.Agent);
        var url = $"/communes/{code}/modifier";
        using var intrus = await app.ClientConnecteAsync(autre.Courriel, autre.MotDePasse);
        AssertRefus(await intrus.GetAsync(url));
        Assert.Equal(HttpStatusCode.Redirect, (await app.ClientAnonyme().GetAsync(url)).StatusCode);

        using var client = await app.ClientConnecteAsync(commune.Courriel, commune.MotDePasse);
        Assert.Contains(
            $"/communes/{code}/modifier",
            await client.GetStringAsync($"/communes/{code}"),
            StringComparison.Ordinal
        );
        var champs = new List<KeyValuePair<string, string>>
        {
            new("Texte", "Bienvenue <script>alert(1)</script>\n\nDeuxième paragraphe."),
        };
        champs.AddRange(
            new[] { "Deposer", "Eligibilite", "Parc", "Contacts" }.Select(b => new KeyValuePair<string, string>(
                "Blocs",
                b
            ))
        );
        var r = await client.PosterFormulaireMultiAsync(url, champs, "");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var page = await app.ExecuterAsync(db =>
            db.PagesCommunes.AsNoTracking().SingleAsync(p => p.CommuneCode == code)
        );
        Assert.Equal(BlocPageCommune.Cotation | BlocPageCommune.Operations | BlocPageCommune.Sru, page.BlocsMasques);
        Assert.False(page.Publiee);
        // Non publiée : données générales, tous les blocs, sans le texte.
        using var anonyme = app.ClientAnonyme();
        var avant = await anonyme.GetStringAsync($"/communes/{code}");
        Assert.DoesNotContain("Bienvenue", avant, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"bloc-operations\"", avant, StringComparison.Ordinal);

        var pub = await client.PosterFormulaireAsync(
            url,
            new Dictionary<string, string> { ["publier"] = "true" },
            url + "?handler=Publier"
        );
        Assert.Equal(HttpStatusCode.Redirect, pub.StatusCode);
        var apres = await anonyme.GetStringAsync($"/communes/{code}");
        Assert.Contains("Bienvenue &lt;script&gt;alert(1)&lt;/script&gt;", apres, StringComparison.Ordinal);
        Assert.Contains("Deuxième paragraphe.", WebUtility.HtmlDecode(apres), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"bloc-operations\"", apres, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"bloc-parc\"", apres, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await anonyme.GetStringAsync($"/api/v1/communes/{code}/page"));
        Assert.True(json.RootElement.GetProperty("publiee").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("operations").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("sru").ValueKind);
        Assert.Equal(
            ["deposer", "eligibilite", "parc", "contacts"],
            json.RootElement.GetProperty("blocs").EnumerateArray().Select(b => b.GetString())
        );
        var modifier = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Contains($"/communes/{code}?integre=1\" title=", modifier, StringComparison.Ordinal);
        Assert.Contains("<iframe src=", modifier, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Les_indicateurs_S8_et_S9_suivent_les_publications_et_les_visites()
    {
        var annee = DateTime.UtcNow.Year;
        var avant = await app.ExecuterAsync(db =>
            RequetesInformationPublique.IndicateursFeuilleDeRouteAsync(db, annee, "30", CancellationToken.None)
        );
        Assert.Equal(["S8-COMMUNES-PUBLIANT", "S8-VISITES-MOIS", "S9-EXHAUSTIVITE", "S9-A-JOUR"], avant.Keys);
        await app.ExecuterAsync(async db =>
        {
            db.PagesCommunes.Add(
                new PageCommune
                {
                    CommuneCode = "30125",
                    Publiee = true,
                    PublieeLe = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
                    ModifieLe = DateTimeOffset.UtcNow,
                }
            );
            await db.SaveChangesAsync();
        });
        var apres = await app.ExecuterAsync(db =>
            RequetesInformationPublique.IndicateursFeuilleDeRouteAsync(db, annee, "30", CancellationToken.None)
        );
        Assert.Equal((avant["S8-COMMUNES-PUBLIANT"] ?? 0) + 1, apres["S8-COMMUNES-PUBLIANT"]);
        Assert.InRange(apres["S9-EXHAUSTIVITE"]!.Value, 0m, 100m);
        Assert.InRange(apres["S9-A-JOUR"]!.Value, 0m, 100m);
        // Un département sans aucune donnée du module : tout est null.
        var vide = await app.ExecuterAsync(db =>
            RequetesInformationPublique.IndicateursFeuilleDeRouteAsync(db, annee, "974", CancellationToken.None)
        );
        Assert.All(vide.Values, v => Assert.Null(v));
        // La page des indicateurs de la DDTM compte la commune qui publie.
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Lecteur);
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/communes/indicateurs"));
        Assert.Contains($"Communes qui publient : {apres["S8-COMMUNES-PUBLIANT"]}", html, StringComparison.Ordinal);
        var commune = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30125",
            Role.Agent
        );
        using var maire = await app.ClientConnecteAsync(commune.Courriel, commune.MotDePasse);
        AssertRefus(await maire.GetAsync("/communes/indicateurs"));
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class PageCommuneSqlite(SqliteFactory app) : PageCommuneTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class PageCommunePostgres(PostgresFactory app) : PageCommuneTests(app);
