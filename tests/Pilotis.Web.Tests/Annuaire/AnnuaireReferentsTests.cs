using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Commun;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>
/// L'annuaire des acteurs : visibilité publique ou connectée, recherche sans accents (même résultat sur SQLite et
/// PostgreSQL), droits (l'organisation tient ses fiches, la DDTM toutes), validation par champ, exports CSV et
/// vCard, confirmation annuelle et relances.
/// </summary>
public abstract class AnnuaireReferentsTests(PilotisFactory app)
{
    private static string Mot() => "zq" + Guid.NewGuid().ToString("N")[..8];

    private Task<Referent> FicheAsync(
        int organisationId,
        string nom,
        VisibiliteReferent visibilite,
        ThemeReferent theme = ThemeReferent.Production,
        int moisDepuisConfirmation = 0
    ) =>
        app.ExecuterAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == organisationId);
            var r = new Referent
            {
                OrganisationId = organisationId,
                Theme = theme,
                Nom = nom,
                Fonction = "Chargée de mission",
                Courriel = "test@exemple.fr",
                Telephone = "04 66 00 00 00",
                Disponibilite = "mardi et jeudi matin",
                Visibilite = visibilite,
                ConfirmeLe = DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-moisDepuisConfirmation),
                ModifieLe = DateTimeOffset.UtcNow,
            };
            r.CleRecherche = TexteRecherche.Normaliser($"{r.Nom} {r.Fonction} {organisation.Nom}");
            db.Referents.Add(r);
            await db.SaveChangesAsync();
            return r;
        });

    [Fact]
    public async Task Le_public_ne_voit_que_les_fiches_publiques_et_la_recherche_ignore_accents_et_casse()
    {
        var mot = Mot();
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        await FicheAsync(bailleur.OrganisationId, $"Hélène Dûpont {mot}", VisibiliteReferent.Public);
        await FicheAsync(bailleur.OrganisationId, $"Zoé Réservée {mot}", VisibiliteReferent.Connectes);
        using var anonyme = app.ClientAnonyme();
        var html = WebUtility.HtmlDecode(
            await anonyme.GetStringAsync($"/annuaire?q=HELENE+dupont+{mot.ToUpperInvariant()}")
        );
        Assert.Contains($"Hélène Dûpont {mot}", html, StringComparison.Ordinal);
        Assert.Contains("1 fiche(s)", html, StringComparison.Ordinal);
        var cache = WebUtility.HtmlDecode(await anonyme.GetStringAsync($"/annuaire?q=zoe+{mot}"));
        Assert.Contains("Aucune fiche ne correspond", cache, StringComparison.Ordinal);
        using var connecte = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var tout = WebUtility.HtmlDecode(await connecte.GetStringAsync($"/annuaire?q={mot}"));
        Assert.Contains("2 fiche(s)", tout, StringComparison.Ordinal);
        Assert.Contains($"Zoé Réservée {mot}", tout, StringComparison.Ordinal);
        Assert.Contains("comptes connectés", tout, StringComparison.Ordinal);
        // Filtres : thème et type.
        var theme = WebUtility.HtmlDecode(await connecte.GetStringAsync($"/annuaire?q={mot}&theme=Sru"));
        Assert.Contains("0 fiche(s)", theme, StringComparison.Ordinal);
        var type = WebUtility.HtmlDecode(
            await connecte.GetStringAsync($"/annuaire?q={mot}&type=Bailleur&departement=30")
        );
        Assert.Contains("2 fiche(s)", type, StringComparison.Ordinal);
        var refus = WebUtility.HtmlDecode(await anonyme.GetStringAsync("/annuaire?commune=abc"));
        Assert.Contains("Le code INSEE de la commune compte 5 caractères", refus, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Les_exports_CSV_et_vCard_suivent_les_filtres()
    {
        var mot = Mot();
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        await FicheAsync(bailleur.OrganisationId, $"Anne, Roussel {mot}", VisibiliteReferent.Public);
        await FicheAsync(bailleur.OrganisationId, $"Bruno {mot}", VisibiliteReferent.Public, ThemeReferent.Caleol);
        using var anonyme = app.ClientAnonyme();
        var csv = await anonyme.GetAsync($"/annuaire?q={mot}&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var texte = await csv.Content.ReadAsStringAsync();
        Assert.Contains(
            "Organisation;Type;Thème;Nom;Fonction;Courriel;Téléphone;Disponibilités",
            texte,
            StringComparison.Ordinal
        );
        Assert.Contains($"Bruno {mot}", texte, StringComparison.Ordinal);
        var vcf = await anonyme.GetAsync($"/annuaire?q={mot}&theme=Production&format=vcf");
        Assert.Equal("text/vcard", vcf.Content.Headers.ContentType?.MediaType);
        var cartes = await vcf.Content.ReadAsStringAsync();
        Assert.Equal(1, cartes.Split("BEGIN:VCARD").Length - 1);
        Assert.Contains($"FN:Anne\\, Roussel {mot}\r\n", cartes, StringComparison.Ordinal);
        Assert.DoesNotContain("Bruno", cartes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task L_organisation_tient_ses_fiches_la_DDTM_toutes_et_les_autres_aucune()
    {
        var mot = Mot();
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var autre = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        var url = $"/annuaire/organisations/{bailleur.OrganisationId}";
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var refuse = await client.PosterFormulaireAsync(url, Saisie("", null, null), url + "?handler=Enregistrer");
        var html = WebUtility.HtmlDecode(await refuse.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refuse.StatusCode);
        Assert.Contains("Indiquez le nom du référent.", html, StringComparison.Ordinal);
        Assert.Contains("Indiquez au moins un courriel ou un téléphone.", html, StringComparison.Ordinal);
        Assert.Equal(
            0,
            await app.ExecuterAsync(db => db.Referents.CountAsync(r => r.OrganisationId == bailleur.OrganisationId))
        );

        var ok = await client.PosterFormulaireAsync(
            url,
            Saisie($"Hélène {mot}", "h@exemple.fr", null),
            url + "?handler=Enregistrer"
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var fiche = await app.ExecuterAsync(db =>
            db.Referents.SingleAsync(r => r.OrganisationId == bailleur.OrganisationId)
        );
        Assert.Equal(($"Hélène {mot}", Francais.JourAParis(DateTimeOffset.UtcNow)), (fiche.Nom, fiche.ConfirmeLe));
        Assert.StartsWith($"helene {mot} ", fiche.CleRecherche, StringComparison.Ordinal);
        Assert.True(
            await app.ExecuterAsync(db =>
                db.Journal.AnyAsync(j => j.Entite == "Referent" && j.EntiteId == fiche.Id.ToString())
            )
        );

        using var intrus = await app.ClientConnecteAsync(autre.Courriel, autre.MotDePasse);
        AssertRefus(await intrus.GetAsync(url));
        var force = await intrus.PosterFormulaireAsync(
            $"/annuaire/organisations/{autre.OrganisationId}",
            Saisie("Pirate", "p@exemple.fr", null),
            url + "?handler=Enregistrer"
        );
        AssertRefus(force);

        using var etat = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var modif = await etat.PosterFormulaireAsync(
            url,
            Saisie($"Hélène Modifiée {mot}", "h@exemple.fr", "04 66 11 22 33"),
            url + $"?handler=Enregistrer&modifier={fiche.Id}"
        );
        Assert.Equal(HttpStatusCode.Redirect, modif.StatusCode);
        var apres = await app.ExecuterAsync(db => db.Referents.AsNoTracking().SingleAsync(r => r.Id == fiche.Id));
        Assert.Equal(($"Hélène Modifiée {mot}", "04 66 11 22 33"), (apres.Nom, apres.Telephone));
        Assert.Equal(HttpStatusCode.NotFound, (await etat.GetAsync("/annuaire/organisations/999999")).StatusCode);
    }

    [Fact]
    public async Task Une_fiche_non_confirmee_depuis_douze_mois_est_relancee_puis_confirmee()
    {
        var mot = Mot();
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        await FicheAsync(
            bailleur.OrganisationId,
            $"Ancienne {mot}",
            VisibiliteReferent.Public,
            moisDepuisConfirmation: 14
        );
        using var anonyme = app.ClientAnonyme();
        var liste = WebUtility.HtmlDecode(await anonyme.GetStringAsync($"/annuaire?q={mot}"));
        Assert.Contains("à confirmer", liste, StringComparison.Ordinal);
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Lecteur);
        using var etat = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        // Un lecteur de la DDTM ne tient pas l'annuaire : la page des relances lui est fermée.
        AssertRefus(await etat.GetAsync("/annuaire/indicateurs"));
        var ddtmAgent = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        using var agent = await app.ClientConnecteAsync(ddtmAgent.Courriel, ddtmAgent.MotDePasse);
        var relances = WebUtility.HtmlDecode(await agent.GetStringAsync("/annuaire/indicateurs"));
        var nom = await app.ExecuterAsync(db =>
            db.Organisations.Where(o => o.Id == bailleur.OrganisationId).Select(o => o.Nom).SingleAsync()
        );
        Assert.Contains($">{nom}</a></td><td>Bailleur social</td><td>1</td>", relances, StringComparison.Ordinal);
        var csv = await (await agent.GetAsync("/annuaire/indicateurs?format=csv")).Content.ReadAsStringAsync();
        Assert.Contains(nom, csv, StringComparison.Ordinal);

        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var url = $"/annuaire/organisations/{bailleur.OrganisationId}";
        Assert.Contains(
            "à confirmer",
            WebUtility.HtmlDecode(await client.GetStringAsync(url)),
            StringComparison.Ordinal
        );
        var r = await client.PosterFormulaireAsync(url, new Dictionary<string, string>(), url + "?handler=Confirmer");
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(url));
        Assert.Contains(
            $"à jour au {Francais.Date(Francais.JourAParis(DateTimeOffset.UtcNow))}",
            page,
            StringComparison.Ordinal
        );
        var relancesApres = WebUtility.HtmlDecode(await agent.GetStringAsync("/annuaire/indicateurs"));
        Assert.DoesNotContain(
            $">{nom}</a></td><td>Bailleur social</td><td>1</td>",
            relancesApres,
            StringComparison.Ordinal
        );
    }

    /// <summary>Un refus (Forbid) renvoie vers la page « accès refusé ».</summary>
    private static void AssertRefus(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal("/acces-refuse", r.Headers.Location?.AbsolutePath);
    }

    private static Dictionary<string, string> Saisie(string nom, string? courriel, string? telephone) =>
        new()
        {
            ["Saisie.Theme"] = "Production",
            ["Saisie.Nom"] = nom,
            ["Saisie.Fonction"] = "Chargée de mission",
            ["Saisie.Courriel"] = courriel ?? "",
            ["Saisie.Telephone"] = telephone ?? "",
            ["Saisie.Disponibilite"] = "mardi et jeudi matin",
            ["Saisie.Visibilite"] = "Public",
        };
}

[Collection(Fournisseurs.Sqlite)]
public sealed class AnnuaireReferentsSqlite(SqliteFactory app) : AnnuaireReferentsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class AnnuaireReferentsPostgres(PostgresFactory app) : AnnuaireReferentsTests(app);
