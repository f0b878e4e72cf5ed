extern alias cli;

using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;
using Spectre.Console;
using static Pilotis.Web.Tests.Attribution.OutilsParc;
using CommandesImportLogements = cli::Pilotis.Cli.CommandesImportLogements;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Import du parc (ticket 12, stock ; docs/formats/logements.md), par la commande et par la page : comptes d'un bon
/// fichier, réimport sans effet, chaque ligne fausse nommée et rien d'écrit, un bailleur limité à ses logements, la
/// DDT(M) à son département.
/// </summary>
public abstract class ImportLogementsTests(PilotisFactory app)
{
    [Fact]
    public async Task La_commande_importe_puis_le_reimport_ne_change_rien_puis_une_ligne_changee_est_modifiee()
    {
        var (siren, bailleurId) = await OutilsAttribution.BailleurAsync(app);
        var p = Prefixe();
        var chemin = Path.Combine(Path.GetTempPath(), $"logements-{p}.csv");
        await File.WriteAllBytesAsync(
            chemin,
            Fichier(
                Ligne($"{p}1", siren),
                Ligne($"{p}2", siren, "30007", "T6", "O", "VACANT", "812.5", "118,25"),
                $"{p}3;{siren};30028;3 impasse des Cigales;N;t1;28;plai_adapte;1850;0;;hors_location"
            )
        );
        try
        {
            var journalAvant = await JournalAsync();
            var (code, sortie) = await CommandeAsync(chemin);
            Assert.Equal(0, code);
            Assert.Contains("3 logement(s) : 3 ajouté(s), 0 modifié(s), 0 inchangé(s).", sortie);
            var lus = await LogementsAsync(bailleurId);
            Assert.Equal(3, lus.Count);
            Assert.Equal(TypologieLogement.T6Plus, lus[1].Typologie);
            Assert.Equal(118.25m, lus[1].Surface);
            Assert.Equal(812.50m, lus[1].LoyerMensuel);
            Assert.True(lus[1].EnQpv);
            Assert.Equal(EtatOccupation.Vacant, lus[1].Occupation);
            Assert.Equal(FinancementOrigine.PlaiAdapte, lus[2].Financement);
            Assert.Null(lus[2].EtiquetteEnergie);
            Assert.Equal(EtatOccupation.HorsLocation, lus[2].Occupation);
            Assert.Equal(journalAvant + 1, await JournalAsync());

            var (code2, sortie2) = await CommandeAsync(chemin);
            Assert.Equal(0, code2);
            Assert.Contains("3 logement(s) : 0 ajouté(s), 0 modifié(s), 3 inchangé(s).", sortie2);
            Assert.Equal(lus.Select(l => l.ModifieLe), (await LogementsAsync(bailleurId)).Select(l => l.ModifieLe));
            Assert.Equal(journalAvant + 1, await JournalAsync());

            var bilan = await ImporterAsync(app, Fichier(Ligne($"{p}1", siren, occupation: "VACANT")));
            Assert.True(bilan.Reussi);
            Assert.Equal((0L, 1L, 0L), (bilan.Ajoutes, bilan.Modifies, bilan.Inchanges));
            Assert.Equal(EtatOccupation.Vacant, (await LogementsAsync(bailleurId))[0].Occupation);
        }
        finally
        {
            File.Delete(chemin);
        }
    }

