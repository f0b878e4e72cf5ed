extern alias cli;

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Tests.Infrastructure;
using Spectre.Console;
using CommandesSru = cli::Pilotis.Cli.CommandesSru;

namespace Pilotis.Web.Tests.Sru;

/// <summary>
/// Le simulateur des réformes SRU (/sru/simulateur) et « pilotis sru calculer », sur les inventaires fictifs du Gard
/// semés au démarrage (2020-2026). Les chiffres attendus sont recalculés ici, depuis la base, par le domaine
/// (<see cref="SimulateurScenariosSru.Comparer"/> et <see cref="RequetesSru"/>) : la page ne doit rien calculer
/// d'autre.
/// </summary>
public abstract partial class SimulateurTests(PilotisFactory app)
{
    private const int Annee = 2026;
    private const string Gard = "30";
    private static readonly string[] Cles = ["loi_actuelle", "cible_unique", "mutualisation_epci", "depenses_annee"];

    [GeneratedRegex("data-testid=\"total-([a-z_]+)-([a-z]+)\" data-valeur=\"([-0-9.]+)\"")]
    private static partial Regex MotifTotal();

    [Fact]
    public async Task La_page_montre_les_quatre_scenarios_et_les_totaux_du_domaine_sur_les_memes_donnees()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, Gard, Role.Agent);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);

        var html = await LirePageAsync(client, $"/sru/simulateur?perimetre={Gard}&annee={Annee}");

        foreach (
            var titre in new[]
            {
                "Loi actuelle",
                "Cible unique de 20 %",
                "Mutualisation dans l&#x27;EPCI",
                "Dépenses déductibles de l&#x27;année",
            }
        )
        {
            Assert.Contains(titre, html);
        }
        var page = Totaux(html);
        var attendus = await TotauxAttendusAsync(0.20m);
        Assert.True(
            attendus[ScenarioSru.LoiActuelle].Communes > 10,
            "Le semis du Gard devrait avoir des communes soumises en 2026."
        );
        for (var s = 0; s < Cles.Length; s++)
        {
            var t = attendus[OptionsScenariosSru.TousLesScenarios[s]];
            Assert.Equal(t.LogementsManquants, page[(Cles[s], "manquants")]);
            Assert.Equal(t.ObjectifTriennal, page[(Cles[s], "objectif")]);
            Assert.Equal(t.ObjectifPlaiMinimum, page[(Cles[s], "plai")]);
            Assert.Equal(t.ObjectifPlsMaximum, page[(Cles[s], "pls")]);
            Assert.Equal(t.PrelevementBrut, page[(Cles[s], "brut")]);
            Assert.Equal(t.PrelevementNet, page[(Cles[s], "net")]);
            Assert.Equal(t.CommunesPrelevees, page[(Cles[s], "prelevees")]);
        }
        // Les réformes changent quelque chose sur ces données (sinon le test ne prouverait rien).
        Assert.True(page[("cible_unique", "manquants")] < page[("loi_actuelle", "manquants")]);

        // La loi actuelle du simulateur est celle des pages SRU (RequetesSru), hors communes exemptées.
        var situations = await SituationsNonExempteesAsync();
        Assert.Equal(situations.Sum(x => x.Resultat.LogementsManquants), page[("loi_actuelle", "manquants")]);
        Assert.Equal(situations.Sum(x => x.Resultat.PrelevementNet), page[("loi_actuelle", "net")]);
    }

    [Fact]
    public async Task Le_taux_cible_unique_est_un_parametre()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, Gard, Role.Lecteur);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);

        var html = await LirePageAsync(client, $"/sru/simulateur?annee={Annee}&taux=22,5");

        Assert.Contains("Cible unique de 22,5 %", html);
        var attendus = await TotauxAttendusAsync(0.225m);
        var page = Totaux(html);
        Assert.Equal(attendus[ScenarioSru.CibleUnique20].LogementsManquants, page[("cible_unique", "manquants")]);
        Assert.Equal(attendus[ScenarioSru.CibleUnique20].PrelevementNet, page[("cible_unique", "net")]);
    }

    [Theory]
    [InlineData("taux=75", "Le taux cible unique doit être un pourcentage entre 1 et 50")]
    [InlineData("taux=abc", "Le taux cible unique doit être un pourcentage entre 1 et 50")]
    [InlineData("perimetre=999", "Périmètre inconnu")]
    public async Task Des_parametres_faux_donnent_un_message_en_francais_et_aucun_resultat(
        string requete,
        string message
    )
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, Gard, Role.Agent);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);

        var html = await LirePageAsync(client, $"/sru/simulateur?annee={Annee}&{requete}");

        Assert.Contains(message, html);
        Assert.DoesNotContain("data-testid=\"table-synthese\"", html);
    }

    [Fact]
    public async Task Une_annee_sans_inventaire_est_annoncee()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, Gard, Role.Agent);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);

        var html = await LirePageAsync(client, "/sru/simulateur?annee=2012");

        Assert.Contains("data-testid=\"aucun-inventaire\"", html);
        Assert.DoesNotContain("data-testid=\"table-synthese\"", html);
    }

    [Fact]
    public async Task L_export_xlsx_a_une_feuille_par_niveau_et_les_totaux_de_la_page()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, Gard, Role.Lecteur);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var page = Totaux(await LirePageAsync(client, $"/sru/simulateur?annee={Annee}"));

        using var reponse = await client.GetAsync($"/sru/simulateur?annee={Annee}&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            reponse.Content.Headers.ContentType?.MediaType
        );
        Assert.Equal(
            $"simulation-sru-30-{Annee}.xlsx",
            reponse.Content.Headers.ContentDisposition?.FileNameStar
                ?? reponse.Content.Headers.ContentDisposition?.FileName
        );
        await using var flux = await reponse.Content.ReadAsStreamAsync();
        using var classeur = new XLWorkbook(flux);
        var noms = classeur.Worksheets.Select(f => f.Name).ToList();
        Assert.Contains("Communes", noms);
        Assert.Contains("EPCI", noms);
        Assert.Contains("Totaux", noms);

        var communes = classeur.Worksheet("Communes");
        Assert.Equal("code_insee", communes.Cell(1, 1).GetString());
        var nombreCommunes = await NombreCommunesSimuleesAsync();
        Assert.Equal(nombreCommunes + 1, communes.LastRowUsed().RowNumber());
        Assert.All(Enumerable.Range(2, nombreCommunes), r =>
            Assert.Matches("^30[0-9]{3}$", communes.Cell(r, 1).GetString())
        );

        var epci = classeur.Worksheet("EPCI");
        Assert.Equal("siren_epci", epci.Cell(1, 1).GetString());
        Assert.True(epci.LastRowUsed().RowNumber() >= 2);

        var totaux = classeur.Worksheet("Totaux");
        Assert.Equal(5, totaux.LastRowUsed().RowNumber());
        var entetes = totaux.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        var colManquants = entetes.IndexOf("logements_manquants") + 1;
        var colNet = entetes.IndexOf("prelevement_net") + 1;
        Assert.Equal("Loi actuelle", totaux.Cell(2, 1).GetString());
        for (var s = 0; s < Cles.Length; s++)
        {
            Assert.Equal(page[(Cles[s], "manquants")], (decimal)totaux.Cell(s + 2, colManquants).GetDouble());
            Assert.Equal(page[(Cles[s], "net")], (decimal)totaux.Cell(s + 2, colNet).GetDouble());
        }
    }

    [Fact]
    public async Task L_export_csv_des_communes_est_lisible_par_excel()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, Gard, Role.Lecteur);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);

        using var reponse = await client.GetAsync($"/sru/simulateur?annee={Annee}&format=csv&niveau=communes");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], octets[..3]);
        var lignes = System
            .Text.Encoding.UTF8.GetString(octets, 3, octets.Length - 3)
            .Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("code_insee;commune;departement;siren_epci;epci;", lignes[0]);
        Assert.Contains("mutualisation_epci_ecart_prelevement_net", lignes[0]);
        Assert.Equal(await NombreCommunesSimuleesAsync() + 1, lignes.Length);
    }

    [Fact]
    public async Task Enregistrer_sans_nom_donne_une_erreur_en_francais_et_n_ecrit_rien()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, Gard, Role.Agent);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var journalAvant = await app.ExecuterAsync(db =>
            db.Journal.CountAsync(j => j.Entite == nameof(ScenarioSruEnregistre))
        );

        using var reponse = await EnregistrerAsync(client, "   ");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.Contains("Donnez un nom au scénario pour l&#x27;enregistrer.", html);
        Assert.Equal(0, await ScenariosAsync(compte.OrganisationId));
        Assert.Equal(
            journalAvant,
            await app.ExecuterAsync(db => db.Journal.CountAsync(j => j.Entite == nameof(ScenarioSruEnregistre)))
        );
    }

    [Fact]
    public async Task Un_scenario_enregistre_est_liste_se_rouvre_avec_ses_parametres_et_se_supprime()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, Gard, Role.Agent);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var nom = $"Cible à 22,5 % — {Guid.NewGuid():N}"[..30];

        using var enregistrement = await EnregistrerAsync(client, nom, "2025", "22,5");

        Assert.Equal(HttpStatusCode.Redirect, enregistrement.StatusCode);
        var enregistre = await app.ExecuterAsync(db =>
            db.ScenariosSru.AsNoTracking().SingleAsync(s => s.OrganisationId == compte.OrganisationId)
        );
        Assert.Equal(nom, enregistre.Nom);
        Assert.Equal((Gard, 2025, 0.225m), (enregistre.Perimetre, enregistre.Annee, enregistre.TauxCibleUnique));
        Assert.Equal(
            $"/sru/simulateur?scenario={enregistre.Id}&enregistre=true",
            enregistrement.Headers.Location?.OriginalString
        );

        await IlEstListePuisRouvertAvecSesParametresAsync(client, enregistre.Id, nom);

        // Le même nom une seconde fois est refusé, sans écriture.
        using var doublon = await EnregistrerAsync(client, " " + nom.ToUpperInvariant());
        Assert.Equal(HttpStatusCode.OK, doublon.StatusCode);
        Assert.Contains("Votre organisation a déjà un scénario nommé", await doublon.Content.ReadAsStringAsync());
        Assert.Equal(1, await ScenariosAsync(compte.OrganisationId));

        await UneAutreOrganisationNeLeVoitPasAsync(enregistre.Id);

        using var suppression = await client.PosterFormulaireAsync(
            "/sru/simulateur",
            new Dictionary<string, string> { ["id"] = $"{enregistre.Id}" },
            "/sru/simulateur?handler=Supprimer"
        );
        Assert.Equal(HttpStatusCode.Redirect, suppression.StatusCode);
        Assert.Equal(0, await ScenariosAsync(compte.OrganisationId));
    }

    [Fact]
    public async Task Un_lecteur_consulte_mais_n_enregistre_pas()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Dreal,
            NiveauPerimetre.Region,
            "76",
            Role.Lecteur,
            departementCode: Gard
        );
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);

        var html = await LirePageAsync(client, "/sru/simulateur?perimetre=FR");
        Assert.Contains("France entière, 2026", html);
        Assert.DoesNotContain("Enregistrer ce scénario", html);

        using var reponse = await EnregistrerAsync(client, "Interdit");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        Assert.Contains("/acces-refuse", reponse.Headers.Location?.OriginalString);
        Assert.Equal(0, await ScenariosAsync(compte.OrganisationId));
    }

    [Fact]
    public async Task Une_commune_simule_son_departement_mais_pas_la_France_et_un_bailleur_n_y_a_pas_acces()
    {
        var commune = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30189",
            Role.Agent
        );
        using (var client = await app.ClientConnecteAsync(commune.Courriel, commune.MotDePasse))
        {
            Assert.Contains("data-testid=\"commune-30189\"", await LirePageAsync(client, "/sru/simulateur"));
            using var france = await client.GetAsync("/sru/simulateur?perimetre=FR");
            Assert.Equal(HttpStatusCode.Redirect, france.StatusCode);
            Assert.Contains("/acces-refuse", france.Headers.Location?.OriginalString);
        }
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Gard,
            Role.Administrateur
        );
        using (var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse))
        {
            using var reponse = await client.GetAsync("/sru/simulateur");
            Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
            Assert.Contains("/acces-refuse", reponse.Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task Un_visiteur_anonyme_apprend_a_qui_le_simulateur_est_reserve()
    {
        // Ticket 11, point 12 : plutôt qu'un renvoi muet vers la connexion, la page dit qui peut s'en servir (les
        // types d'organisation qui lisent le SRU dans la table des habilitations) et ne calcule rien.
        using var client = app.ClientAnonyme();

        using var reponse = await client.GetAsync("/sru/simulateur?perimetre=30&annee=2026");

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.Contains("Réservé aux agents connectés", html);
        Assert.Contains("/connexion?ReturnUrl=%2Fsru%2Fsimulateur", html);
        foreach (var type in new[] { "État — DDT(M)", "État — DREAL", "Intercommunalité (EPCI)", "Commune" })
            Assert.Contains($"<li>{type}</li>", html);
        Assert.DoesNotContain("Bailleur social", html);
        Assert.DoesNotContain("action=\"/sru/simulateur\"", html);
    }

    [Fact]
    public async Task La_commande_sru_calculer_donne_les_totaux_de_la_loi_actuelle_et_refuse_une_annee_sans_inventaire()
    {
        var sortie = new StringWriter();
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(sortie),
            }
        );
        console.Profile.Width = 160;

        var (code, synthese) = await app.AvecServicesAsync(s => CommandesSru.ExecuterAsync(s, Annee, Gard, console));
        var affichage = await app.AvecServicesAsync(s => CommandesSru.CalculerAsync(s, Annee, Gard, console));
        var refus = await app.AvecServicesAsync(s => CommandesSru.CalculerAsync(s, 2012, Gard, console));

        Assert.Equal(0, code);
        Assert.NotNull(synthese);
        var situations = await SituationsNonExempteesAsync();
        var attendus = await TotauxAttendusAsync(0.20m);
        Assert.Equal(attendus[ScenarioSru.LoiActuelle].LogementsManquants, synthese.LogementsManquants);
        Assert.Equal(attendus[ScenarioSru.LoiActuelle].ObjectifTriennal, synthese.ObjectifTriennal);
        Assert.Equal(attendus[ScenarioSru.LoiActuelle].PrelevementBrut, synthese.PrelevementBrut);
        Assert.Equal(attendus[ScenarioSru.LoiActuelle].PrelevementNet, synthese.PrelevementNet);
        Assert.Equal(situations.Count(x => x.Resultat.LogementsManquants > 0), synthese.Deficitaires);
        Assert.InRange(synthese.PlusForts.Count, 1, 10);
        Assert.Equal(
            synthese.PlusForts.Max(x => x.Resultat.PrelevementNet),
            synthese.PlusForts[0].Resultat.PrelevementNet
        );

        Assert.Equal(0, affichage);
        var texte = sortie.ToString();
        Assert.Contains("Logements sociaux manquants", texte);
        Assert.Contains(synthese.PrelevementNet.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")) + " €", texte);
        Assert.Contains("Les 10 prélèvements nets les plus élevés", texte);
        Assert.Equal(1, refus);
        Assert.Contains(
            "Aucun inventaire SRU de commune soumise n'est enregistré pour 2012",
            texte.ReplaceLineEndings(" ")
        );
    }

    private static async Task<string> LirePageAsync(HttpClient client, string url)
    {
        using var reponse = await client.GetAsync(url);
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.True(reponse.StatusCode == HttpStatusCode.OK, $"GET {url} : {(int)reponse.StatusCode}");
        return html;
    }

    private static Dictionary<(string Scenario, string Mesure), decimal> Totaux(string html) =>
        MotifTotal()
            .Matches(html)
            .ToDictionary(
                m => (m.Groups[1].Value, m.Groups[2].Value),
                m => decimal.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture)
            );

    /// <summary>
    /// Entrées du simulateur relues ici, indépendamment de la page : inventaires soumis (non exemptés) de l'année des
    /// communes du Gard et des autres communes de leurs EPCI, dépenses validées de N−2 et de N, carence en vigueur,
    /// médiane nationale ; puis le domaine, et la somme sur les communes du Gard.
    /// </summary>
    private Task<Dictionary<ScenarioSru, TotauxSru>> TotauxAttendusAsync(decimal tauxCibleUnique, int annee = Annee) =>
        app.ExecuterAsync(async db =>
        {
            var (communes, departements) = await EntreesAsync(db, annee);
            var parametres = ParametresSru.PourAnnee(annee);
            var mediane = await new RequetesSru(db).MedianePotentielFiscalAsync(annee);
            var comparaison = SimulateurScenariosSru.Comparer(
                communes.ToArray(),
                parametres,
                new OptionsScenariosSru { TauxCibleUnique = tauxCibleUnique, PotentielFiscalMedian = mediane }
            );
            var totaux = new Dictionary<ScenarioSru, TotauxSru>();
            foreach (var resultat in comparaison.Scenarios)
            {
                var total = default(TotauxSru);
                for (var i = 0; i < communes.Count; i++)
                {
                    if (departements[i] == Gard)
                        total = total.Plus(resultat.ParCommune[i]);
                }
                totaux[resultat.Scenario] = total;
            }
            return totaux;
        });

    private Task<int> NombreCommunesSimuleesAsync() =>
        app.ExecuterAsync(async db =>
        {
            var (_, departements) = await EntreesAsync(db, Annee);
            return departements.Count(d => d == Gard);
        });

    private static async Task<(List<CommuneSimulationSru> Communes, List<string> Departements)> EntreesAsync(
        PilotisDbContext db,
        int annee
    )
    {
        var debut = new DateOnly(annee, 1, 1);
        var toutes = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle)
            .Select(c => new
            {
                c.Code,
                c.EpciSiren,
                c.DepartementCode,
            })
            .ToListAsync();
        var epcisDuGard = toutes
            .Where(c => c.DepartementCode == Gard && c.EpciSiren != null)
            .Select(c => c.EpciSiren)
            .ToHashSet();
        var retenues = toutes
            .Where(c => c.DepartementCode == Gard || epcisDuGard.Contains(c.EpciSiren))
            .ToDictionary(c => c.Code);
        var inventaires = (
            await db.InventairesSru.AsNoTracking().Where(i => i.Annee == annee && i.Soumise).ToListAsync()
        )
            .Where(i => retenues.ContainsKey(i.CommuneCode) && !i.ExempteeLe(debut))
            .OrderBy(i => i.CommuneCode, StringComparer.Ordinal)
            .ToList();
        var depenses = await db
            .DepensesDeductiblesSru.AsNoTracking()
            .Where(d => d.Statut == StatutDepenseSru.Validee)
            .ToListAsync();
        var procedures = await db.ProceduresCarenceSru.AsNoTracking().Include(p => p.Etapes).ToListAsync();
        var mediane = await new RequetesSru(db).MedianePotentielFiscalAsync(annee);
        var communes = new List<CommuneSimulationSru>();
        var departements = new List<string>();
        foreach (var i in inventaires)
        {
            var coefficient = procedures
                .Where(p => p.CommuneCode == i.CommuneCode)
                .OrderByDescending(p => p.DebutPeriode)
                .FirstOrDefault()
                ?.VersDomaine()
                .CoefficientEnVigueurLe(debut);
            communes.Add(
                new CommuneSimulationSru
                {
                    CodeInsee = i.CommuneCode,
                    EpciSiren = retenues[i.CommuneCode].EpciSiren,
                    Donnees = i.VersDonnees(
                        depenses
                            .Where(d => d.CommuneCode == i.CommuneCode && d.AnneeDepense == annee - 2)
                            .Sum(d => d.Montant),
                        coefficient,
                        mediane
                    ),
                    DepensesDeductiblesAnneeCourante = depenses
                        .Where(d => d.CommuneCode == i.CommuneCode && d.AnneeDepense == annee)
                        .Sum(d => d.Montant),
                }
            );
            departements.Add(retenues[i.CommuneCode].DepartementCode);
        }
        return (communes, departements);
    }

    private Task<List<SituationSru>> SituationsNonExempteesAsync() =>
        app.AvecServicesAsync(async s =>
            (await s.GetRequiredService<RequetesSru>().CalculerAsync(Annee, Gard))
                .Where(x => !x.Inventaire.ExempteeLe(new DateOnly(Annee, 1, 1)))
                .ToList()
        );

    private static Task<HttpResponseMessage> EnregistrerAsync(
        HttpClient client,
        string nom,
        string? annee = null,
        string taux = "20"
    ) =>
        client.PosterFormulaireAsync(
            "/sru/simulateur",
            new Dictionary<string, string>
            {
                ["perimetre"] = Gard,
                ["annee"] = annee ?? $"{Annee}",
                ["taux"] = taux,
                ["nom"] = nom,
            },
            "/sru/simulateur?handler=Enregistrer"
        );

    private Task<int> ScenariosAsync(int organisationId) =>
        app.ExecuterAsync(db => db.ScenariosSru.CountAsync(s => s.OrganisationId == organisationId));

    /// <summary>Listé sur la page, puis rouvert avec ses paramètres (le formulaire affiche 2025 et 22,5).</summary>
    private async Task IlEstListePuisRouvertAvecSesParametresAsync(HttpClient client, int id, string nom)
    {
        var liste = await LirePageAsync(client, "/sru/simulateur");
        Assert.Contains($"href=\"/sru/simulateur?scenario={id}\"", liste);
        Assert.Contains(nom, liste);
        var rouvert = await LirePageAsync(client, $"/sru/simulateur?scenario={id}");
        Assert.Contains("data-testid=\"scenario-ouvert\"", rouvert);
        Assert.Contains("<option value=\"2025\" selected=\"selected\">2025</option>", rouvert);
        Assert.Contains("value=\"22,5\"", rouvert);
        Assert.Contains("Cible unique de 22,5 %", rouvert);
        var attendus = await TotauxAttendusAsync(0.225m, 2025);
        Assert.Equal(
            attendus[ScenarioSru.CibleUnique20].LogementsManquants,
            Totaux(rouvert)[("cible_unique", "manquants")]
        );
    }

    /// <summary>Une autre organisation ne le voit pas et ne peut pas le rouvrir.</summary>
    private async Task UneAutreOrganisationNeLeVoitPasAsync(int id)
    {
        using var client2 = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            Gard,
            Role.Agent
        );
        Assert.DoesNotContain($"scenario={id}\"", await LirePageAsync(client2, "/sru/simulateur"));
        using var interdit = await client2.GetAsync($"/sru/simulateur?scenario={id}");
        Assert.Equal(HttpStatusCode.NotFound, interdit.StatusCode);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class SimulateurTestsSqlite(SqliteFactory app) : SimulateurTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class SimulateurTestsPostgres(PostgresFactory app) : SimulateurTests(app);
