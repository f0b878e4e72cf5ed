using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Territoire;

/// <summary>
/// Attributs datés des communes : saisie et import par la DDTM de leur département, refus pour les autres.
/// </summary>
public abstract class AttributsCommunesTests(PilotisFactory app)
{
    private Task<(string Courriel, string MotDePasse, int OrganisationId)> DdtmDuGardAsync() =>
        app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);

    [Fact]
    public async Task La_DDTM_ajoute_une_valeur_datee_visible_sur_la_fiche_et_dans_l_API()
    {
        var ddtm = await DdtmDuGardAsync();
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        using var reponse = await client.PosterFormulaireAsync(
            "/territoires/communes/30028/attributs",
            new Dictionary<string, string>
            {
                ["Nature"] = "ZoneAbc",
                ["Valeur"] = "B2",
                ["ValideDepuis"] = "2025-01-01",
                ["Source"] = "Arrêté du 5 juillet 2024 (test)",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);

        var fiche = await client.GetStringAsync("/territoires/communes/30028");
        Assert.Contains("Zone B2", fiche);
        using var api = await client.GetAsync("/api/v1/territoires/communes/30028");
        var commune = await api.JsonAsync();
        Assert.Contains(commune.GetProperty("attributs").EnumerateArray(), a =>
            a.GetProperty("nature").GetString() == "zone_abc" && a.GetProperty("valeur").GetString() == "B2"
        );
        var journal = await app.ExecuterAsync(db =>
            db.Journal.CountAsync(j => j.Entite == nameof(AttributCommune) && j.Apres!.Contains("30028"))
        );
        Assert.True(journal >= 1);
    }

    [Fact]
    public async Task Une_saisie_invalide_est_refusee_en_francais_et_n_ecrit_rien()
    {
        var ddtm = await DdtmDuGardAsync();
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var avant = await app.ExecuterAsync(db => db.AttributsCommunes.CountAsync(a => a.CommuneCode == "30007"));
        using var reponse = await client.PosterFormulaireAsync(
            "/territoires/communes/30007/attributs",
            new Dictionary<string, string>
            {
                ["Nature"] = "Zone123",
                ["Valeur"] = "B1",
                ["ValideDepuis"] = "1950-01-01",
                ["Source"] = "",
            }
        );
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.Contains("Valeur « B1 » non admise pour Zonage 1/2/3", html);
        Assert.Contains("antérieure à 1978", html);
        Assert.Contains("La source (arrêté, décret, liste officielle) est obligatoire.", html);
        Assert.Equal(
            avant,
            await app.ExecuterAsync(db => db.AttributsCommunes.CountAsync(a => a.CommuneCode == "30007"))
        );
    }

    [Theory]
    [InlineData(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30")]
    [InlineData(TypeOrganisation.Commune, NiveauPerimetre.Commune, "30189")]
    [InlineData(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "13")]
    public async Task Hors_de_la_DDTM_du_departement_la_saisie_est_refusee(
        TypeOrganisation type,
        NiveauPerimetre niveau,
        string code
    )
    {
        var compte = await app.CreerCompteAsync(type, niveau, code, Role.Administrateur);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        using var reponse = await client.GetAsync("/territoires/communes/30189/attributs");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Contains("/acces-refuse", reponse.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task L_anonyme_est_renvoye_a_la_connexion()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/territoires/attributs/import");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Contains("/connexion", reponse.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Un_import_avec_une_ligne_fausse_n_ecrit_rien_et_numerote_chaque_erreur()
    {
        var ddtm = await DdtmDuGardAsync();
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var avant = await app.ExecuterAsync(db => db.AttributsCommunes.CountAsync());
        const string csv =
            "code_commune;attribut;valeur;valide_depuis;source\n"
            + "30011;qpv;oui;2024-01-01;Décret 2023-1314\n"
            + "30011;zone_abc;Z9;2024-01-01;Arrêté\n"
            + "13055;qpv;oui;2024-01-01;Décret 2023-1314\n"
            + "30012;couleur;bleu;2024-13-01;\n";
        var html = await ImporterAsync(client, csv);
        Assert.Contains("Rien n'a été importé : 3 erreur(s)", html);
        Assert.Contains("Ligne 3 : valeur : Valeur « Z9 » non admise", html);
        Assert.Contains("Ligne 4 : code_commune : la commune 13055 est hors de votre périmètre.", html);
        Assert.Contains("Ligne 5 : attribut : Attribut inconnu", html);
        Assert.Equal(avant, await app.ExecuterAsync(db => db.AttributsCommunes.CountAsync()));
    }

    [Fact]
    public async Task Un_import_valide_ajoute_puis_reimporte_ne_change_rien()
    {
        var ddtm = await DdtmDuGardAsync();
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        const string csv =
            "code_commune;attribut;valeur;valide_depuis;source\r\n"
            + "30020;qpv;non;2024-01-01;Décret n° 2023-1314\r\n"
            + "30020;statut_sru;NON-SOUMISE;2026-01-01;Inventaire 2026 (test)\r\n";
        Assert.Contains("2 ajoutée(s), 0 modifiée(s), 0 inchangée(s)", await ImporterAsync(client, csv));
        Assert.Contains("0 ajoutée(s), 0 modifiée(s), 2 inchangée(s)", await ImporterAsync(client, csv));
        var statut = await app.ExecuterAsync(db =>
            db.AttributsCommunes.SingleAsync(a => a.CommuneCode == "30020" && a.Nature == NatureAttribut.StatutSru)
        );
        Assert.Equal("non-soumise", statut.Valeur);
    }

    private static async Task<string> ImporterAsync(HttpClient client, string csv)
    {
        var page = await client.GetStringAsync("/territoires/attributs/import");
        using var contenu = new MultipartFormDataContent
        {
            { new StringContent(Formulaires.JetonAntiforgery(page)), "__RequestVerificationToken" },
        };
        var fichier = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        fichier.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        contenu.Add(fichier, "Fichier", "attributs.csv");
        using var reponse = await client.PostAsync("/territoires/attributs/import", contenu);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        return WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class AttributsCommunesSqlite(SqliteFactory app) : AttributsCommunesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class AttributsCommunesPostgres(PostgresFactory app) : AttributsCommunesTests(app);