    [Fact]
    public async Task Chaque_ligne_fausse_est_nommee_avec_son_numero_et_rien_n_est_ecrit()
    {
        var (siren, bailleurId) = await OutilsAttribution.BailleurAsync(app);
        var p = Prefixe();
        var annee = DateTime.UtcNow.Year;
        var bilan = await ImporterAsync(
            app,
            Fichier(
                Ligne($"{p}1", siren),
                Ligne($"{p}2", siren, commune: "99999"),
                Ligne($"{p}3", "812345678"),
                Ligne($"{p}4", siren, typologie: "T9"),
                Ligne($"{p}5", siren, surface: "0"),
                Ligne($"{p}6", siren, surface: "500,5"),
                $"{p}7;{siren};30189;1 rue;N;T2;45;PLUS;1849;300;C;OCCUPE",
                $"{p}8;{siren};30189;1 rue;N;T2;45;PLUS;{annee + 1};300;C;OCCUPE",
                Ligne($"{p}9", siren, loyer: "-1"),
                Ligne($"{p}1", siren),
                $"{p}A;{siren};30189;1 rue;X;T2;45;PLU;2000;300;H;LIBRE"
            )
        );
        Assert.False(bilan.Reussi);
        var parLigne = bilan.Erreurs.ToDictionary(e => e.Ligne, e => e.Message);
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11, 12], parLigne.Keys.Order());
        Assert.Contains("code_commune : « 99999 »", parLigne[3]);
        Assert.Contains("siren_bailleur : aucune organisation", parLigne[4]);
        Assert.Contains("typologie : « T9 »", parLigne[5]);
        Assert.Contains("surface : 0 m² hors des bornes", parLigne[6]);
        Assert.Contains("surface : 500,5 m² hors des bornes", parLigne[7]);
        Assert.Contains("annee_construction : 1849 hors des bornes", parLigne[8]);
        Assert.Contains($"annee_construction : {annee + 1} hors des bornes", parLigne[9]);
        Assert.Contains("loyer : -1 € est négatif", parLigne[10]);
        Assert.Contains("figure déjà ligne 2", parLigne[11]);
        Assert.Contains("qpv :", parLigne[12]);
        Assert.Contains("financement :", parLigne[12]);
        Assert.Contains("etiquette_energie :", parLigne[12]);
        Assert.Contains("occupation :", parLigne[12]);
        Assert.Empty(await LogementsAsync(bailleurId));
    }

    [Fact]
    public async Task Une_colonne_inconnue_refuse_le_fichier_a_la_ligne_1()
    {
        var (siren, _) = await OutilsAttribution.BailleurAsync(app);
        var octets = System.Text.Encoding.UTF8.GetBytes(
            FormatLogements.Entete + ";commentaire\r\n" + Ligne(Prefixe(), siren) + ";x\r\n"
        );
        var bilan = await ImporterAsync(app, octets);
        Assert.Equal(1, Assert.Single(bilan.Erreurs).Ligne);
        Assert.Contains("commentaire", bilan.Erreurs[0].Message);
    }

    [Fact]
    public async Task La_page_d_un_bailleur_importe_les_siens_et_refuse_la_ligne_d_un_autre_bailleur()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var siren = "7" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString("D8");
        await app.ExecuterAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == compte.OrganisationId)).Siren = siren;
            await db.SaveChangesAsync();
        });
        var (autre, autreId) = await OutilsAttribution.BailleurAsync(app);
        var p = Prefixe();
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);

        using var refus = await client.PosterFichierAsync(
            "/logements/importer",
            new Dictionary<string, string>(),
            "Fichier",
            "parc.csv",
            Fichier(Ligne($"{p}1", siren), Ligne($"{p}2", autre))
        );
        var html = await TexteAsync(refus);
        Assert.Contains("Rien n'a été importé", html);
        Assert.Contains("Ligne 3 : siren_bailleur : ce logement est d'un autre bailleur", html);
        Assert.Empty(await LogementsAsync(compte.OrganisationId));

        // Un logement déjà enregistré pour un autre bailleur ne peut pas être réécrit.
        Assert.True((await ImporterAsync(app, Fichier(Ligne($"{p}9", autre)))).Reussi);
        using var reecriture = await client.PosterFichierAsync(
            "/logements/importer",
            new Dictionary<string, string>(),
            "Fichier",
            "parc.csv",
            Fichier(Ligne($"{p}1", siren), Ligne($"{p}9", siren))
        );
        Assert.Contains("Ligne 3 : identifiant_rpls : ce logement est déjà enregistré", await TexteAsync(reecriture));
        Assert.Empty(await LogementsAsync(compte.OrganisationId));
        Assert.Single(await LogementsAsync(autreId));

        using var ok = await client.PosterFichierAsync(
            "/logements/importer",
            new Dictionary<string, string>(),
            "Fichier",
            "parc.csv",
            Fichier(Ligne($"{p}1", siren), Ligne($"{p}2", siren, "30007"))
        );
        Assert.Contains("2 logement(s) lu(s) : 2 ajouté(s), 0 modifié(s), 0 inchangé(s)", await TexteAsync(ok));
        Assert.Equal(2, (await LogementsAsync(compte.OrganisationId)).Count);
    }

    [Fact]
    public async Task La_ddtm_importe_son_departement_et_pas_une_commune_d_un_autre()
    {
        var (siren, bailleurId) = await OutilsAttribution.BailleurAsync(app);
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var p = Prefixe();
        using var refus = await client.PosterFichierAsync(
            "/logements/importer",
            new Dictionary<string, string>(),
            "Fichier",
            "parc.csv",
            Fichier(Ligne($"{p}1", siren), Ligne($"{p}2", siren, "34172"))
        );
        Assert.Contains(
            "Ligne 3 : code_commune : la commune 34172 (département 34) est hors de votre périmètre.",
            await TexteAsync(refus)
        );
        Assert.Empty(await LogementsAsync(bailleurId));
    }

    [Fact]
    public async Task Un_compte_sans_droit_d_import_est_refuse()
    {
        var commune = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30189",
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(commune.Courriel, commune.MotDePasse);
        using var reponse = await client.GetAsync("/logements/importer");
        Pilotis.Web.Tests.Production.DonneesProduction.AssertRefuse(reponse);
    }

    private Task<List<Logement>> LogementsAsync(int bailleurId) =>
        app.ExecuterAsync(db =>
            db.Logements.AsNoTracking()
                .Where(l => l.BailleurId == bailleurId)
                .OrderBy(l => l.IdentifiantRpls)
                .ToListAsync()
        );

    private static async Task<string> TexteAsync(HttpResponseMessage reponse) =>
        System.Net.WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());

    private Task<int> JournalAsync() =>
        app.ExecuterAsync(db => db.Journal.CountAsync(j => j.Action == ImportLogements.ActionJournal));

    private async Task<(int Code, string Sortie)> CommandeAsync(string chemin)
    {
        using var sortie = new StringWriter();
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Out = new AnsiConsoleOutput(sortie),
            }
        );
        console.Profile.Width = 240;
        var code = await app.AvecServicesAsync(s =>
            CommandesImportLogements.ImporterAsync(s, new FileInfo(chemin), console)
        );
        return (code, sortie.ToString());
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportLogementsSqlite(SqliteFactory app) : ImportLogementsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ImportLogementsPostgres(PostgresFactory app) : ImportLogementsTests(app);
