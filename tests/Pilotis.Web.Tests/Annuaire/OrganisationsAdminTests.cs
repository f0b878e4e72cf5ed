using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>
/// /admin/organisations : portée de la liste, création, fiche (403, lecture seule, concurrence), désactivation,
/// exports.
/// </summary>
public abstract class OrganisationsAdminTests(PilotisFactory app)
{
    private static Dictionary<string, string> Saisie(
        string nom,
        string type,
        string niveau,
        string code,
        string? siren = null,
        string? departement = null
    ) =>
        new()
        {
            ["Saisie.Nom"] = nom,
            ["Saisie.Type"] = type,
            ["Saisie.Siren"] = siren ?? "",
            ["Saisie.PerimetreNiveau"] = niveau,
            ["Saisie.PerimetreCode"] = code,
            ["Saisie.DepartementCode"] = departement ?? "",
        };

    private Task<string> NomAsync(int id) =>
        app.ExecuterAsync(db => db.Organisations.Where(o => o.Id == id).Select(o => o.Nom).SingleAsync());

    [Fact]
    public async Task Un_bailleur_ne_voit_que_sa_propre_organisation()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);

        var html = await client.PageAsync("/admin/organisations");
        Assert.Contains("1 organisation(s)", PagesAdmin.Texte(html));
        Assert.Contains(await NomAsync(bailleur.OrganisationId), PagesAdmin.Texte(html));
        Assert.DoesNotContain("Nouvelle organisation", PagesAdmin.Texte(html));

        var lignes = await client.CsvAsync("/admin/organisations?handler=Csv");
        Assert.Equal(2, lignes.Count);
        Assert.Equal(bailleur.OrganisationId.ToString(), lignes[1][0]);
    }

    [Fact]
    public async Task La_ddtm_voit_les_organisations_de_son_departement_et_pas_les_autres()
    {
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "48", Role.Lecteur);
        var dansLeDepartement = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Commune,
            "48095",
            Role.Agent
        );
        var ailleurs = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "34",
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);

        var nomDedans = await NomAsync(dansLeDepartement.OrganisationId);
        var nomAilleurs = await NomAsync(ailleurs.OrganisationId);
        Assert.Contains(
            nomDedans,
            PagesAdmin.Texte(await client.PageAsync($"/admin/organisations?q={Uri.EscapeDataString(nomDedans)}"))
        );
        var recherche = await client.PageAsync($"/admin/organisations?q={Uri.EscapeDataString(nomAilleurs)}");
        Assert.Contains("data-testid=\"liste-vide\"", recherche);
        Assert.Contains("Aucune organisation ne correspond", PagesAdmin.Texte(recherche));

        var lignes = await client.CsvAsync("/admin/organisations?handler=Csv");
        var colonneDepartement = Array.IndexOf(lignes[0], "Département de rattachement");
        Assert.True(lignes.Count >= 3);
        Assert.All(lignes.Skip(1), l => Assert.Equal("48", l[colonneDepartement]));
        // Un lecteur de la DDTM consulte mais ne crée pas.
        using var creation = await client.GetAsync("/admin/organisations/nouvelle");
        Assert.StartsWith("/acces-refuse", creation.Redirection());
    }

    [Fact]
    public async Task Le_bailleur_de_demonstration_ne_peut_pas_ouvrir_la_fiche_d_un_autre_bailleur()
    {
        var autre = await app.ExecuterAsync(db =>
            db.Organisations.Where(o => o.Nom == "Cévennes Logis (ESH fictive)").Select(o => o.Id).SingleAsync()
        );
        var sienne = await app.ExecuterAsync(db =>
            db.Organisations.Where(o => o.Nom == "Garrigues Habitat (OPH fictif)").Select(o => o.Id).SingleAsync()
        );
        using var client = await app.ClientConnecteAsync("bailleur@demo.pilotis.fr");

        using var refus = await client.GetAsync($"/admin/organisations/{autre}");
        var destination = refus.Redirection();
        Assert.StartsWith("/acces-refuse", destination);
        using var page403 = await client.GetAsync(destination);
        Assert.Equal(HttpStatusCode.Forbidden, page403.StatusCode);
        Assert.Contains("Accès refusé", await page403.Content.ReadAsStringAsync());

        // Sa propre fiche s'ouvre, modifiable pour le nom et le SIREN seulement.
        var html = await client.PageAsync($"/admin/organisations/{sienne}");
        Assert.Contains("name=\"Saisie.Nom\"", html);
        Assert.DoesNotContain("name=\"Saisie.Type\"", html);
        Assert.DoesNotContain("handler=Desactiver", html);
    }

    [Fact]
    public async Task Un_agent_voit_la_fiche_de_son_organisation_en_lecture_seule()
    {
        var agent = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, "30007", Role.Agent);
        using var client = await app.ClientConnecteAsync(agent.Courriel, agent.MotDePasse);
        var html = await client.PageAsync($"/admin/organisations/{agent.OrganisationId}");
        Assert.Contains("data-testid=\"fiche-lecture\"", html);
        Assert.DoesNotContain("name=\"Saisie.Nom\"", html);

        using var ecriture = await client.PosterFormulaireAsync(
            $"/admin/organisations/{agent.OrganisationId}",
            new Dictionary<string, string>
            {
                ["Saisie.Nom"] = "Renommage interdit",
                ["Jeton"] = Guid.NewGuid().ToString(),
            }
        );
        Assert.StartsWith("/acces-refuse", ecriture.Redirection());
        Assert.NotEqual("Renommage interdit", await NomAsync(agent.OrganisationId));
    }

    [Fact]
    public async Task La_creation_refuse_une_saisie_invalide_avec_des_messages_en_francais_et_n_ecrit_rien()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var avant = await app.ExecuterAsync(db => db.Organisations.CountAsync());

        using var reponse = await client.PosterFormulaireAsync(
            "/admin/organisations/nouvelle",
            Saisie("", "Bailleur", "Commune", "99999", siren: "123456789")
        );
        var html = await reponse.HtmlAsync();
        var erreurs = PagesAdmin.Erreurs(html);
        Assert.Contains("Indiquez le nom de l'organisation.", erreurs);
        Assert.Contains(erreurs, e => e.StartsWith("Le SIREN doit comporter 9 chiffres", StringComparison.Ordinal));
        Assert.Contains(erreurs, e => e.Contains("Aucune commune de code INSEE « 99999 »", StringComparison.Ordinal));
        Assert.Contains("fr-input-group--error", html);
        Assert.Contains("value=\"99999\"", html);

        using var horsDepartement = await client.PosterFormulaireAsync(
            "/admin/organisations/nouvelle",
            Saisie($"Bailleur héraultais {Guid.NewGuid():N}", "Bailleur", "Commune", "34172")
        );
        Assert.Contains(
            "Vous ne pouvez administrer que les organisations rattachées au département 30.",
            PagesAdmin.Erreurs(await horsDepartement.HtmlAsync())
        );

        using var epciInterdepartemental = await client.PosterFormulaireAsync(
            "/admin/organisations/nouvelle",
            Saisie($"Grand Avignon {Guid.NewGuid():N}", "Epci", "Epci", "248400251")
        );
        Assert.Contains(PagesAdmin.Erreurs(await epciInterdepartemental.HtmlAsync()), e =>
            e.Contains("s'étend sur plusieurs départements (30, 84)", StringComparison.Ordinal)
        );

        using var dreal = await client.PosterFormulaireAsync(
            "/admin/organisations/nouvelle",
            Saisie($"Fausse DREAL {Guid.NewGuid():N}", "Dreal", "Departement", "30")
        );
        Assert.Contains(
            "Vous ne pouvez pas attribuer le type « État — DREAL ».",
            PagesAdmin.Erreurs(await dreal.HtmlAsync())
        );

        Assert.Equal(avant, await app.ExecuterAsync(db => db.Organisations.CountAsync()));
    }

    [Fact]
    public async Task La_ddtm_cree_une_organisation_rattachee_d_apres_son_perimetre()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var nom = $"Commune créée {Guid.NewGuid():N}";

        var fiche = await client.PosterEtSuivreAsync(
            "/admin/organisations/nouvelle",
            Saisie(nom, "Commune", "Commune", "30007", siren: "213 000 078")
        );
        var organisation = await app.ExecuterAsync(db =>
            db.Organisations.AsNoTracking().SingleAsync(o => o.Nom == nom)
        );
        Assert.Equal($"/admin/organisations/{organisation.Id}", fiche);
        Assert.Equal(
            ("30", "76", "213000078", NiveauPerimetre.Commune, "30007", TypeOrganisation.Commune),
            (
                organisation.DepartementCode,
                organisation.RegionCode,
                organisation.Siren,
                organisation.PerimetreNiveau,
                organisation.PerimetreCode,
                organisation.Type
            )
        );
        Assert.Contains("est créée", PagesAdmin.Texte(await client.PageAsync(fiche)));
    }

    [Fact]
    public async Task Une_modification_concurrente_est_signalee_et_la_saisie_conservee()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "48",
            Role.Administrateur
        );
        var cible = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        using var premier = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        using var second = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var url = $"/admin/organisations/{cible.OrganisationId}";
        // Les deux ouvrent la fiche avec le même jeton.
        var jeton = PagesAdmin.Valeur(await premier.PageAsync(url), "Jeton")!;
        Assert.Equal(jeton, PagesAdmin.Valeur(await second.PageAsync(url), "Jeton"));

        var champs = Saisie("Nom du premier", "Bailleur", "Departement", "48");
        champs["Jeton"] = jeton;
        Assert.Equal(url, await premier.PosterEtSuivreAsync(url, champs));

        champs["Saisie.Nom"] = "Nom du second";
        using var conflit = await second.PosterFormulaireAsync(url, champs);
        var html = await conflit.HtmlAsync();
        Assert.Contains("modifiée entre-temps", PagesAdmin.Texte(html));
        Assert.Equal("Nom du second", PagesAdmin.Valeur(html, "Saisie.Nom"));
        Assert.Contains("data-testid=\"version-enregistree\"", html);
        Assert.Equal("Nom du premier", await NomAsync(cible.OrganisationId));

        // Le nouveau jeton proposé permet d'enregistrer en connaissance de cause.
        champs["Jeton"] = PagesAdmin.Valeur(html, "Jeton")!;
        Assert.NotEqual(jeton, champs["Jeton"]);
        Assert.Equal(url, await second.PosterEtSuivreAsync(url, champs));
        Assert.Equal("Nom du second", await NomAsync(cible.OrganisationId));
    }

    [Fact]
    public async Task Desactiver_une_organisation_empeche_ses_utilisateurs_de_se_connecter()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "48",
            Role.Administrateur
        );
        var cible = await app.CreerCompteAsync(
            TypeOrganisation.Reservataire,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        using var admin = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var url = $"/admin/organisations/{cible.OrganisationId}";
        var jeton = PagesAdmin.Valeur(await admin.PageAsync(url), "Jeton")!;

        Assert.Equal(
            url,
            await admin.PosterEtSuivreAsync(url, new() { ["Jeton"] = jeton }, $"{url}?handler=Desactiver")
        );
        Assert.Contains("Désactivée", PagesAdmin.Texte(await admin.PageAsync(url)));
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            app.ClientConnecteAsync(cible.Courriel, cible.MotDePasse)
        );

        jeton = PagesAdmin.Valeur(await admin.PageAsync(url), "Jeton")!;
        Assert.Equal(
            url,
            await admin.PosterEtSuivreAsync(url, new() { ["Jeton"] = jeton }, $"{url}?handler=Reactiver")
        );
        using var reconnecte = await app.ClientConnecteAsync(cible.Courriel, cible.MotDePasse);
    }

    [Fact]
    public async Task Un_administrateur_ne_desactive_pas_sa_propre_organisation()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "48",
            Role.Administrateur
        );
        using var admin = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var url = $"/admin/organisations/{ddtm.OrganisationId}";
        var html = await admin.PageAsync(url);
        Assert.DoesNotContain("handler=Desactiver", html);
        using var reponse = await admin.PosterFormulaireAsync(
            url,
            new Dictionary<string, string>() { ["Jeton"] = PagesAdmin.Valeur(html, "Jeton")! },
            $"{url}?handler=Desactiver"
        );
        Assert.StartsWith("/acces-refuse", reponse.Redirection());
        Assert.True(
            await app.ExecuterAsync(db =>
                db.Organisations.Where(o => o.Id == ddtm.OrganisationId).Select(o => o.Active).SingleAsync()
            )
        );
    }

    [Fact]
    public async Task La_liste_pagine_par_50_et_garde_les_filtres()
    {
        // La Corse-du-Sud n'est utilisée par aucun autre test : on y sème 55 organisations.
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "2A", Role.Lecteur);
        var prefixe = $"Pagination {Guid.NewGuid():N}";
        await app.ExecuterAsync(async db =>
        {
            for (var i = 1; i <= 55; i++)
            {
                db.Organisations.Add(
                    new Organisation
                    {
                        Nom = $"{prefixe} {i:00}",
                        Type = TypeOrganisation.Bailleur,
                        PerimetreNiveau = NiveauPerimetre.Departement,
                        PerimetreCode = "2A",
                        DepartementCode = "2A",
                        RegionCode = "94",
                    }
                );
            }
            await db.SaveChangesAsync();
        });
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var filtre = $"/admin/organisations?type=Bailleur&q={Uri.EscapeDataString(prefixe)}";

        var page1 = await client.PageAsync(filtre);
        Assert.Contains("55 organisation(s) — 1 à 50", PagesAdmin.Texte(page1));
        Assert.Contains($"{prefixe} 50", page1);
        Assert.DoesNotContain($"{prefixe} 51", page1);
        var suivante = System
            .Text.RegularExpressions.Regex.Match(page1, "href=\"([^\"]*)\">Page suivante")
            .Groups[1]
            .Value;
        Assert.Contains("p=2", suivante);
        Assert.Contains("type=Bailleur", suivante);

        var page2 = await client.PageAsync(System.Net.WebUtility.HtmlDecode(suivante));
        Assert.Contains("55 organisation(s) — 51 à 55", PagesAdmin.Texte(page2));
        Assert.Contains($"{prefixe} 55", page2);
        Assert.DoesNotContain($"{prefixe} 50<", page2);
        // Au-delà de la dernière page, on reste sur la dernière ; l'export ne pagine pas.
        Assert.Contains("51 à 55", PagesAdmin.Texte(await client.PageAsync(filtre + "&p=9")));
        Assert.Equal(56, (await client.CsvAsync(filtre + "&handler=Csv")).Count);
    }

    [Fact]
    public async Task Les_exports_csv_et_xlsx_suivent_les_filtres()
    {
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "48", Role.Lecteur);
        var financeur = await app.CreerCompteAsync(
            TypeOrganisation.Financeur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var nom = await NomAsync(financeur.OrganisationId);

        var lignes = await client.CsvAsync(
            $"/admin/organisations?handler=Csv&type=Financeur&q={Uri.EscapeDataString(nom)}"
        );
        Assert.Equal(
            [
                "Identifiant",
                "Nom",
                "Type",
                "SIREN",
                "Niveau du périmètre",
                "Code du périmètre",
                "Département de rattachement",
                "Active",
                "Utilisateurs",
            ],
            lignes[0]
        );
        Assert.Equal(
            [financeur.OrganisationId.ToString(), nom, "Financeur", "", "Département", "48", "48", "Oui", "1"],
            lignes[1]
        );
        Assert.Equal(2, lignes.Count);

        using var xlsx = await client.GetAsync($"/admin/organisations?handler=Xlsx&q={Uri.EscapeDataString(nom)}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );
        using var flux = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var classeur = new XLWorkbook(flux);
        var feuille = classeur.Worksheet("Organisations");
        Assert.Equal("Nom", feuille.Cell(1, 2).GetString());
        Assert.Equal(nom, feuille.Cell(2, 2).GetString());
        Assert.True(feuille.Cell(3, 2).IsEmpty());
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class OrganisationsAdminSqlite(SqliteFactory app) : OrganisationsAdminTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class OrganisationsAdminPostgres(PostgresFactory app) : OrganisationsAdminTests(app);
