using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// Liste de dépôt (lisible par qui consulte la programmation, modifiable par la DDTM) et calendrier de dépôt (public,
/// modifiable par la DDTM). Département 34 : aucun autre test n'en modifie la liste ni le calendrier.
/// </summary>
public abstract class ListeDepotCalendrierTests(PilotisFactory app)
{
    private const string Departement = "34";
    private const string UrlExigence = "/production/liste-depot/exigence";
    private const string UrlCalendrier2032 = $"/production/calendrier?departement={Departement}&annee=2032";
    private const string UrlModifier2032 = "/production/calendrier/modifier?annee=2032";

    [Fact]
    public async Task La_ddtm_ajoute_modifie_et_supprime_une_exigence_que_le_bailleur_lit_sans_pouvoir_la_modifier()
    {
        using var client = await ClientAsync(TypeOrganisation.Ddtm, Role.Agent);
        var semees = await ListeSemeeAuPremierUsageAsync(client);
        await SaisiesInvalidesRefuseesSansRienEcrireAsync(client, semees);

        var exigence = await AjouterEtudeDeSolAsync(client);
        var url = $"{UrlExigence}/{exigence.Id}";
        await ModifierPuisRefuserLeJetonPerimeAsync(client, url, exigence);
        await LeBailleurEtLEpciLisentSansModifierAsync(url);

        // Suppression avec le jeton courant.
        var jetonCourant = await JetonAsync(client, url, "form-supprimer");
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PosterFormulaireAsync(
                    url,
                    new Dictionary<string, string> { ["Jeton"] = jetonCourant },
                    url + "?handler=supprimer"
                )
            ).StatusCode
        );
        Assert.False(await app.ExecuterAsync(db => db.ExigencesDepot.AnyAsync(e => e.Id == exigence.Id)));
    }

    [Fact]
    public async Task Le_calendrier_est_public_et_seme_par_defaut_sans_lien_de_modification()
    {
        using var anonyme = app.ClientAnonyme();
        var page = await (await anonyme.GetAsync(UrlCalendrier2032)).PageAsync();
        Assert.Contains("30/11/2031", page); // 1er trimestre 2032 : dépôt avant le 30 novembre de l'année précédente
        Assert.Contains("30/09/2032", page);
        Assert.DoesNotContain("/production/calendrier/modifier", page);
        // Un département inconnu se dit sur la page, qui montre le Gard (ticket 11, point 13 : plus de 404 nu).
        var inconnu = await (await anonyme.GetAsync("/production/calendrier?departement=ZZ")).PageAsync();
        Assert.Contains("data-testid=\"valeurs-refusees\"", inconnu);
    }

    [Fact]
    public async Task Ni_l_anonyme_ni_le_bailleur_n_ouvrent_la_modification_du_calendrier()
    {
        using var anonyme = app.ClientAnonyme();
        using (var r = await anonyme.GetAsync(UrlModifier2032))
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/connexion", r.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        }
        using var clientBailleur = await ClientAsync(TypeOrganisation.Bailleur, Role.Administrateur);
        DonneesProduction.AssertRefuse(await clientBailleur.GetAsync(UrlModifier2032));
    }

    [Fact]
    public async Task La_ddtm_publie_le_calendrier_par_defaut_en_ouvrant_la_modification_puis_le_modifie()
    {
        using var client = await ClientAsync(TypeOrganisation.Ddtm, Role.Agent);
        Assert.Contains(
            "/production/calendrier/modifier",
            await (await client.GetAsync($"/production/calendrier?annee=2032")).PageAsync()
        );
        // La page publique ne fait que lire ; la DDTM qui ouvre la modification publie le calendrier par défaut.
        Assert.Equal(0, await EcheancesPublieesAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(UrlModifier2032)).StatusCode);
        var echeance = await app.ExecuterAsync(db =>
            db.EcheancesDepot.AsNoTracking()
                .SingleAsync(e => e.DepartementCode == Departement && e.Annee == 2032 && e.MoisDebut == 4)
        );
        var url = $"{UrlModifier2032}&id={echeance.Id}";
        var jeton = await JetonAsync(client, url, "form-echeance");
        await EcheancesIncoherentesRefuseesAsync(client, url, jeton);

        using (
            var r = await client.PosterFormulaireAsync(
                url,
                Echeance("4", "6", "2032-03-15", jeton, "Commission du 20 avril")
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        using var anonyme = app.ClientAnonyme();
        var publie = await (await anonyme.GetAsync(UrlCalendrier2032)).PageAsync();
        Assert.Contains("15/03/2032", publie);
        Assert.Contains("Commission du 20 avril", publie);
        // Le jeton d'avant la modification ne vaut plus.
        var conflit = await (
            await client.PosterFormulaireAsync(url, Echeance("4", "6", "2032-03-01", jeton))
        ).PageAsync();
        Assert.Contains("modifiée ou supprimée entre-temps", conflit);
        Assert.Equal(4, await EcheancesPublieesAsync());
    }

    private Task<HttpClient> ClientAsync(TypeOrganisation type, Role role) =>
        app.ClientNouveauCompteAsync(type, NiveauPerimetre.Departement, Departement, role);

    private static async Task<string> JetonAsync(HttpClient client, string url, string formulaire) =>
        OutilsSru.ChampCache(await (await client.GetAsync(url)).Content.ReadAsStringAsync(), formulaire, "Jeton");

    private Task<int> ExigencesAsync() =>
        app.ExecuterAsync(db => db.ExigencesDepot.CountAsync(e => e.DepartementCode == Departement));

    private Task<int> EcheancesPublieesAsync() =>
        app.ExecuterAsync(db => db.EcheancesDepot.CountAsync(e => e.DepartementCode == Departement && e.Annee == 2032));

    private async Task<int> ListeSemeeAuPremierUsageAsync(HttpClient client)
    {
        var liste = await (await client.GetAsync("/production/liste-depot")).PageAsync();
        Assert.Contains("Plan de situation et plan masse", liste); // semée au premier usage
        Assert.Contains(UrlExigence, liste);
        var semees = await ExigencesAsync();
        Assert.Equal(ExigencesParDefaut.Pour(Departement).Count, semees);
        return semees;
    }

    /// <summary>
    /// Un champ inconnu, un libellé vide, un ordre invalide, un code en double : refusés en français, rien d'écrit.
    /// </summary>
    private async Task SaisiesInvalidesRefuseesSansRienEcrireAsync(HttpClient client, int semees)
    {
        var erreurs = await (
            await client.PosterFormulaireAsync(UrlExigence, Exigence("Champ", "inexistant", "", "abc"))
        ).PageAsync();
        Assert.Contains("Choisissez l'information du dossier à vérifier parmi celles proposées.", erreurs);
        Assert.Contains("Indiquez le libellé affiché aux bailleurs.", erreurs);
        Assert.Contains("L'ordre est un nombre entier de 0 à 999.", erreurs);
        var doublon = await (
            await client.PosterFormulaireAsync(UrlExigence, Exigence("Document", "plan_situation", "Doublon", "3"))
        ).PageAsync();
        Assert.Contains("Une exigence de la liste porte déjà ce code.", doublon);
        Assert.Equal(semees, await ExigencesAsync());
    }

    private async Task<ExigenceDepot> AjouterEtudeDeSolAsync(HttpClient client)
    {
        var code = $"etude_sol_{Guid.NewGuid():N}"[..20];
        var champs = Exigence("Document", code, "Étude de sol", "50");
        champs["Natures"] = "NEUF";
        champs["Produits"] = "PLAI";
        champs["Obligatoire"] = "true";
        using (var r = await client.PosterFormulaireAsync(UrlExigence, champs))
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        var exigence = await app.ExecuterAsync(db =>
            db.ExigencesDepot.AsNoTracking().SingleAsync(e => e.DepartementCode == Departement && e.Code == code)
        );
        Assert.Equal(
            ("NEUF", "PLAI", true, 50),
            (exigence.Natures, exigence.Produits, exigence.Obligatoire, exigence.Ordre)
        );
        return exigence;
    }

    /// <summary>
    /// Modification avec le bon jeton, puis une seconde avec le jeton périmé : refusée, rien de perdu.
    /// </summary>
    private async Task ModifierPuisRefuserLeJetonPerimeAsync(HttpClient client, string url, ExigenceDepot exigence)
    {
        var champs = Exigence("Document", exigence.Code, "Étude de sol G2", "51");
        champs["Obligatoire"] = "false";
        champs["Jeton"] = await JetonAsync(client, url, "form-exigence");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PosterFormulaireAsync(url, champs)).StatusCode);
        var modifiee = await app.ExecuterAsync(db =>
            db.ExigencesDepot.AsNoTracking().SingleAsync(e => e.Id == exigence.Id)
        );
        Assert.Equal(
            ("Étude de sol G2", "", "", false),
            (modifiee.Libelle, modifiee.Natures, modifiee.Produits, modifiee.Obligatoire)
        );
        champs["Libelle"] = "Périmé";
        var conflit = await (await client.PosterFormulaireAsync(url, champs)).PageAsync();
        Assert.Contains("modifiée ou supprimée par quelqu'un d'autre entre-temps", conflit);
        Assert.Contains("value=\"Périmé\"", conflit);
    }

    /// <summary>
    /// Le bailleur lit la liste, sans lien ni droit de modification ; un EPCI (programmation sur son seul territoire)
    /// ne modifie pas la liste du département.
    /// </summary>
    private async Task LeBailleurEtLEpciLisentSansModifierAsync(string url)
    {
        using var clientBailleur = await ClientAsync(TypeOrganisation.Bailleur, Role.Administrateur);
        var vue = await (await clientBailleur.GetAsync("/production/liste-depot")).PageAsync();
        Assert.Contains("Étude de sol G2", vue);
        Assert.DoesNotContain(UrlExigence, vue);
        DonneesProduction.AssertRefuse(await clientBailleur.GetAsync(url));
        DonneesProduction.AssertRefuse(await clientBailleur.GetAsync(UrlExigence));
        var (_, epci, _) = await app.CommuneAsync(Departement);
        using var clientEpci = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Epci,
            NiveauPerimetre.Epci,
            epci!,
            Role.Agent
        );
        DonneesProduction.AssertRefuse(await clientEpci.GetAsync(url));
    }

    /// <summary>Une date limite après le premier mois de la période, puis des mois inversés : refusées.</summary>
    private static async Task EcheancesIncoherentesRefuseesAsync(HttpClient client, string url, string jeton)
    {
        var refus = await (
            await client.PosterFormulaireAsync(url, Echeance("4", "6", "2032-05-15", jeton))
        ).PageAsync();
        Assert.Contains(
            "La date limite de dépôt doit précéder la fin du premier mois de la période d'agrément.",
            refus
        );
        var mois = await (await client.PosterFormulaireAsync(url, Echeance("6", "4", "2032-03-15", jeton))).PageAsync();
        Assert.Contains("Le mois de fin précède le mois de début.", mois);
    }

    private static Dictionary<string, string> Exigence(string genre, string code, string libelle, string ordre) =>
        new()
        {
            ["Genre"] = genre,
            ["Code"] = code,
            ["Libelle"] = libelle,
            ["Ordre"] = ordre,
        };

    private static Dictionary<string, string> Echeance(
        string moisDebut,
        string moisFin,
        string dateLimite,
        string jeton,
        string? commentaire = null
    )
    {
        var champs = new Dictionary<string, string>
        {
            ["Libelle"] = "2e trimestre",
            ["MoisDebut"] = moisDebut,
            ["MoisFin"] = moisFin,
            ["DateLimite"] = dateLimite,
            ["Jeton"] = jeton,
        };
        if (commentaire is not null)
            champs["Commentaire"] = commentaire;
        return champs;
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ListeDepotCalendrierSqlite(SqliteFactory app) : ListeDepotCalendrierTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ListeDepotCalendrierPostgres(PostgresFactory app) : ListeDepotCalendrierTests(app);
