using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// Programmation pluriannuelle : mise à jour par le bailleur, objectifs et enveloppes par territoire (DDTM ou EPCI
/// délégataire pour le sien), vue consolidée sur un petit jeu connu, délais d'instruction. Département 48, années
/// réservées.
/// </summary>
public abstract class ProgrammationTests(PilotisFactory app)
{
    private const string Departement = "48";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private Task<List<string>> EpcisAsync() =>
        app.ExecuterAsync(db =>
            db.Communes.Where(c =>
                    c.DepartementCode == Departement && c.Type == TypeCommune.Actuelle && c.EpciSiren != null
                )
                .Select(c => c.EpciSiren!)
                .Distinct()
                .OrderBy(s => s)
                .ToListAsync()
        );

    [Fact]
    public async Task Le_bailleur_met_a_jour_la_programmation_de_son_operation_avec_controle_de_concurrence()
    {
        var n = DateTime.UtcNow.Year;
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        var operation = await CreerBrouillonProgrammeEnJuinAsync(bailleur.OrganisationId, n + 1);
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var page = await (await client.GetAsync("/programmation")).PageAsync();
        Assert.Contains($"data-testid=\"operation-{operation.Numero}\"", page);
        Assert.Contains("permis déposé, pas encore obtenu", page);
        Assert.Contains("plan de financement non bouclé", page);

        var jeton = OutilsSru.ChampCache(
            await (await client.GetAsync("/programmation")).Content.ReadAsStringAsync(),
            $"form-programmation-{operation.Numero}",
            "Jeton"
        );
        var champs = new Dictionary<string, string>
        {
            ["OperationId"] = operation.Id.ToString(Inv),
            ["Jeton"] = jeton,
            ["AnneeProgrammation"] = "1990",
            ["MoisAgrementPrevu"] = "13",
            ["Permis"] = "Obtenu",
        };
        var erreurs = await (await client.PosterFormulaireAsync("/programmation", champs)).PageAsync();
        Assert.Contains($"L'année d'agrément visée va de {n} à {n + 5}.", erreurs);
        Assert.Contains("Le mois d'agrément prévu va de 1 (janvier) à 12 (décembre).", erreurs);

        champs["AnneeProgrammation"] = (n + 2).ToString(Inv);
        champs["MoisAgrementPrevu"] = "5";
        champs["FoncierMaitrise"] = "true";
        champs["FinancementBoucle"] = "true";
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await client.PosterFormulaireAsync("/programmation", champs)).StatusCode
        );
        var apres = await app.ExecuterAsync(db => db.Operations.AsNoTracking().SingleAsync(o => o.Id == operation.Id));
        Assert.Equal(
            (n + 2, 5, true, EtatPermis.Obtenu, true),
            (
                apres.AnneeProgrammation,
                apres.MoisAgrementPrevu,
                apres.FoncierMaitrise,
                apres.Permis,
                apres.FinancementBoucle
            )
        );
        Assert.True(
            await app.ExecuterAsync(db =>
                db.EvenementsOperation.AnyAsync(e =>
                    e.OperationId == operation.Id && e.Type == TypeEvenement.Modification
                )
            )
        );

        champs["MoisAgrementPrevu"] = "9";
        var conflit = await (await client.PosterFormulaireAsync("/programmation", champs)).PageAsync();
        Assert.Contains("modifiée par quelqu'un d'autre entre-temps", conflit);
        Assert.Equal(
            5,
            await app.ExecuterAsync(db =>
                db.Operations.Where(o => o.Id == operation.Id).Select(o => o.MoisAgrementPrevu).SingleAsync()
            )
        );

        await UnAutreBailleurNeLaVoitNiNeLaModifieAsync(operation.Numero, champs);
    }

    /// <summary>
    /// Un brouillon visé pour juin de l'année donnée, foncier non maîtrisé, permis déposé, financement non bouclé.
    /// </summary>
    private Task<Operation> CreerBrouillonProgrammeEnJuinAsync(int bailleurId, int annee) =>
        app.CreerOperationTestAsync(bailleurId, Departement, o =>
        {
            o.Statut = StatutOperation.BrouillonCree;
            o.DateDepot = null;
            o.AnneeProgrammation = annee;
            o.MoisAgrementPrevu = 6;
            o.FoncierMaitrise = false;
            o.Permis = EtatPermis.Depose;
            o.FinancementBoucle = false;
        });

    /// <summary>Un autre bailleur ne voit pas l'opération et ne peut pas la modifier.</summary>
    private async Task UnAutreBailleurNeLaVoitNiNeLaModifieAsync(string numero, Dictionary<string, string> champs)
    {
        using var etranger = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        Assert.DoesNotContain(numero, await (await etranger.GetAsync("/programmation")).PageAsync());
        DonneesProduction.AssertRefuse(await etranger.PosterFormulaireAsync("/programmation", champs));
    }

    [Fact]
    public async Task L_epci_delegataire_fixe_les_objectifs_de_son_seul_territoire()
    {
        var epcis = await EpcisAsync();
        var (mien, autre) = (epcis[0], epcis[1]);
        var compte = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, mien, Role.Agent);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var page = await (await client.GetAsync("/programmation/objectifs?annee=2036")).PageAsync();
        Assert.Contains($"<option value=\"{mien}\" selected=\"selected\">", page);
        Assert.DoesNotContain("hors délégation", page);
        DonneesProduction.AssertRefuse(
            await client.GetAsync($"/programmation/objectifs?annee=2036&territoire={autre}")
        );

        using (
            var r = await client.PosterFormulaireAsync(
                "/programmation/objectifs?annee=2036",
                new Dictionary<string, string>
                {
                    ["Logements[PLAI]"] = "12",
                    ["Logements[PLUS]"] = "30",
                    ["Enveloppe"] = "1 250 000,50",
                },
                $"/programmation/objectifs?annee=2036&territoire={mien}"
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        await VerifierObjectifsEnregistresAsync(mien);

        // Poster pour un autre EPCI est refusé, rien n'est écrit.
        using (
            var r = await client.PosterFormulaireAsync(
                "/programmation/objectifs?annee=2036",
                new Dictionary<string, string> { ["Logements[PLAI]"] = "99" },
                $"/programmation/objectifs?annee=2036&territoire={autre}"
            )
        )
        {
            DonneesProduction.AssertRefuse(r);
        }
        Assert.False(
            await app.ExecuterAsync(db =>
                db.ObjectifsProgrammation.AnyAsync(o => o.Annee == 2036 && o.EpciSiren == autre)
            )
        );

        // Une saisie invalide est refusée en français.
        var erreurs = await (
            await client.PosterFormulaireAsync(
                "/programmation/objectifs?annee=2036",
                new Dictionary<string, string> { ["Logements[PLS]"] = "-3", ["Enveloppe"] = "beaucoup" },
                $"/programmation/objectifs?annee=2036&territoire={mien}"
            )
        ).PageAsync();
        Assert.Contains("L'objectif PLS est un nombre entier de logements", erreurs);
        Assert.Contains("L'enveloppe est un montant en euros positif", erreurs);

        // Un bailleur ne fixe pas d'objectifs.
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Administrateur
        );
        using var clientBailleur = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        DonneesProduction.AssertRefuse(await clientBailleur.GetAsync("/programmation/objectifs"));
    }

    /// <summary>Les objectifs (12 PLAI, 30 PLUS) et l'enveloppe 2036 de l'EPCI sont enregistrés.</summary>
    private async Task VerifierObjectifsEnregistresAsync(string mien)
    {
        var objectifs = await app.ExecuterAsync(db =>
            db.ObjectifsProgrammation.AsNoTracking()
                .Where(o => o.Annee == 2036 && o.EpciSiren == mien)
                .OrderBy(o => o.Produit)
                .ToListAsync()
        );
        Assert.Equal([(Produit.Plai, 12), (Produit.Plus, 30)], objectifs.Select(o => (o.Produit, o.Logements)));
        Assert.Equal(
            1_250_000.50m,
            await app.ExecuterAsync(db =>
                db.EnveloppesProgrammation.Where(e => e.Annee == 2036 && e.EpciSiren == mien)
                    .Select(e => e.Montant)
                    .SingleAsync()
            )
        );
    }

    [Fact]
    public async Task La_consolidation_compare_objectifs_agrees_programmes_et_enveloppe_sur_un_jeu_connu()
    {
        const int Annee = 2035;
        var epci = (await EpcisAsync())[0];
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        await FixerObjectifsConsolidationAsync(client, Annee, epci);

        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        var (risquee, moyenne) = await CreerOperationsConsolidationAsync(bailleur.OrganisationId, Annee, epci);

        var page = await (await client.GetAsync($"/programmation/consolidation?annee={Annee}&epci=")).PageAsync();
        Assert.Contains(
            "<tr data-testid=\"ligne-PLAI\"><td>PLAI</td><td>10</td><td>0</td><td>6</td>"
                + "<td>6</td><td>6</td><td>-4</td><td>60 %</td></tr>",
            page
        );
        Assert.Contains(
            "<tr data-testid=\"ligne-PLUS\"><td>PLUS</td><td>25</td><td>8</td><td>4</td>"
                + "<td>0</td><td>12</td><td>-13</td><td>48 %</td></tr>",
            page
        );
        Assert.Contains(
            "data-testid=\"enveloppe-montant\">500 000 €",
            page.Replace('\u202f', ' ').Replace('\u00a0', ' ')
        );
        Assert.Contains(
            "data-testid=\"subventions-agreees\">50 000 €",
            page.Replace('\u202f', ' ').Replace('\u00a0', ' ')
        );
        Assert.Contains(
            "data-testid=\"subventions-programmees\">50 000 €",
            page.Replace('\u202f', ' ').Replace('\u00a0', ' ')
        );
        Assert.Contains("data-testid=\"disponible\">400 000 €", page.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Contains(risquee.Numero, page);
        Assert.Contains("une difficulté signalée en revue de projets n'est pas résolue", page);
        Assert.Contains(moyenne.Numero, page);

        // Sur l'EPCI : ses seuls objectifs (5 PLUS), sans enveloppe fixée.
        var surEpci = await (
            await client.GetAsync($"/programmation/consolidation?annee={Annee}&epci={epci}")
        ).PageAsync();
        Assert.Contains("<tr data-testid=\"ligne-PLUS\"><td>PLUS</td><td>5</td><td>8</td><td>4</td>", surEpci);
        Assert.Contains("data-testid=\"enveloppe-montant\">non fixée", surEpci);

        await VerifierExportsConsolidationAsync(client, Annee);

        // Le bailleur consulte la consolidation limitée à ses opérations ; un compte sans habilitation Programmation
        // non.
        using var clientBailleur = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        Assert.Contains(
            "<td>PLAI</td><td>10</td><td>0</td><td>6</td>",
            await (await clientBailleur.GetAsync($"/programmation/consolidation?annee={Annee}")).PageAsync()
        );
        var reservataire = await app.CreerCompteAsync(
            TypeOrganisation.Reservataire,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        using var clientReservataire = await app.ClientConnecteAsync(reservataire.Courriel, reservataire.MotDePasse);
        DonneesProduction.AssertRefuse(
            await clientReservataire.GetAsync($"/programmation/consolidation?annee={Annee}")
        );
    }

    /// <summary>Fixe les objectifs du département (PLAI, PLUS, enveloppe) puis ceux de l'EPCI (PLUS).</summary>
    private static async Task FixerObjectifsConsolidationAsync(HttpClient client, int annee, string epci)
    {
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PosterFormulaireAsync(
                    $"/programmation/objectifs?annee={annee}",
                    new Dictionary<string, string>
                    {
                        ["Logements[PLAI]"] = "10",
                        ["Logements[PLUS]"] = "20",
                        ["Enveloppe"] = "500000",
                    },
                    $"/programmation/objectifs?annee={annee}&territoire="
                )
            ).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (
                await client.PosterFormulaireAsync(
                    $"/programmation/objectifs?annee={annee}&territoire={epci}",
                    new Dictionary<string, string> { ["Logements[PLUS]"] = "5" },
                    $"/programmation/objectifs?annee={annee}&territoire={epci}"
                )
            ).StatusCode
        );
    }

    /// <summary>
    /// Jeu connu : une opération engagée agréée dans l'année, une transmise à risque (difficulté non résolue), un
    /// brouillon non bouclé, et deux opérations hors compte (année suivante, annulée).
    /// </summary>
    private async Task<(Operation Risquee, Operation Moyenne)> CreerOperationsConsolidationAsync(
        int organisationId,
        int annee,
        string epci
    )
    {
        await app.CreerOperationTestAsync(
            organisationId,
            Departement,
            o =>
            {
                o.Statut = StatutOperation.Engagee;
                o.DateAgrement = new DateOnly(annee, 3, 1);
                PoserLot(o, Produit.Plus, 8, 50_000m);
            },
            epci
        );
        var risquee = await app.CreerOperationTestAsync(
            organisationId,
            Departement,
            o =>
            {
                o.Statut = StatutOperation.Transmise;
                o.AnneeProgrammation = annee;
                o.MoisAgrementPrevu = 6;
                PoserLot(o, Produit.Plai, 6, 30_000m);
            },
            epci
        );
        var moyenne = await app.CreerOperationTestAsync(
            organisationId,
            Departement,
            o =>
            {
                o.Statut = StatutOperation.BrouillonCree;
                o.DateDepot = null;
                o.AnneeProgrammation = annee;
                o.FinancementBoucle = false;
                PoserLot(o, Produit.Plus, 4, 20_000m);
            },
            epci
        );
        await app.CreerOperationTestAsync(
            organisationId,
            Departement,
            o =>
            {
                o.Statut = StatutOperation.BrouillonCree;
                o.AnneeProgrammation = annee + 1;
                PoserLot(o, Produit.Plus, 50, 1m);
            },
            epci
        );
        await app.CreerOperationTestAsync(
            organisationId,
            Departement,
            o =>
            {
                o.Statut = StatutOperation.Annulee;
                o.AnneeProgrammation = annee;
                PoserLot(o, Produit.Plus, 70, 1m);
            },
            epci
        );
        await app.ExecuterAsync(async db =>
        {
            db.Difficultes.Add(
                new Difficulte
                {
                    OperationId = risquee.Id,
                    Categorie = default,
                    Description = "Recours contre le permis",
                    SignaleeLe = new DateOnly(2026, 1, 1),
                    SignaleePar = "test",
                }
            );
            await db.SaveChangesAsync();
        });
        return (risquee, moyenne);
    }

    /// <summary>
    /// Comme la transition « Agréer » : un lot unique daté de l'agrément et deux lignes de financement.
    /// </summary>
    private static void PoserLot(Operation o, Produit p, int n, decimal subvention)
    {
        // Comme la transition « Agréer » : les lots d'une opération agréée portent sa date d'agrément
        // (les logements agréés en N se comptent par la date du lot, comme au lissage).
        o.Lots =
        [
            new Lot
            {
                Produit = p,
                NombreLogements = n,
                DateAgrement = o.DateAgrement,
            },
        ];
        o.Financements =
        [
            new LigneFinancement { Type = TypeFinancement.SubventionEtat, Montant = subvention },
            new LigneFinancement { Type = TypeFinancement.FondsPropres, Montant = 1000m },
        ];
    }

    private static async Task VerifierExportsConsolidationAsync(HttpClient client, int annee)
    {
        using var csv = await client.GetAsync($"/programmation/consolidation?annee={annee}&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lignes = OutilsSru.LireCsv(await csv.Content.ReadAsByteArrayAsync());
        var plai = lignes.Single(l => l["Produit"] == "PLAI");
        Assert.Equal(
            ("10", "6", "6"),
            (plai["Objectif (logements)"], plai["Programmés non agréés"], plai["Dont risque élevé"])
        );
        using var xlsx = await client.GetAsync($"/programmation/consolidation?annee={annee}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task Les_delais_medians_et_la_completude_au_depot_se_lisent_par_epci_et_par_bailleur()
    {
        const int Annee = 2019;
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        var autre = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        await app.CreerOperationTestAsync(bailleur.OrganisationId, Departement, o =>
        {
            o.Statut = StatutOperation.Engagee;
            o.DateDepot = new DateOnly(Annee, 1, 10);
            o.DateDossierComplet = new DateOnly(Annee, 2, 9);
            o.DateAgrement = new DateOnly(Annee, 4, 10);
            o.CompletudeAuDepot = 1m;
        });
        await app.CreerOperationTestAsync(bailleur.OrganisationId, Departement, o =>
        {
            o.Statut = StatutOperation.ProgrammeeComplet;
            o.DateDepot = new DateOnly(Annee, 3, 1);
            o.DateDossierComplet = new DateOnly(Annee, 3, 11);
            o.CompletudeAuDepot = 0.5m;
        });
        await app.CreerOperationTestAsync(autre.OrganisationId, Departement, o =>
        {
            o.Statut = StatutOperation.Transmise;
            o.DateDepot = new DateOnly(Annee, 5, 1);
        });
        var nomBailleur = await app.ExecuterAsync(db =>
            db.Organisations.Where(o => o.Id == bailleur.OrganisationId).Select(o => o.Nom).SingleAsync()
        );

        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            Departement,
            Role.Lecteur
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var page = await (await client.GetAsync($"/production/delais?annee={Annee}")).PageAsync();
        Assert.Contains("data-testid=\"deposes\">3<", page);
        Assert.Contains("data-testid=\"completude-depot\">75 %<", page);
        Assert.Contains("data-testid=\"mediane-depot-agrement\">90 j<", page);
        Assert.Contains($"<tr><td>{nomBailleur}</td><td>2</td><td>20 j</td><td>60 j</td><td>90 j</td></tr>", page);

        using var csv = await client.GetAsync($"/production/delais?annee={Annee}&format=csv");
        var lignes = OutilsSru.LireCsv(await csv.Content.ReadAsByteArrayAsync());
        var ligne = lignes.Single(l => l["Territoire ou bailleur"] == nomBailleur);
        Assert.Equal(
            ("Bailleur", "2", "20"),
            (ligne["Regroupement"], ligne["Dossiers déposés"], ligne["Médiane dépôt → complet (jours)"])
        );
        Assert.Equal("3", lignes.Single(l => l["Regroupement"] == "EPCI")["Dossiers déposés"]);

        // Le bailleur ne voit que ses propres dossiers.
        using var clientBailleur = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        Assert.Contains(
            "data-testid=\"deposes\">2<",
            await (await clientBailleur.GetAsync($"/production/delais?annee={Annee}")).PageAsync()
        );
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ProgrammationSqlite(SqliteFactory app) : ProgrammationTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ProgrammationPostgres(PostgresFactory app) : ProgrammationTests(app);
