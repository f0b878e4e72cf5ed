using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;
using static Pilotis.Web.Tests.Demande.OutilsCotation;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// Cotation (CCH L441-2-8): public grids and API, the EPCI's draft (errors per field, concurrency, permissions),
/// simulation and publication (archive + recalculation), the explained
/// score, the applicant information and the ranking for a unit.
/// </summary>
public abstract partial class CotationTests(PilotisFactory app)
{
    [GeneratedRegex("/cotation/grilles/(\\d+)")]
    private static partial Regex LienGrille();

    private async Task<(HttpClient Client, string Siren, string Commune, string Autre)> AgentEpciAsync()
    {
        var (siren, commune, autre) = await app.EpciLibreAsync();
        var compte = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, siren, Role.Agent);
        return (await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse), siren, commune, autre);
    }

    /// <summary>A page refused by Forbid(): redirected to /acces-refuse (the cookie scheme's access-denied
    /// path).</summary>
    private static void Refuse(HttpResponseMessage reponse)
    {
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Equal("/acces-refuse", reponse.Headers.Location?.AbsolutePath);
    }

    private static async Task<int> CreerVersionAsync(HttpClient client)
    {
        using var reponse = await client.PosterFormulaireAsync(
            "/cotation",
            new Dictionary<string, string>(),
            "/cotation?handler=Creer"
        );
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        return int.Parse(
            LienGrille().Match(reponse.Headers.Location!.ToString()).Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture
        );
    }

    private static Dictionary<string, string> Champs(
        IReadOnlyList<CritereCotation> criteres,
        Guid jeton,
        string commande = "enregistrer"
    )
    {
        var champs = new Dictionary<string, string> { ["Jeton"] = jeton.ToString(), ["Commande"] = commande };
        for (var i = 0; i < criteres.Count; i++)
        {
            champs[$"Criteres[{i}].Type"] = ((int)criteres[i].Type).ToString(
                System.Globalization.CultureInfo.InvariantCulture
            );
            champs[$"Criteres[{i}].Parametre"] = criteres[i]
                .Parametre.ToString(System.Globalization.CultureInfo.InvariantCulture);
            champs[$"Criteres[{i}].Points"] = criteres[i]
                .Points.ToString(System.Globalization.CultureInfo.InvariantCulture);
            champs[$"Criteres[{i}].Plafond"] = criteres[i]
                .Plafond?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
            champs[$"Criteres[{i}].Libelle"] = criteres[i].Libelle;
        }
        return champs;
    }

    [Fact]
    public async Task La_grille_publiee_de_demonstration_est_publique_avec_son_historique_et_son_api()
    {
        using var client = app.ClientAnonyme();
        var liste = Texte(await (await client.GetAsync("/cotation")).TexteAsync());
        Assert.Contains("/cotation/243000643", liste);
        Assert.Contains("/cotation/200066918", liste);
        Assert.DoesNotContain("Créer une nouvelle version", liste);

        using var page = await client.GetAsync("/cotation/243000643");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = Texte(await page.TexteAsync());
        Assert.Contains("Version 2, publiée le", html);
        Assert.Contains("Reconnu prioritaire DALO", html);
        Assert.Contains("Historique des versions", html);
        Assert.Contains("/cotation/243000643?version=1", html);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cotation/243000643?version=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/cotation/243000643?version=99")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/cotation/000000000")).StatusCode);

        var json = await (await client.GetAsync("/api/v1/cotation/243000643")).JsonAsync();
        Assert.Equal("243000643", json.GetProperty("epciSiren").GetString());
        Assert.Equal(2, json.GetProperty("version").GetInt32());
        Assert.True(json.TryGetProperty("publieeLe", out _));
        var criteres = json.GetProperty("criteres").EnumerateArray().ToList();
        var dalo = criteres.Single(c => c.GetProperty("type").GetString() == "Dalo");
        Assert.Equal(100m, dalo.GetProperty("points").GetDecimal());
        var anciennete = criteres.Single(c => c.GetProperty("type").GetString() == "AncienneteParMois");
        Assert.Equal(120m, anciennete.GetProperty("plafond").GetDecimal());

        var probleme = await (await client.GetAsync("/api/v1/cotation/999999999")).ProblemeAsync(
            HttpStatusCode.NotFound
        );
        Assert.Contains("Aucune grille de cotation publiée", probleme.GetProperty("detail").GetString());
        await (await client.GetAsync("/api/v1/cotation/12")).ProblemeAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task L_agent_cree_une_version_de_la_proposition_et_la_modifie_avec_erreurs_par_champ_et_concurrence()
    {
        var (client, siren, _, _) = await AgentEpciAsync();
        var id = await CreerVersionAsync(client);
        var grille = await app.ExecuterAsync(db => db.GrillesCotation.AsNoTracking().SingleAsync(g => g.Id == id));
        Assert.Equal((siren, 1, StatutGrille.Brouillon), (grille.EpciSiren, grille.Version, grille.Statut));
        Assert.Equal(PropositionGrilleCotation.Criteres(), grille.Criteres);

        // Erreurs par champ : points hors bornes, plafond hors
        // ancienneté ; rien n'est enregistré, la saisie est gardée.
        var criteres = grille.Criteres.ToList();
        criteres[0] = criteres[0] with { Points = 5000m };
        criteres[1] = criteres[1] with { Plafond = 10m };
        using (
            var refus = await client.PosterFormulaireAsync($"/cotation/grilles/{id}", Champs(criteres, grille.Jeton))
        )
        {
            Assert.Equal(HttpStatusCode.OK, refus.StatusCode);
            var html = Texte(await refus.TexteAsync());
            Assert.Contains("La grille n'a pas été enregistrée", html);
            Assert.Contains("Critère 1 : les points doivent être compris entre −1 000 et 1 000.", html);
            Assert.Contains("Critère 2 : seul le critère d'ancienneté a un plafond", html);
            Assert.Contains("value=\"5000\"", html);
        }
        var points = await app.ExecuterAsync(db =>
            db.GrillesCotation.AsNoTracking().Where(g => g.Id == id).Select(g => g.Criteres).SingleAsync()
        );
        Assert.Equal(100m, points[0].Points);

        // Un nombre illisible est signalé sur son champ.
        criteres = grille.Criteres.ToList();
        var illisible = Champs(criteres, grille.Jeton);
        illisible["Criteres[2].Points"] = "beaucoup";
        var texte = Texte(
            await (await client.PosterFormulaireAsync($"/cotation/grilles/{id}", illisible)).TexteAsync()
        );
        Assert.Contains("Critère 3 : indiquez les points", texte);

        // Enregistrement : DALO passe à 150 ; le dernier critère est retiré.
        criteres[0] = criteres[0] with { Points = 150m };
        criteres.RemoveAt(criteres.Count - 1);
        using (var ok = await client.PosterFormulaireAsync($"/cotation/grilles/{id}", Champs(criteres, grille.Jeton)))
        {
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        }
        var apres = await app.ExecuterAsync(db => db.GrillesCotation.AsNoTracking().SingleAsync(g => g.Id == id));
        Assert.Equal(150m, apres.Criteres[0].Points);
        Assert.Equal(criteres.Count, apres.Criteres.Count);
        Assert.NotEqual(grille.Jeton, apres.Jeton);

        // Concurrence : l'ancien jeton est refusé, rien n'est écrasé.
        criteres[0] = criteres[0] with { Points = 10m };
        var conflit = Texte(
            await (
                await client.PosterFormulaireAsync($"/cotation/grilles/{id}", Champs(criteres, grille.Jeton))
            ).TexteAsync()
        );
        Assert.Contains("modifiée par quelqu'un d'autre", conflit);
        Assert.Equal(
            150m,
            (await app.ExecuterAsync(db => db.GrillesCotation.AsNoTracking().SingleAsync(g => g.Id == id)))
                .Criteres[0]
                .Points
        );

        // « Ajouter un critère » ajoute une ligne sans enregistrer.
        var ajout = Texte(
            await (
                await client.PosterFormulaireAsync($"/cotation/grilles/{id}", Champs(criteres, apres.Jeton, "ajouter"))
            ).TexteAsync()
        );
        Assert.Equal(criteres.Count + 1, Regex.Count(ajout, "data-testid=\"ligne-critere\""));

        // La liste de l'agent montre ses brouillons.
        var liste = Texte(await (await client.GetAsync("/cotation")).TexteAsync());
        Assert.Contains("Créer une nouvelle version", liste);
        Assert.Contains($"/cotation/grilles/{id}/simulation", liste);
    }

    [Fact]
    public async Task Un_autre_EPCI_un_bailleur_ou_un_anonyme_ne_modifient_pas_la_grille()
    {
        var (client, _, _, _) = await AgentEpciAsync();
        var id = await CreerVersionAsync(client);
        var grille = await app.ExecuterAsync(db => db.GrillesCotation.AsNoTracking().SingleAsync(g => g.Id == id));
        var autreEpci = await app.CreerCompteAsync(
            TypeOrganisation.Epci,
            NiveauPerimetre.Epci,
            "243000643",
            Role.Agent
        );
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        foreach (var compte in new[] { autreEpci, bailleur, ddtm })
        {
            using var autre = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
            Refuse(await autre.GetAsync($"/cotation/grilles/{id}"));
            Refuse(await autre.GetAsync($"/cotation/grilles/{id}/simulation"));
            // Un POST avec un jeton antiforgery valide (pris sur une page qu'il voit) est refusé aussi.
            using var post = await autre.PosterFormulaireAsync(
                "/ma-demande",
                Champs(grille.Criteres, grille.Jeton),
                $"/cotation/grilles/{id}"
            );
            Refuse(post);
        }
        using var anonyme = app.ClientAnonyme();
        Assert.Equal(HttpStatusCode.Redirect, (await anonyme.GetAsync($"/cotation/grilles/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/cotation/grilles/999999999")).StatusCode);
    }

    [Fact]
    public async Task La_simulation_compte_les_deplacements_et_la_publication_archive_et_recalcule()
    {
        var (client, siren, commune, _) = await AgentEpciAsync();
        var aujourdhui = app.Aujourdhui();
        var (ancienne, dalo, violences, radiee) = await CreerDemandesASimulerAsync(commune, aujourdhui);

        // v1 : l'ancienneté domine (3 points par mois) → ancienne 90, violences 36 + 0, dalo 6.
        var v1 = await app.PublierAsync(
            siren,
            [Critere(TypeCritere.AncienneteParMois, 3m, plafond: 200m), Critere(TypeCritere.Dalo, 10m)]
        );
        Assert.Equal(90m, (await app.DemandeAsync(ancienne.Id)).Score);
        Assert.Equal(16m, (await app.DemandeAsync(dalo.Id)).Score);
        Assert.Equal(v1.Id, (await app.DemandeAsync(dalo.Id)).GrilleCotationId);
        Assert.Null((await app.DemandeAsync(radiee.Id)).Score);

        // v2 (depuis v1) : DALO 200, violences 100 → dalo monte de 2 places, violences de 1... ancienne descend de 2.
        var id = await CreerVersionAsync(client);
        var v2 = await app.ExecuterAsync(db => db.GrillesCotation.AsNoTracking().SingleAsync(g => g.Id == id));
        Assert.Equal(v1.Criteres, v2.Criteres);
        List<CritereCotation> nouveaux =
        [
            Critere(TypeCritere.AncienneteParMois, 1m, plafond: 50m),
            Critere(TypeCritere.Dalo, 200m),
            Critere(TypeCritere.Motif, 100m, (int)MotifsDemande.Violences),
        ];
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PosterFormulaireAsync($"/cotation/grilles/{id}", Champs(nouveaux, v2.Jeton))).StatusCode
        );
        await LaSimulationCompteLesDeplacementsAsync(client, id, dalo, radiee);

        var jeton = await PublierLaVersionAsync(client, siren, id, aujourdhui);
        // Scores recalculés avec v2.
        var d2 = await app.DemandeAsync(dalo.Id);
        Assert.Equal((202m, id, aujourdhui), (d2.Score!.Value, d2.GrilleCotationId!.Value, d2.DateCotation!.Value));
        Assert.Equal(112m, (await app.DemandeAsync(violences.Id)).Score);
        Assert.Equal(30m, (await app.DemandeAsync(ancienne.Id)).Score);

        // Une grille publiée ne se modifie plus.
        using var refus = await client.PosterFormulaireAsync($"/cotation/grilles/{id}", Champs(nouveaux, jeton));
        Assert.Equal(HttpStatusCode.Conflict, refus.StatusCode);
        var publique = Texte(await (await app.ClientAnonyme().GetAsync($"/cotation/{siren}")).TexteAsync());
        Assert.Contains("Version 2, publiée le", publique);
    }

    /// <summary>
    /// Quatre demandes : ancienne sans priorité, récente DALO, moyenne avec violences, et une radiée.
    /// </summary>
    private async Task<(
        DemandeLogement Ancienne,
        DemandeLogement Dalo,
        DemandeLogement Violences,
        DemandeLogement Radiee
    )> CreerDemandesASimulerAsync(string commune, DateOnly aujourdhui)
    {
        var ancienne = await app.CreerDemandeAsync(commune, d => d.DateDepot = aujourdhui.AddMonths(-30));
        var dalo = await app.CreerDemandeAsync(commune, d =>
        {
            d.DateDepot = aujourdhui.AddMonths(-2);
            d.Dalo = true;
        });
        var violences = await app.CreerDemandeAsync(commune, d =>
        {
            d.DateDepot = aujourdhui.AddMonths(-12);
            d.Motifs = MotifsDemande.Violences;
        });
        var radiee = await app.CreerDemandeAsync(commune, d =>
        {
            d.Statut = StatutDemande.Radiee;
            d.DateRadiation = aujourdhui;
            d.MotifRadiation = MotifRadiation.Renonciation;
        });
        return (ancienne, dalo, violences, radiee);
    }

    private static async Task LaSimulationCompteLesDeplacementsAsync(
        HttpClient client,
        int id,
        DemandeLogement dalo,
        DemandeLogement radiee
    )
    {
        var simulation = Texte(await (await client.GetAsync($"/cotation/grilles/{id}/simulation")).TexteAsync());
        // Avant : ancienne 1re (90), violences 2e (36), dalo 3e (16). Après : dalo 202, violences 112, ancienne 30.
        Assert.Contains("data-testid=\"montent\">1<", simulation);
        Assert.Contains("data-testid=\"descendent\">1<", simulation);
        Assert.Contains("data-testid=\"inchangees\">1<", simulation);
        Assert.Contains(dalo.NumeroUnique, simulation);
        Assert.Contains("monte de 2 places", simulation);
        Assert.Contains("descend de 2 places", simulation);
        Assert.DoesNotContain(radiee.NumeroUnique, simulation);
    }

    /// <summary>
    /// Publier : v1 archivée à la date du jour, v2 publiée, la publication journalisée.
    /// Rend le jeton de la grille publiée.
    /// </summary>
    private async Task<Guid> PublierLaVersionAsync(HttpClient client, string siren, int id, DateOnly aujourdhui)
    {
        var jeton = (
            await app.ExecuterAsync(db => db.GrillesCotation.AsNoTracking().SingleAsync(g => g.Id == id))
        ).Jeton;
        using var publication = await client.PosterFormulaireAsync(
            $"/cotation/grilles/{id}/simulation",
            new Dictionary<string, string> { ["Jeton"] = jeton.ToString() },
            $"/cotation/grilles/{id}/simulation?handler=Publier"
        );
        Assert.Equal(HttpStatusCode.Redirect, publication.StatusCode);
        Assert.StartsWith($"/cotation/{siren}", publication.Headers.Location!.ToString());
        var grilles = await app.ExecuterAsync(db =>
            db.GrillesCotation.AsNoTracking().Where(g => g.EpciSiren == siren).OrderBy(g => g.Version).ToListAsync()
        );
        Assert.Equal((StatutGrille.Archivee, aujourdhui), (grilles[0].Statut, grilles[0].ArchiveeLe!.Value));
        Assert.Equal((StatutGrille.Publiee, aujourdhui), (grilles[1].Statut, grilles[1].PublieeLe!.Value));
        Assert.True(
            await app.ExecuterAsync(db =>
                db.Journal.AnyAsync(j =>
                    j.Entite == nameof(GrilleCotation)
                    && j.EntiteId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && j.Action == "Modification"
                )
            )
        );
        return jeton;
    }

    [Fact]
    public async Task Le_score_d_une_demande_s_explique_pour_qui_peut_la_lire()
    {
        var (_, siren, commune, _) = await AgentEpciAsync();
        var demande = await app.CreerDemandeAsync(commune, d =>
        {
            d.Dalo = true;
            d.DateDepot = app.Aujourdhui().AddMonths(-14).AddDays(-1);
        });
        await app.PublierAsync(
            siren,
            [
                Critere(TypeCritere.Dalo, 100m),
                Critere(TypeCritere.AncienneteParMois, 2m, plafond: 120m),
                Critere(TypeCritere.Mutation, -5m),
            ]
        );
        // L'EPCI libre peut être hors du Gard (les demandes de
        // démonstration occupent ses EPCI) : la DDTM de son département.
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            commune[..2],
            Role.Lecteur
        );
        using var ddtm = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        using var page = await ddtm.GetAsync($"/demandes/{demande.Id}/cotation");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = Texte(await page.TexteAsync());
        Assert.Contains("128 points", html);
        Assert.Contains("Reconnu prioritaire DALO : +100", html);
        Assert.Contains("Ancienneté : 14 mois × 2 points = 28 (plafond 120)", html);
        Assert.Contains("version 1", html);

        var ailleurs = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            commune.StartsWith("34", StringComparison.Ordinal) ? "30189" : "34172",
            Role.Agent
        );
        using var commune34 = await app.ClientConnecteAsync(ailleurs.Courriel, ailleurs.MotDePasse);
        Refuse(await commune34.GetAsync($"/demandes/{demande.Id}/cotation"));
        Assert.Equal(HttpStatusCode.NotFound, (await ddtm.GetAsync("/demandes/999999999/cotation")).StatusCode);
    }

    [Fact]
    public async Task Le_demandeur_consulte_sa_demande_avec_le_bon_secret_et_rien_sinon()
    {
        var (_, siren, commune, autre) = await AgentEpciAsync();
        var aujourdhui = app.Aujourdhui();
        var premiere = await app.CreerDemandeAsync(commune, d => d.Dalo = true);
        var seule = await app.CreerDemandeAsync(autre);
        var moi = await app.CreerDemandeAsync(commune, d => d.DateDepot = aujourdhui.AddMonths(-11));
        // pas semblable : autre typologie
        await app.CreerDemandeAsync(commune, d => d.TypologiePrincipale = Typologies.T2);
        // Deux demandes semblables satisfaites cette année, après 10 et 20 mois d'attente ; une autre il y a deux ans.
        await CreerDemandeSatisfaiteAsync(commune, aujourdhui.AddMonths(-12), aujourdhui.AddMonths(-2));
        await CreerDemandeSatisfaiteAsync(commune, aujourdhui.AddMonths(-21), aujourdhui.AddMonths(-1));
        await CreerDemandeSatisfaiteAsync(commune, aujourdhui.AddMonths(-60), aujourdhui.AddMonths(-24));
        await app.PublierAsync(
            siren,
            [Critere(TypeCritere.Dalo, 100m), Critere(TypeCritere.AncienneteParMois, 1m, plafond: 60m)]
        );

        using var client = app.ClientAnonyme();
        using var ok = await ConsulterAsync(client, moi.NumeroUnique, Iso(moi.DateDepot));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var html = Texte(await ok.TexteAsync());
        Assert.Contains("11 points", html);
        Assert.Contains("2e sur 2 demandes similaires", html);
        Assert.Contains(
            "Les 2 demandes similaires satisfaites ces 12 derniers mois ont attendu en moyenne "
                + "<strong>15 mois</strong>",
            html
        );
        // déposée il y a 11 mois : fin de validité dans moins d'un mois
        Assert.Contains("data-testid=\"etat\">À renouveler<", html);
        Assert.DoesNotContain("Ressources", html);

        // Le premier : 1re sur 2, date au format français accepté.
        var fr = premiere.DateDepot.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var html1 = Texte(await (await ConsulterAsync(client, premiere.NumeroUnique, fr)).TexteAsync());
        Assert.Contains("1re sur 2 demandes similaires", html1);

        // Seule dans sa commune, sans attribution récente : 1re sur 1, pas assez de données pour le délai.
        var html2 = Texte(await (await ConsulterAsync(client, seule.NumeroUnique, Iso(seule.DateDepot))).TexteAsync());
        Assert.Contains("1re sur 1 demande similaire", html2);
        Assert.Contains("pas assez de données", html2);

        // Mauvaise date ou numéro inconnu : la même réponse.
        foreach (
            var (numero, depot) in new[]
            {
                (moi.NumeroUnique, moi.DateDepot.AddDays(1)),
                ("030-INCONNU-" + Guid.NewGuid().ToString("N")[..6], moi.DateDepot),
            }
        )
        {
            using var refus = await ConsulterAsync(client, numero, Iso(depot));
            Assert.Equal(HttpStatusCode.NotFound, refus.StatusCode);
            var texte = Texte(await refus.TexteAsync(HttpStatusCode.NotFound));
            Assert.Contains("Aucune demande ne correspond", texte);
            Assert.DoesNotContain("data-testid=\"information-demande\"", texte);
        }
    }

    [Fact]
    public async Task Le_demandeur_qui_oublie_son_numero_ou_tape_une_date_illisible_est_guide()
    {
        using var client = app.ClientAnonyme();
        var vide = Texte(await (await ConsulterAsync(client, "", "hier")).TexteAsync());
        Assert.Contains("Indiquez le numéro unique", vide);
        Assert.Contains("« hier » n'est pas une date", vide);
    }

    private static Task<HttpResponseMessage> ConsulterAsync(HttpClient client, string numero, string dateDepot) =>
        client.PosterFormulaireAsync(
            "/ma-demande",
            new Dictionary<string, string> { ["NumeroUnique"] = numero, ["DateDepot"] = dateDepot }
        );

    private static string Iso(DateOnly date) =>
        date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Une demande semblable (même commune, T3) satisfaite par une attribution.</summary>
    private Task<DemandeLogement> CreerDemandeSatisfaiteAsync(string commune, DateOnly depot, DateOnly radiation) =>
        app.CreerDemandeAsync(commune, d =>
        {
            d.Statut = StatutDemande.Satisfaite;
            d.MotifRadiation = MotifRadiation.Attribution;
            d.DateDepot = depot;
            d.DateRadiation = radiation;
        });

    [Fact]
    public async Task Le_classement_pour_un_logement_ordonne_et_filtre_les_demandes_eligibles()
    {
        var (_, siren, commune, autre) = await AgentEpciAsync();
        var (forte, ancienne, recente, exclues) = await CreerDemandesAClasserAsync(commune, autre);
        await app.PublierAsync(
            siren,
            [Critere(TypeCritere.Dalo, 100m), Critere(TypeCritere.AncienneteParMois, 1m, plafond: 60m)]
        );

        var classement = await app.ExecuterAsync(db =>
            RequetesDemande.ClasserPourLogementAsync(db, commune, Typologies.T3, ProduitsEligibles.Plus, 50)
        );
        var ordre = classement.Select(c => c.Id).ToList();
        Assert.Equal([forte.Id, ancienne.Id, recente.Id], ordre);
        Assert.Equal(2, classement[0].RangCommune);
        Assert.All(exclues, d => Assert.DoesNotContain(d.Id, ordre));

        using var ddtm = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            commune[..2],
            Role.Lecteur
        );
        var url = $"/demandes/classement?commune={commune}&typologie=T3&produit=Plus";
        var html = Texte(await (await ddtm.GetAsync(url)).TexteAsync());
        var positions = new[] { forte, ancienne, recente }
            .Select(d => html.IndexOf(d.NumeroUnique, StringComparison.Ordinal))
            .ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.True(positions[0] < positions[1] && positions[1] < positions[2]);
        Assert.Contains($"/demandes/{forte.Id}", html);
        Assert.DoesNotContain(exclues[0].NumeroUnique, html); // PLS seul

        using var csv = await ddtm.GetAsync(url + "&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lignes = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("Numéro unique", lignes[0]);
        Assert.StartsWith($"1;{forte.NumeroUnique};", lignes[1]);
        Assert.Equal(4, lignes.Length);

        // Une commune d'un autre département ne voit pas ces demandes (filtre des habilitations).
        using var montpellier = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "34172",
            Role.Agent
        );
        var vide = Texte(await (await montpellier.GetAsync(url)).TexteAsync());
        Assert.DoesNotContain(forte.NumeroUnique, vide);
    }

    [Fact]
    public async Task Le_classement_explique_une_commune_inconnue_et_une_typologie_manquante()
    {
        using var ddtm = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Lecteur
        );
        var erreurs = Texte(
            await (await ddtm.GetAsync("/demandes/classement?commune=99999&typologie=&produit=")).TexteAsync()
        );
        Assert.Contains("La commune « 99999 » est inconnue", erreurs);
        Assert.Contains("Choisissez la typologie", erreurs);
    }

    /// <summary>
    /// Trois demandes éligibles à un T3 PLUS de la commune (DALO qui la choisit en second, ancienne, récente) et
    /// quatre exclues : PLS seul, T5, radiée, d'une autre commune.
    /// </summary>
    private async Task<(
        DemandeLogement Forte,
        DemandeLogement Ancienne,
        DemandeLogement Recente,
        DemandeLogement[] Exclues
    )> CreerDemandesAClasserAsync(string commune, string autre)
    {
        var aujourdhui = app.Aujourdhui();
        var forte = await app.CreerDemandeAsync(
            autre,
            d =>
            {
                d.Dalo = true;
                d.ProduitsEligibles = ProduitsEligibles.Plai | ProduitsEligibles.Plus | ProduitsEligibles.Pls;
            },
            commune
        );
        var ancienne = await app.CreerDemandeAsync(commune, d =>
        {
            d.DateDepot = aujourdhui.AddMonths(-20);
            d.ProduitsEligibles = ProduitsEligibles.Plus | ProduitsEligibles.Pls;
        });
        var recente = await app.CreerDemandeAsync(commune, d =>
        {
            d.DateDepot = aujourdhui.AddMonths(-3);
            d.ProduitsEligibles = ProduitsEligibles.Plus | ProduitsEligibles.Pls;
        });
        var plsSeul = await app.CreerDemandeAsync(commune, d => d.ProduitsEligibles = ProduitsEligibles.Pls);
        var t5 = await app.CreerDemandeAsync(commune, d =>
        {
            d.TypologiesSouhaitees = Typologies.T5;
            d.TypologiePrincipale = Typologies.T5;
            d.ProduitsEligibles = ProduitsEligibles.Plus;
        });
        var radiee = await app.CreerDemandeAsync(commune, d =>
        {
            d.Statut = StatutDemande.Radiee;
            d.ProduitsEligibles = ProduitsEligibles.Plus;
        });
        var ailleurs = await app.CreerDemandeAsync(autre, d => d.ProduitsEligibles = ProduitsEligibles.Plus);
        return (forte, ancienne, recente, [plsSeul, t5, radiee, ailleurs]);
    }

    [Fact]
    public async Task Le_seuil_du_premier_quartile_est_calcule_au_rang_le_plus_proche_sauf_valeur_officielle()
    {
        var (_, siren, commune, _) = await AgentEpciAsync();
        // Ressources par UC (1 adulte seul : 1 UC) : 12 × mensuel. 8 demandes : le 25e centile est la 2e valeur.
        foreach (var mensuel in new[] { 900m, 500m, 2000m, 700m, 1500m, 1200m, 1000m, 3000m })
        {
            await app.CreerDemandeAsync(commune, d =>
            {
                d.Membres = [new MembreMenage(LienMembre.Demandeur, 40, false, false)];
                d.RessourcesMensuelles = mensuel;
            });
        }
        var calcule = await app.ExecuterAsync(db =>
            RequetesDemande.SeuilQuartileAsync(db, siren, app.Aujourdhui().Year)
        );
        Assert.Equal((8_400m, false, 8), (calcule.Valeur!.Value, calcule.Officiel, calcule.Demandes));

        await app.ExecuterAsync(async db =>
        {
            db.SeuilsQuartileOfficiels.Add(
                new SeuilQuartileOfficiel
                {
                    EpciSiren = siren,
                    Annee = app.Aujourdhui().Year,
                    Seuil = 9_120m,
                    Source = "Arrêté préfectoral (test)",
                }
            );
            await db.SaveChangesAsync();
        });
        var officiel = await app.ExecuterAsync(db =>
            RequetesDemande.SeuilQuartileAsync(db, siren, app.Aujourdhui().Year)
        );
        Assert.Equal((9_120m, true), (officiel.Valeur!.Value, officiel.Officiel));

        // La cotation s'en sert : 10 800 € par UC > 9 120 → 0 ; 8 400 → +20.
        await app.PublierAsync(siren, [Critere(TypeCritere.PremierQuartile, 20m)]);
        var scores = await app.ExecuterAsync(db =>
            db.Demandes.AsNoTracking()
                .Where(d => d.EpciSiren == siren)
                .Select(d => new { d.RessourcesParUc, d.Score })
                .ToListAsync()
        );
        Assert.All(scores, s => Assert.Equal(s.RessourcesParUc <= 9_120m ? 20m : 0m, s.Score));
    }

    [Fact]
    public async Task Le_recalcul_retire_le_score_des_demandes_sans_grille_ou_inactives()
    {
        var (_, siren, commune, _) = await AgentEpciAsync();
        var active = await app.CreerDemandeAsync(commune);
        var radiee = await app.CreerDemandeAsync(commune);
        await app.PublierAsync(siren, [Critere(TypeCritere.AncienneteParMois, 1m, plafond: 60m)]);
        Assert.Equal(10m, (await app.DemandeAsync(radiee.Id)).Score);
        await app.ExecuterAsync(async db =>
        {
            var d = await db.Demandes.SingleAsync(x => x.Id == radiee.Id);
            EcheancesDemande.Radier(d, MotifRadiation.Renonciation, app.Aujourdhui(), app.Aujourdhui());
            await db.SaveChangesAsync();
            return await CotationEnMasse.RecalculerAsync(db, siren, app.Aujourdhui());
        });
        Assert.Null((await app.DemandeAsync(radiee.Id)).Score);
        Assert.Equal(10m, (await app.DemandeAsync(active.Id)).Score);

        // Sans grille publiée (archivée à la main), le recalcul retire les scores de l'EPCI.
        await app.ExecuterAsync(async db =>
        {
            await db
                .GrillesCotation.Where(g => g.EpciSiren == siren)
                .ExecuteUpdateAsync(s => s.SetProperty(g => g.Statut, StatutGrille.Archivee));
            return await CotationEnMasse.RecalculerAsync(db, siren, app.Aujourdhui());
        });
        var d = await app.DemandeAsync(active.Id);
        Assert.Equal((null, null, null), (d.Score, d.GrilleCotationId, d.DateCotation));
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class CotationSqlite(SqliteFactory app) : CotationTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class CotationPostgres(PostgresFactory app) : CotationTests(app);
