using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;
using static Pilotis.Web.Tests.Financement.OutilsAides;

namespace Pilotis.Web.Tests.Financement;

/// <summary>
/// Les pages des aides : catalogue public et fiche, rattachement par le bailleur, saisie par le financeur (validation
/// par champ, historique), import web et synonymes par la DDTM, indicateurs.
/// </summary>
public abstract class AidesPagesTests(PilotisFactory app)
{
    [Fact]
    public async Task Le_catalogue_et_la_fiche_sont_publics_et_le_HTML_est_celui_nettoye()
    {
        var mot = MotUnique();
        var a = Aide(NouvelId(), $"Aide publique {mot}", description: "<p>Texte <script>x()</script><b>gras</b></p>");
        Assert.Equal(0, (await app.ImporterAsync(Page(a))).Code);
        using var client = app.ClientAnonyme();
        var liste = await (await client.GetAsync($"/aides?q={mot}")).Content.ReadAsStringAsync();
        Assert.Contains("1 aide(s)</strong> pour « " + mot + " »", liste, StringComparison.Ordinal);
        Assert.Contains($"href=\"/aides/test-{a["id"]}\"", liste, StringComparison.Ordinal);
        Assert.Contains("Subvention (1)", liste, StringComparison.Ordinal);
        var vide = await (await client.GetAsync($"/aides?q={mot}xyz")).Content.ReadAsStringAsync();
        Assert.Contains("Aucune aide ne correspond", vide, StringComparison.Ordinal);

        var fiche = await client.GetAsync($"/aides/test-{a["id"]}");
        Assert.Equal(HttpStatusCode.OK, fiche.StatusCode);
        var html = await fiche.Content.ReadAsStringAsync();
        Assert.Contains("<b>gras</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>x()", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/aides/inconnue-{mot}")).StatusCode);
    }

    [Fact]
    public async Task L_export_CSV_suit_la_recherche()
    {
        var mot = MotUnique();
        Assert.Equal(0, (await app.ImporterAsync(Page(Aide(NouvelId(), $"Aide export {mot}")))).Code);
        using var client = app.ClientAnonyme();
        var r = await client.GetAsync($"/aides?q={mot}&format=csv");
        Assert.Equal("text/csv", r.Content.Headers.ContentType?.MediaType);
        var texte = await r.Content.ReadAsStringAsync();
        Assert.Contains("Id source;Nom;Financeurs", texte, StringComparison.Ordinal);
        Assert.Contains($"Aide export {mot}", texte, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Le_bailleur_rattache_une_aide_a_une_ligne_de_financement_de_son_operation()
    {
        var mot = MotUnique();
        var a = Aide(NouvelId(), $"Aide rattachable {mot}");
        Assert.Equal(0, (await app.ImporterAsync(Page(a))).Code);
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var operation = await app.CreerOperationAsync(bailleur.OrganisationId, $"Opération {mot}");
        var ligne = await app.ExecuterAsync(db =>
            db.FinancementsOperation.FirstAsync(f => f.OperationId == operation.Id)
        );
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var url = $"/aides/test-{a["id"]}";
        var refus = await client.PosterFormulaireAsync(
            url,
            new Dictionary<string, string> { ["LigneId"] = "0" },
            url + "?handler=Lier"
        );
        Assert.Contains(
            "Choisissez une ligne du plan de financement",
            await refus.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        var r = await client.PosterFormulaireAsync(
            url,
            new Dictionary<string, string> { ["LigneId"] = $"{ligne.Id}" },
            url + "?handler=Lier"
        );
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var aideId = await app.ExecuterAsync(db =>
            db.Aides.Where(x => x.Slug == $"test-{a["id"]}").Select(x => x.Id).SingleAsync()
        );
        var lien = await app.ExecuterAsync(db => db.LiensAidesFinancements.SingleAsync(l => l.AideId == aideId));
        Assert.Equal((operation.Id, ligne.Id), (lien.OperationId, lien.LigneFinancementId));
        Assert.Contains(
            "Déjà rattachée à",
            await (await client.GetAsync(url)).Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        // Un autre bailleur ne voit pas les lignes de cette opération.
        var autre = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        using var client2 = await app.ClientConnecteAsync(autre.Courriel, autre.MotDePasse);
        var r2 = await client2.PosterFormulaireAsync(
            url,
            new Dictionary<string, string> { ["LigneId"] = $"{ligne.Id}" },
            url + "?handler=Lier"
        );
        Assert.Equal(HttpStatusCode.OK, r2.StatusCode);
        Assert.Equal(1, await app.ExecuterAsync(db => db.LiensAidesFinancements.CountAsync(l => l.AideId == aideId)));
    }

    [Fact]
    public async Task Le_financeur_saisit_son_aide_locale_avec_un_message_par_champ_puis_la_modifie()
    {
        var financeur = await app.CreerCompteAsync(
            TypeOrganisation.Financeur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(financeur.Courriel, financeur.MotDePasse);
        var mot = MotUnique();
        var faux = await client.PosterFormulaireAsync(
            "/aides/nouvelle",
            new Dictionary<string, string>
            {
                ["Nom"] = "",
                ["Perimetre"] = "Atlantide",
                ["Financeurs"] = "Moi",
                ["Categories"] = "Logement|Logement social",
                ["Publics"] = "Bailleurs sociaux",
                ["TypesAide"] = "",
                ["TauxMin"] = "40",
                ["TauxMax"] = "20",
                ["UrlOrigine"] = "javascript:alert(1)",
            }
        );
        var html = WebUtility.HtmlDecode(await faux.Content.ReadAsStringAsync());
        Assert.Contains("Le nom de l'aide est obligatoire.", html, StringComparison.Ordinal);
        Assert.Contains("« Atlantide » n'est ni « France »", html, StringComparison.Ordinal);
        Assert.Contains("Indiquez au moins un type d'aide", html, StringComparison.Ordinal);
        Assert.Contains("Le taux maximal ne peut pas être inférieur au taux minimal.", html, StringComparison.Ordinal);
        Assert.Contains("L'adresse doit commencer par https://", html, StringComparison.Ordinal);
        var champs = new Dictionary<string, string>
        {
            ["Nom"] = $"Aide locale {mot}",
            ["Perimetre"] = "Lozère",
            ["Financeurs"] = "Financeur local",
            ["Categories"] = "Logement|Logement social",
            ["Publics"] = "Bailleurs sociaux",
            ["TypesAide"] = "Prêt",
            ["Description"] = "<p onclick=\"x()\">Prêt complémentaire</p>",
            ["TauxMin"] = "",
            ["TauxMax"] = "",
        };
        var cree = await client.PosterFormulaireAsync("/aides/nouvelle", champs);
        Assert.Equal(HttpStatusCode.Redirect, cree.StatusCode);
        var slug = cree.Headers.Location!.ToString().Split('/')[^1];
        var aide = await app.ExecuterAsync(db => db.Aides.AsNoTracking().SingleAsync(x => x.Slug == slug));
        Assert.True(aide.Locale);
        Assert.Null(aide.IdSource);
        Assert.Equal(financeur.OrganisationId, aide.OrganisationId);
        Assert.Equal(["Bailleurs sociaux"], aide.PublicsCibles);
        Assert.DoesNotContain("onclick", aide.Description!, StringComparison.Ordinal);

        champs["Nom"] = $"Aide locale {mot} révisée";
        var modif = await client.PosterFormulaireAsync($"/aides/{slug}/modifier", champs);
        Assert.Equal(HttpStatusCode.Redirect, modif.StatusCode);
        var page = await (await client.GetAsync($"/aides/{slug}/modifier")).Content.ReadAsStringAsync();
        Assert.Contains("Création par", page, StringComparison.Ordinal);
        Assert.Contains("Modification par", page, StringComparison.Ordinal);
        using var publique = app.ClientAnonyme();
        var ids = await (await publique.GetAsync($"/api/v1/aides?q={mot}")).JsonAsync();
        Assert.Equal($"Aide locale {mot} révisée", ids.GetProperty("items")[0].GetProperty("nom").GetString());

        await AutresComptesRefusesAsync(slug);
    }

    /// <summary>Un autre financeur ne modifie pas l'aide ; un bailleur ne saisit pas d'aide.</summary>
    private async Task AutresComptesRefusesAsync(string slug)
    {
        var autre = await app.CreerCompteAsync(
            TypeOrganisation.Financeur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        using var client2 = await app.ClientConnecteAsync(autre.Courriel, autre.MotDePasse);
        DonneesProduction.AssertRefuse(await client2.GetAsync($"/aides/{slug}/modifier"));
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        using var client3 = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        DonneesProduction.AssertRefuse(await client3.GetAsync("/aides/nouvelle"));
    }

    [Fact]
    public async Task La_DDTM_du_departement_du_financeur_modifie_son_aide_locale_avec_historique()
    {
        var financeur = await app.CreerCompteAsync(
            TypeOrganisation.Financeur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var mot = MotUnique();
        var champs = new Dictionary<string, string>
        {
            ["Nom"] = $"Aide locale {mot}",
            ["Perimetre"] = "Lozère",
            ["Financeurs"] = "Financeur local",
            ["Categories"] = "Logement|Logement social",
            ["Publics"] = "Bailleurs sociaux",
            ["TypesAide"] = "Subvention",
        };
        string slug;
        using (var client = await app.ClientConnecteAsync(financeur.Courriel, financeur.MotDePasse))
        {
            var cree = await client.PosterFormulaireAsync("/aides/nouvelle", champs);
            Assert.Equal(HttpStatusCode.Redirect, cree.StatusCode);
            slug = cree.Headers.Location!.ToString().Split('/')[^1];
        }
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var clientDdtm = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var fiche = await (await clientDdtm.GetAsync($"/aides/{slug}")).Content.ReadAsStringAsync();
        Assert.Contains($"href=\"/aides/{slug}/modifier\"", fiche, StringComparison.Ordinal);
        champs["Nom"] = "";
        var faux = await clientDdtm.PosterFormulaireAsync($"/aides/{slug}/modifier", champs);
        Assert.Contains(
            "Le nom de l'aide est obligatoire.",
            WebUtility.HtmlDecode(await faux.Content.ReadAsStringAsync()),
            StringComparison.Ordinal
        );
        champs["Nom"] = $"Aide locale {mot} corrigée par la DDTM";
        var modif = await clientDdtm.PosterFormulaireAsync($"/aides/{slug}/modifier", champs);
        Assert.Equal(HttpStatusCode.Redirect, modif.StatusCode);
        var aide = await app.ExecuterAsync(db => db.Aides.AsNoTracking().SingleAsync(x => x.Slug == slug));
        Assert.Equal($"Aide locale {mot} corrigée par la DDTM", aide.Nom);
        Assert.Equal(financeur.OrganisationId, aide.OrganisationId);
        var cle = aide.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var auteurs = await app.ExecuterAsync(db =>
            db.Journal.Where(j => j.Entite == "Aide" && j.EntiteId == cle).Select(j => j.Auteur).ToListAsync()
        );
        Assert.Equal(2, auteurs.Count);
        Assert.Contains(auteurs, a => a.Contains(ddtm.Courriel, StringComparison.OrdinalIgnoreCase));
        var page = await (await clientDdtm.GetAsync($"/aides/{slug}/modifier")).Content.ReadAsStringAsync();
        Assert.Contains("Modification par", page, StringComparison.Ordinal);

        // Ni un autre financeur ni la DDTM d'un autre département ne la modifient.
        var autre = await app.CreerCompteAsync(
            TypeOrganisation.Financeur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        using var client2 = await app.ClientConnecteAsync(autre.Courriel, autre.MotDePasse);
        DonneesProduction.AssertRefuse(await client2.GetAsync($"/aides/{slug}/modifier"));
        var jeton = Formulaires.JetonAntiforgery(
            await (await client2.GetAsync("/aides/nouvelle")).Content.ReadAsStringAsync()
        );
        champs["Nom"] = "Détournée";
        champs["__RequestVerificationToken"] = jeton;
        using var corps = new FormUrlEncodedContent(champs);
        DonneesProduction.AssertRefuse(await client2.PostAsync($"/aides/{slug}/modifier", corps));
        var ddtm48 = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "48", Role.Agent);
        using var client3 = await app.ClientConnecteAsync(ddtm48.Courriel, ddtm48.MotDePasse);
        DonneesProduction.AssertRefuse(await client3.GetAsync($"/aides/{slug}/modifier"));
        Assert.Equal(
            $"Aide locale {mot} corrigée par la DDTM",
            await app.ExecuterAsync(db => db.Aides.Where(x => x.Slug == slug).Select(x => x.Nom).SingleAsync())
        );
    }

    [Fact]
    public async Task La_DDTM_importe_par_la_page_et_tient_les_synonymes_que_la_recherche_applique()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var (m1, m2) = (MotUnique(), MotUnique());
        var a = Aide(NouvelId(), $"Aide {m1}");
        using var contenu = new MultipartFormDataContent();
        var page = await (await client.GetAsync("/aides/import")).Content.ReadAsStringAsync();
        contenu.Add(new StringContent(Formulaires.JetonAntiforgery(page)), "__RequestVerificationToken");
        contenu.Add(new StringContent(Page(a)), "Fichier", "aides.json");
        var html = await (await client.PostAsync("/aides/import", contenu)).Content.ReadAsStringAsync();
        Assert.Contains("1 aide(s) : 1 ajoutée(s), 0 modifiée(s), 0 inchangée(s).", html, StringComparison.Ordinal);

        using var anonyme = app.ClientAnonyme();
        Assert.Equal(
            0,
            (await (await anonyme.GetAsync($"/api/v1/aides?q={m2}")).JsonAsync()).GetProperty("total").GetInt32()
        );
        var actuels = await app.ExecuterAsync(db =>
            db.SynonymesAides.OrderBy(s => s.Id).Select(s => s.Expressions).ToListAsync()
        );
        var texte = string.Join("\n", actuels.Append($"{m2} ; {m1}"));
        var refus = await client.PosterFormulaireAsync(
            "/aides/synonymes",
            new Dictionary<string, string> { ["Texte"] = texte + "\nseul" }
        );
        Assert.Contains(
            $"Ligne {actuels.Count + 2} : au moins deux expressions",
            WebUtility.HtmlDecode(await refus.Content.ReadAsStringAsync()),
            StringComparison.Ordinal
        );
        var ok = await client.PosterFormulaireAsync(
            "/aides/synonymes",
            new Dictionary<string, string> { ["Texte"] = texte }
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var trouve = await (await anonyme.GetAsync($"/api/v1/aides?q={m2}")).JsonAsync();
        Assert.Equal(a["id"]!.GetValue<long>(), trouve.GetProperty("items")[0].GetProperty("id").GetInt64());
        // Retire le groupe ajouté : les autres tests gardent le vocabulaire semé.
        await client.PosterFormulaireAsync(
            "/aides/synonymes",
            new Dictionary<string, string> { ["Texte"] = string.Join("\n", actuels) }
        );

        var agent = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var client2 = await app.ClientConnecteAsync(agent.Courriel, agent.MotDePasse);
        DonneesProduction.AssertRefuse(await client2.GetAsync("/aides/import"));
        DonneesProduction.AssertRefuse(await client2.GetAsync("/aides/synonymes"));
    }

    [Fact]
    public async Task Les_indicateurs_comptent_recherches_sans_resultat_et_avis_utiles()
    {
        var mot = MotUnique();
        var a = Aide(NouvelId(), $"Aide utile {mot}");
        Assert.Equal(0, (await app.ImporterAsync(Page(a))).Code);
        using var anonyme = app.ClientAnonyme();
        await anonyme.GetAsync($"/api/v1/aides?q={mot}zzz");
        var url = $"/aides/test-{a["id"]}";
        var r = await anonyme.PosterFormulaireAsync(url, new Dictionary<string, string>(), url + "?handler=Utile");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        await anonyme.PosterFormulaireAsync(url, new Dictionary<string, string>(), url + "?handler=Utile");
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Lecteur);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var html = WebUtility.HtmlDecode(
            await (await client.GetAsync("/aides/indicateurs")).Content.ReadAsStringAsync()
        );
        Assert.Contains($"« {mot}zzz » (1 fois)", html, StringComparison.Ordinal);
        Assert.Contains($"Aide utile {mot}</a></td><td>2</td>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ClientAnonyme().GetAsync("/aides/indicateurs")).StatusCode);
    }

    [Fact]
    public async Task Chaque_tableau_des_indicateurs_s_exporte_en_CSV_et_XLSX_avec_ses_colonnes()
    {
        var mot = MotUnique();
        var a = Aide(NouvelId(), $"Aide exportée {mot}");
        Assert.Equal(0, (await app.ImporterAsync(Page(a))).Code);
        using var anonyme = app.ClientAnonyme();
        await anonyme.GetAsync($"/api/v1/aides?q={mot}vide");
        var url = $"/aides/test-{a["id"]}";
        await anonyme.PosterFormulaireAsync(url, new Dictionary<string, string>(), url + "?handler=Utile");
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Lecteur);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var page = await (await client.GetAsync("/aides/indicateurs")).Content.ReadAsStringAsync();
        Assert.Contains("/aides/indicateurs?tableau=sans-resultat&amp;format=xlsx", page, StringComparison.Ordinal);
        var attendus = new Dictionary<string, (string Entetes, string? Contenu)>
        {
            ["financeurs"] = ("Financeur;Aides locales;Aides nationales;Total", "Financeur de test;"),
            ["portee"] = ("Portée;Aides", "Nationales;"),
            ["mois"] = ("Mois;Recherches;Sans résultat", null),
            ["sans-resultat"] = ("Texte recherché;Fois", $"{mot}vide;1"),
            ["operations"] = ("Aide;Adresse;Opérations;Rattachements", null),
            ["avis"] = ("Aide;Adresse;Utile", $"Aide exportée {mot};{url};1"),
        };
        foreach (var (tableau, (entetes, contenu)) in attendus)
        {
            var r = await client.GetAsync($"/aides/indicateurs?tableau={tableau}&format=csv");
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("text/csv", r.Content.Headers.ContentType?.MediaType);
            var octets = await r.Content.ReadAsByteArrayAsync();
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
            var lignes = System
                .Text.Encoding.UTF8.GetString(octets[3..])
                .Split('\n')
                .Select(l => l.TrimEnd('\r'))
                .ToList();
            Assert.Equal(entetes, lignes[0]);
            if (contenu is not null)
                Assert.Contains(lignes, l => l.StartsWith(contenu, StringComparison.Ordinal));
            var x = await client.GetAsync($"/aides/indicateurs?tableau={tableau}&format=xlsx");
            using var classeur = new ClosedXML.Excel.XLWorkbook(await x.Content.ReadAsStreamAsync());
            var feuille = classeur.Worksheets.First();
            var titres = feuille.Row(1).CellsUsed().Select(c => c.GetString());
            Assert.Equal(entetes, string.Join(";", titres));
        }
        var faux = await client.GetAsync("/aides/indicateurs?tableau=inconnu&format=csv");
        Assert.Equal(HttpStatusCode.BadRequest, faux.StatusCode);
        Assert.Contains("Export impossible", await faux.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class AidesPagesSqlite(SqliteFactory app) : AidesPagesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class AidesPagesPostgres(PostgresFactory app) : AidesPagesTests(app);
