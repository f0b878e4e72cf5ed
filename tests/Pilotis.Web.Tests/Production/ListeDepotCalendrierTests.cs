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

    [Fact]
    public async Task La_ddtm_ajoute_modifie_et_supprime_une_exigence_que_le_bailleur_lit_sans_pouvoir_la_modifier()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var liste = await (await client.GetAsync("/production/liste-depot")).PageAsync();
        Assert.Contains("Plan de situation et plan masse", liste); // semée au premier usage
        Assert.Contains("/production/liste-depot/exigence", liste);
        var semees = await app.ExecuterAsync(db => db.ExigencesDepot.CountAsync(e => e.DepartementCode == Departement));
        Assert.Equal(ExigencesParDefaut.Pour(Departement).Count, semees);

        // Un champ inconnu, un libellé vide et un ordre invalide sont refusés en français, rien n'est écrit.
        var erreurs = await (
            await client.PosterFormulaireAsync(
                "/production/liste-depot/exigence",
                new Dictionary<string, string>
                {
                    ["Genre"] = "Champ",
                    ["Code"] = "inexistant",
                    ["Libelle"] = "",
                    ["Ordre"] = "abc",
                }
            )
        ).PageAsync();
        Assert.Contains("Choisissez l'information du dossier à vérifier parmi celles proposées.", erreurs);
        Assert.Contains("Indiquez le libellé affiché aux bailleurs.", erreurs);
        Assert.Contains("L'ordre est un nombre entier de 0 à 999.", erreurs);
        var doublon = await (
            await client.PosterFormulaireAsync(
                "/production/liste-depot/exigence",
                new Dictionary<string, string>
                {
                    ["Genre"] = "Document",
                    ["Code"] = "plan_situation",
                    ["Libelle"] = "Doublon",
                    ["Ordre"] = "3",
                }
            )
        ).PageAsync();
        Assert.Contains("Une exigence de la liste porte déjà ce code.", doublon);
        Assert.Equal(
            semees,
            await app.ExecuterAsync(db => db.ExigencesDepot.CountAsync(e => e.DepartementCode == Departement))
        );

        var code = $"etude_sol_{Guid.NewGuid():N}"[..20];
        using (
            var r = await client.PosterFormulaireAsync(
                "/production/liste-depot/exigence",
                new Dictionary<string, string>
                {
                    ["Genre"] = "Document",
                    ["Code"] = code,
                    ["Libelle"] = "Étude de sol",
                    ["Natures"] = "NEUF",
                    ["Produits"] = "PLAI",
                    ["Obligatoire"] = "true",
                    ["Ordre"] = "50",
                }
            )
        )
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

        // Modification avec le bon jeton, puis une seconde avec le jeton périmé : refusée, rien de perdu.
        var url = $"/production/liste-depot/exigence/{exigence.Id}";
        var jeton = OutilsSru.ChampCache(
            await (await client.GetAsync(url)).Content.ReadAsStringAsync(),
            "form-exigence",
            "Jeton"
        );
        var champs = new Dictionary<string, string>
        {
            ["Genre"] = "Document",
            ["Code"] = code,
            ["Libelle"] = "Étude de sol G2",
            ["Obligatoire"] = "false",
            ["Ordre"] = "51",
            ["Jeton"] = jeton,
        };
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

        // Le bailleur lit la liste, sans lien ni droit de modification.
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Administrateur
        );
        using var clientBailleur = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var vue = await (await clientBailleur.GetAsync("/production/liste-depot")).PageAsync();
        Assert.Contains("Étude de sol G2", vue);
        Assert.DoesNotContain("/production/liste-depot/exigence", vue);
        DonneesProduction.AssertRefuse(await clientBailleur.GetAsync(url));
        DonneesProduction.AssertRefuse(await clientBailleur.GetAsync("/production/liste-depot/exigence"));
        // Un EPCI (programmation sur son seul territoire) ne modifie pas la liste du département.
        var (_, epci, _) = await app.CommuneAsync(Departement);
        var agentEpci = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, epci!, Role.Agent);
        using var clientEpci = await app.ClientConnecteAsync(agentEpci.Courriel, agentEpci.MotDePasse);
        DonneesProduction.AssertRefuse(await clientEpci.GetAsync(url));

        // Suppression avec le jeton courant.
        var jetonCourant = OutilsSru.ChampCache(
            await (await client.GetAsync(url)).Content.ReadAsStringAsync(),
            "form-supprimer",
            "Jeton"
        );
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
    public async Task Le_calendrier_est_public_seme_par_defaut_et_modifiable_par_la_seule_ddtm()
    {
        using var anonyme = app.ClientAnonyme();
        var page = await (
            await anonyme.GetAsync($"/production/calendrier?departement={Departement}&annee=2032")
        ).PageAsync();
        Assert.Contains("30/11/2031", page); // 1er trimestre 2032 : dépôt avant le 30 novembre de l'année précédente
        Assert.Contains("30/09/2032", page);
        Assert.DoesNotContain("/production/calendrier/modifier", page);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await anonyme.GetAsync("/production/calendrier?departement=ZZ")).StatusCode
        );
        using (var r = await anonyme.GetAsync("/production/calendrier/modifier?annee=2032"))
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/connexion", r.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        }

        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Administrateur
        );
        using var clientBailleur = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        DonneesProduction.AssertRefuse(await clientBailleur.GetAsync("/production/calendrier/modifier?annee=2032"));

        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        Assert.Contains(
            "/production/calendrier/modifier",
            await (await client.GetAsync($"/production/calendrier?annee=2032")).PageAsync()
        );
        // La page publique ne fait que lire ; la DDTM qui ouvre la modification publie le calendrier par défaut.
        Assert.Equal(
            0,
            await app.ExecuterAsync(db =>
                db.EcheancesDepot.CountAsync(e => e.DepartementCode == Departement && e.Annee == 2032)
            )
        );
        Assert.Equal(
            HttpStatusCode.OK,
            (await client.GetAsync("/production/calendrier/modifier?annee=2032")).StatusCode
        );
        var echeance = await app.ExecuterAsync(db =>
            db.EcheancesDepot.AsNoTracking()
                .SingleAsync(e => e.DepartementCode == Departement && e.Annee == 2032 && e.MoisDebut == 4)
        );
        var url = $"/production/calendrier/modifier?annee=2032&id={echeance.Id}";
        var jeton = OutilsSru.ChampCache(
            await (await client.GetAsync(url)).Content.ReadAsStringAsync(),
            "form-echeance",
            "Jeton"
        );
        var refus = await (
            await client.PosterFormulaireAsync(
                url,
                new Dictionary<string, string>
                {
                    ["Libelle"] = "2e trimestre",
                    ["MoisDebut"] = "4",
                    ["MoisFin"] = "6",
                    ["DateLimite"] = "2032-05-15",
                    ["Jeton"] = jeton,
                }
            )
        ).PageAsync();
        Assert.Contains(
            "La date limite de dépôt doit précéder la fin du premier mois de la période d'agrément.",
            refus
        );
        var mois = await (
            await client.PosterFormulaireAsync(
                url,
                new Dictionary<string, string>
                {
                    ["Libelle"] = "2e trimestre",
                    ["MoisDebut"] = "6",
                    ["MoisFin"] = "4",
                    ["DateLimite"] = "2032-03-15",
                    ["Jeton"] = jeton,
                }
            )
        ).PageAsync();
        Assert.Contains("Le mois de fin précède le mois de début.", mois);
        using (
            var r = await client.PosterFormulaireAsync(
                url,
                new Dictionary<string, string>
                {
                    ["Libelle"] = "2e trimestre",
                    ["MoisDebut"] = "4",
                    ["MoisFin"] = "6",
                    ["DateLimite"] = "2032-03-15",
                    ["Commentaire"] = "Commission du 20 avril",
                    ["Jeton"] = jeton,
                }
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        var publie = await (
            await anonyme.GetAsync($"/production/calendrier?departement={Departement}&annee=2032")
        ).PageAsync();
        Assert.Contains("15/03/2032", publie);
        Assert.Contains("Commission du 20 avril", publie);
        // Le jeton d'avant la modification ne vaut plus.
        var conflit = await (
            await client.PosterFormulaireAsync(
                url,
                new Dictionary<string, string>
                {
                    ["Libelle"] = "2e trimestre",
                    ["MoisDebut"] = "4",
                    ["MoisFin"] = "6",
                    ["DateLimite"] = "2032-03-01",
                    ["Jeton"] = jeton,
                }
            )
        ).PageAsync();
        Assert.Contains("modifiée ou supprimée entre-temps", conflit);
        Assert.Equal(
            4,
            await app.ExecuterAsync(db =>
                db.EcheancesDepot.CountAsync(e => e.DepartementCode == Departement && e.Annee == 2032)
            )
        );
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ListeDepotCalendrierSqlite(SqliteFactory app) : ListeDepotCalendrierTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ListeDepotCalendrierPostgres(PostgresFactory app) : ListeDepotCalendrierTests(app);
