using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;
using static Pilotis.Web.Tests.Foncier.DonneesFoncier;

namespace Pilotis.Web.Tests.Foncier;

/// <summary>
/// L'observatoire foncier d'un EPCI (seed 001, solution 5) : import CSV tout ou rien, liste filtrée et exportée, un
/// site qui devient une opération (transition, historique), et les droits (commune, EPF, DDTM).
/// </summary>
public abstract class ObservatoireFoncierTests(PilotisFactory app)
{
    private async Task<HttpClient> AgentEpciAsync(string epci = NimesMetropole)
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, epci, Role.Agent);
        return await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
    }

    private static async Task<HttpResponseMessage> ImporterAsync(HttpClient client, string csv)
    {
        using var page = await client.GetAsync("/foncier/import");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var jeton = Formulaires.JetonAntiforgery(await page.Content.ReadAsStringAsync());
        using var contenu = new MultipartFormDataContent();
        contenu.Add(new StringContent(jeton), "__RequestVerificationToken");
        var fichier = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        contenu.Add(fichier, "Fichier", "sites.csv");
        return await client.PostAsync("/foncier/import", contenu);
    }

    private const string Entete =
        "identifiant;nom;commune;parcelles;surface_m2;zone_plu;proprietaire;contraintes;longitude;latitude\n";

    [Fact]
    public async Task L_import_est_tout_ou_rien_et_calcule_la_capacite()
    {
        using var client = await AgentEpciAsync();
        var (a, b) = (Unique("IMP"), Unique("IMP"));
        var faux =
            Entete
            + $"{a};Friche A;30189;AB 12, AB 13;4000;U;public;ppri;4,36;43,83\n"
            + $"{b};Friche B;30189;XYZ;2000;Q;public;;;\n";
        using (var refus = await ImporterAsync(client, faux))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
            var html = WebUtility.HtmlDecode(await refus.Content.ReadAsStringAsync());
            Assert.Contains("Ligne 3 : parcelles : « XYZ » n'est pas une référence cadastrale", html);
            Assert.Contains("zone_plu : « Q » n'est pas une valeur admise (U, AU, A, N)", html);
        }
        Assert.False(await app.ExecuterAsync(db => db.SitesFonciers.AnyAsync(s => s.Identifiant == a)));

        var hors = Entete + $"{a};Friche A;30007;AB 12;4000;U;public;;;\n";
        using (var refus = await ImporterAsync(client, hors))
            Assert.Contains("hors de votre périmètre", await refus.Content.ReadAsStringAsync());

        var juste =
            Entete
            + $"{a};Friche A;30189;AB 12, 000 AB 0013;4000;U;public;ppri,pollution;4,36;43,83\n"
            + $"{b};Friche B;30189;CD 1;2000;AU;prive;;;\n";
        using (var ok = await ImporterAsync(client, juste))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Contains("2 ajoutée(s)", await ok.Content.ReadAsStringAsync());
        }
        var site = await app.ExecuterAsync(db => db.SitesFonciers.AsNoTracking().SingleAsync(s => s.Identifiant == a));
        Assert.Equal("30189000AB0012,30189000AB0013", site.Parcelles);
        Assert.Equal(ContraintesSite.Ppri | ContraintesSite.Pollution, site.Contraintes);
        Assert.Equal(NimesMetropole, site.EpciSiren);
        // Paramètres de démonstration de Nîmes Métropole, zone U : 60 logements/ha × 30 % ; 0,4 ha → 7,2 → 7.
        Assert.Equal(7, site.CapaciteEstimee);
        using (var encore = await ImporterAsync(client, juste))
            Assert.Contains("0 ajoutée(s), 0 modifiée(s), 2 inchangée(s)", await encore.Content.ReadAsStringAsync());
    }

    private static async Task<HttpResponseMessage> TransitionAsync(
        HttpClient client,
        int id,
        ActionSite action,
        int? operationId = null
    )
    {
        var url = $"/foncier/sites/{id}";
        var html = await (await client.GetAsync(url)).Content.ReadAsStringAsync();
        var debut = html.IndexOf($"data-action=\"{action}\"", StringComparison.Ordinal);
        Assert.True(debut >= 0, $"Pas de bouton {action} sur la page du site.");
        var formulaire = html[debut..html.IndexOf("</form>", debut, StringComparison.Ordinal)];
        var jeton = System
            .Text.RegularExpressions.Regex.Match(formulaire, "name=\"jeton\" value=\"([^\"]+)\"")
            .Groups[1]
            .Value;
        var champs = new Dictionary<string, string>
        {
            ["action"] = action.ToString(),
            ["jeton"] = jeton,
            ["operationId"] = operationId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["__RequestVerificationToken"] = Formulaires.JetonAntiforgery(formulaire),
        };
        using var contenu = new FormUrlEncodedContent(champs);
        return await client.PostAsync($"{url}?handler=Transition", contenu);
    }

    [Fact]
    public async Task Un_site_devient_une_operation_et_son_historique_le_dit()
    {
        using var client = await AgentEpciAsync();
        var site = await app.CreerSiteAsync();
        var operation = await app.CreerOperationTestAsync(await app.BailleurDemoAsync(), "30", epci: NimesMetropole);
        // Une opération de Nîmes Métropole (lisible par l'agent) mais d'une autre commune que le site.
        var ailleurs = await app.CreerOperationTestAsync(
            await app.BailleurDemoAsync(),
            "30",
            o => o.CommuneCode = "30189",
            NimesMetropole
        );

        using (var refus = await TransitionAsync(client, site.Id, ActionSite.EngagerOperation, ailleurs.Id))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
            Assert.Contains("pas sur la commune du site", await refus.Content.ReadAsStringAsync());
        }
        using (var ok = await TransitionAsync(client, site.Id, ActionSite.EngagerOperation, operation.Id))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var apres = await app.ExecuterAsync(db => db.SitesFonciers.AsNoTracking().SingleAsync(s => s.Id == site.Id));
        Assert.Equal(StatutSite.EnOperation, apres.Statut);
        Assert.Equal(operation.Id, apres.OperationId);
        var page = WebUtility.HtmlDecode(
            await (await client.GetAsync($"/foncier/sites/{site.Id}")).Content.ReadAsStringAsync()
        );
        Assert.Contains("statut : Identifié → En opération", page);
        Assert.Contains(operation.Numero, page);

        // Constater la construction exige une opération livrée.
        using (var refus = await TransitionAsync(client, site.Id, ActionSite.ConstaterLivraison))
            Assert.Contains("pas encore livrée", await refus.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Seuls_l_EPCI_et_l_EPF_porteur_modifient_un_site()
    {
        var epf = await app.EpfDemoAsync();
        var site = await app.CreerSiteAsync();
        var porte = await app.CreerSiteAsync(ajuster: s => (s.Proprietaire, s.PorteurId) = (TypeProprietaire.Epf, epf));
        using var foncier = await app.ClientConnecteAsync("foncier@demo.pilotis.fr");
        Assert.Equal(HttpStatusCode.OK, (await foncier.GetAsync($"/foncier/sites/{site.Id}")).StatusCode);
        Assert.DoesNotContain(
            "data-action=",
            await (await foncier.GetAsync($"/foncier/sites/{site.Id}")).Content.ReadAsStringAsync()
        );
        using (var ok = await TransitionAsync(foncier, porte.Id, ActionSite.MettreALEtude))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(
            StatutSite.EnEtude,
            await app.ExecuterAsync(db =>
                db.SitesFonciers.Where(s => s.Id == porte.Id).Select(s => s.Statut).SingleAsync()
            )
        );
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        Assert.Equal(HttpStatusCode.OK, (await ddtm.GetAsync($"/foncier/sites/{site.Id}")).StatusCode);
        using (var refus = await ddtm.GetAsync($"/foncier/sites/saisie/{site.Id}"))
            Assert.Equal("/acces-refuse", refus.Headers.Location?.AbsolutePath);
        using var bailleur = await app.ClientConnecteAsync("bailleur@demo.pilotis.fr");
        using (var refus = await bailleur.GetAsync("/foncier"))
            Assert.Equal("/acces-refuse", refus.Headers.Location?.AbsolutePath);
        using var alesAgent = await AgentEpciAsync(AlesAgglo);
        Assert.Equal(HttpStatusCode.NotFound, (await alesAgent.GetAsync($"/foncier/sites/{site.Id}")).StatusCode);
    }

    [Fact]
    public async Task La_periode_du_PLH_se_choisit_dans_le_formulaire_avec_des_messages_par_champ()
    {
        using var client = await AgentEpciAsync(AlesAgglo);
        async Task<string> PageAsync(string requete) =>
            WebUtility.HtmlDecode(
                await (await client.GetAsync($"/foncier?epci={AlesAgglo}{requete}")).Content.ReadAsStringAsync()
            );
        var annee = DateTime.UtcNow.Year;
        var defaut = await PageAsync("");
        Assert.Contains($"Indicateurs de la période du PLH {annee}–{annee + 5}", defaut, StringComparison.Ordinal);
        Assert.Contains("<label class=\"fr-label\" for=\"debut\">Année de début</label>", defaut);
        Assert.Contains("name=\"debut\"", defaut, StringComparison.Ordinal);
        Assert.Contains("name=\"fin\"", defaut, StringComparison.Ordinal);

        var choisie = await PageAsync("&debut=2020&fin=2025");
        Assert.Contains("Indicateurs de la période du PLH 2020–2025", choisie, StringComparison.Ordinal);
        Assert.Contains("value=\"2020\"", choisie, StringComparison.Ordinal);
        var finSeule = await PageAsync("&fin=2031");
        Assert.Contains("Indicateurs de la période du PLH 2026–2031", finSeule, StringComparison.Ordinal);

        var illisible = await PageAsync("&debut=deux&fin=1800");
        Assert.Contains("Année de début : « deux » n'est pas une année.", illisible, StringComparison.Ordinal);
        Assert.Contains("Année de fin : ", illisible, StringComparison.Ordinal);
        Assert.Contains("fr-input-group--error", illisible, StringComparison.Ordinal);
        Assert.Contains($"Indicateurs de la période du PLH {annee}–{annee + 5}", illisible, StringComparison.Ordinal);
        var inversee = await PageAsync("&debut=2030&fin=2025");
        Assert.Contains("L'année de fin précède l'année de début.", inversee, StringComparison.Ordinal);
        Assert.DoesNotContain("PLH 2030–2025", inversee, StringComparison.Ordinal);
    }

    [Fact]
    public async Task La_liste_filtre_pagine_et_exporte()
    {
        using var client = await AgentEpciAsync();
        var site = await app.CreerSiteAsync(ajuster: s => s.Zone = ZonePlu.AU);
        var html = await (
            await client.GetAsync($"/foncier?commune={site.CommuneCode}&zone=AU")
        ).Content.ReadAsStringAsync();
        Assert.Contains(site.Identifiant, html);
        Assert.DoesNotContain(
            site.Identifiant,
            await (await client.GetAsync($"/foncier?commune={site.CommuneCode}&zone=N")).Content.ReadAsStringAsync()
        );
        Assert.Contains(
            "Aucun site ne correspond",
            await (await client.GetAsync("/foncier?commune=30007")).Content.ReadAsStringAsync()
        );
        using var csv = await client.GetAsync($"/foncier?commune={site.CommuneCode}&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var octets = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], octets[..3]);
        var texte = Encoding.UTF8.GetString(octets);
        Assert.Contains($"{site.Identifiant};", texte);
        Assert.StartsWith("\uFEFFIdentifiant;Nom;Commune", texte);
        using var xlsx = await client.GetAsync("/foncier?format=xlsx");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );
    }

    [Fact]
    public async Task La_demonstration_a_ses_sites_ses_outils_et_son_alerte()
    {
        var (sites, lies, outils) = await app.ExecuterAsync(async db =>
            (
                await db.SitesFonciers.CountAsync(s => s.Demonstration),
                await db.SitesFonciers.CountAsync(s => s.Demonstration && s.OperationId != null),
                await db.OutilsFonciers.CountAsync(o => o.Demonstration && o.CommuneCode == "30007")
            )
        );
        Assert.Equal(30, sites);
        Assert.True(lies >= 2, $"{lies} site(s) de démonstration liés à une opération");
        Assert.True(outils >= 5, $"{outils} outil(s) de démonstration à Alès");
        using var foncier = await app.ClientConnecteAsync("foncier@demo.pilotis.fr");
        var page = await (await foncier.GetAsync("/foncier/outils")).Content.ReadAsStringAsync();
        Assert.Contains("Convention de portage EPF n° 12 (fictif)", WebUtility.HtmlDecode(page));
        Assert.Contains("data-testid=\"alertes-portage\"", page);
    }

    [Fact]
    public async Task La_carte_place_les_sites_localises()
    {
        using var client = await AgentEpciAsync();
        var site = await app.CreerSiteAsync();
        var html = await (await client.GetAsync($"/foncier/carte?epci={NimesMetropole}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"carte-foncier\"", html);
        Assert.Contains("/lib/leaflet/leaflet.js", html);
        Assert.Contains(WebUtility.HtmlEncode($"\"id\":{site.Id},"), html);
        Assert.DoesNotContain("{z}/{x}/{y}", html, StringComparison.Ordinal);
        Assert.DoesNotContain("openstreetmap", html, StringComparison.OrdinalIgnoreCase);
        using var leaflet = await client.GetAsync("/lib/leaflet/leaflet.js");
        Assert.Equal(HttpStatusCode.OK, leaflet.StatusCode);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ObservatoireFoncierSqlite(SqliteFactory app) : ObservatoireFoncierTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ObservatoireFoncierPostgres(PostgresFactory app) : ObservatoireFoncierTests(app);
