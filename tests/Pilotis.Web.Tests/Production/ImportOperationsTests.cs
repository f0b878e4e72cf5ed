using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// Import CSV of existing operations (public contract: docs/formats/operations.md), through the page /operations/import
/// and the importer used by `pilotis import operations`: whole file checked, every bad line numbered, all or nothing,
/// same file twice changes nothing, a newer extract updates by operation number.
/// </summary>
public abstract class ImportOperationsTests(PilotisFactory app)
{
    private const string Entete =
        "numero_operation;code_commune;siren_bailleur;nature;produit;nombre_logements;date_depot;date_agrement";
    private const string Page = "/operations/import";
    private const string Garrigues = "900000019";
    private const string Cevennes = "900000027";

    [Fact]
    public async Task Un_bon_fichier_cree_les_operations_et_le_reimporter_ne_change_rien()
    {
        var n = Numero();
        var fichier =
            "\uFEFF"
            + string.Join(
                "\r\n",
                Entete + ";statut;date_ouverture_chantier;date_livraison;nom",
                $"{n}-A;30189;{Garrigues};NEUF;PLAI;12;2025-03-14;2025-06-20;;2025-10-01;;Les Jardins",
                $"{n}-A;30189;{Garrigues};neuf;plus;20;2025-03-14;2025-07-02;;2025-10-01;;Les Jardins",
                $"{n}-B;30007;{Cevennes};VEFA;pls;8;2026-05-02;;;;;",
                $"{n}-C;30028;{Cevennes};ACQUISITION_AMELIORATION;PLAI_ADAPTE;3;;;BROUILLON_CREE;;;"
            )
            + "\r\n";
        var octets = Encoding.UTF8.GetBytes(fichier);
        var journalAvant = await app.ExecuterAsync(db =>
            db.Journal.CountAsync(j => j.Action == "Import des opérations")
        );

        using var client = await ClientDdtmAsync();
        var premier = await (
            await client.PosterFichierAsync(Page, Aucun, "Fichier", "operations.csv", octets)
        ).TexteAsync();
        Assert.Contains("4 ligne(s), 3 opération(s) : 3 ajoutée(s), 0 modifiée(s), 0 inchangée(s).", premier);

        var operations = await app.ExecuterAsync(db =>
            db.Operations.AsNoTracking()
                .Include(o => o.Lots)
                .Include(o => o.Evenements)
                .Where(o => o.Numero.StartsWith(n))
                .OrderBy(o => o.Numero)
                .ToListAsync()
        );
        Assert.Equal(3, operations.Count);
        var a = operations[0];
        Assert.Equal("Les Jardins", a.Nom);
        Assert.Equal(NatureOperation.Neuf, a.Nature);
        Assert.Equal("243000643", a.EpciSiren);
        Assert.Equal("30", a.DepartementCode);
        Assert.Equal(32, a.NombreLogements);
        Assert.Equal(StatutOperation.Acompte, a.Statut); // agréée et chantier ouvert
        Assert.Equal(new DateOnly(2025, 6, 20), a.DateAgrement); // le premier agrément de ses lots
        Assert.Equal(new DateOnly(2025, 7, 2), a.Lots.Single(l => l.Produit == Produit.Plus).DateAgrement);
        Assert.Single(a.Evenements, e => e.Type == TypeEvenement.Import);
        Assert.Equal(StatutOperation.Transmise, operations[1].Statut);
        Assert.Equal("Opération " + n + "-B", operations[1].Nom);
        Assert.Equal(StatutOperation.BrouillonCree, operations[2].Statut);
        Assert.Equal(Produit.PlaiAdapte, operations[2].Lots.Single().Produit);
        Assert.Equal(
            journalAvant + 1,
            await app.ExecuterAsync(db => db.Journal.CountAsync(j => j.Action == "Import des opérations"))
        ); // une entrée de synthèse

        var jetons = operations.Select(o => o.Jeton).ToList();
        var second = await (
            await client.PosterFichierAsync(Page, Aucun, "Fichier", "operations.csv", octets)
        ).TexteAsync();
        Assert.Contains("3 opération(s) : 0 ajoutée(s), 0 modifiée(s), 3 inchangée(s).", second);
        Assert.Equal(
            jetons,
            await app.ExecuterAsync(db =>
                db.Operations.Where(o => o.Numero.StartsWith(n))
                    .OrderBy(o => o.Numero)
                    .Select(o => o.Jeton)
                    .ToListAsync()
            )
        );
        Assert.Equal(
            journalAvant + 1,
            await app.ExecuterAsync(db => db.Journal.CountAsync(j => j.Action == "Import des opérations"))
        );
    }

    [Fact]
    public async Task Un_extrait_plus_recent_met_a_jour_par_numero()
    {
        var n = Numero();
        var v1 = string.Join(
            "\n",
            Entete,
            $"{n};30189;{Garrigues};NEUF;PLAI;10;2026-01-10;",
            $"{n};30189;{Garrigues};NEUF;PLS;5;2026-01-10;"
        );
        var v2 = string.Join("\n", Entete, $"{n};30189;{Garrigues};NEUF;PLAI;12;2026-01-10;2026-06-30");
        var importeur = (Stream flux) =>
            app.AvecServicesAsync(s =>
                new ImportOperations(s.GetRequiredService<Pilotis.Data.PilotisDbContext>()).ExecuterAsync(flux)
            );

        Assert.Equal(1, (await importeur(new MemoryStream(Encoding.UTF8.GetBytes(v1)))).Ajoutees);
        var bilan = await importeur(new MemoryStream(Encoding.UTF8.GetBytes(v2)));
        Assert.True(bilan.Reussi);
        Assert.Equal((0, 1, 0), (bilan.Ajoutees, bilan.Modifiees, bilan.Inchangees));
        var o = await app.ExecuterAsync(db =>
            db.Operations.AsNoTracking().Include(x => x.Lots).Include(x => x.Evenements).SingleAsync(x => x.Numero == n)
        );
        var lot = Assert.Single(o.Lots); // le lot PLS absent du nouvel extrait est retiré
        Assert.Equal(
            (Produit.Plai, 12, new DateOnly(2026, 6, 30)),
            (lot.Produit, lot.NombreLogements, lot.DateAgrement!.Value)
        );
        Assert.Equal(StatutOperation.Engagee, o.Statut);
        Assert.Contains(o.Evenements, e => e.Libelle == "Mise à jour par import CSV");
    }

    [Fact]
    public async Task Un_fichier_faux_est_refuse_avec_chaque_ligne_et_rien_n_est_ecrit()
    {
        var n = Numero();
        var fichier = string.Join(
            "\n",
            Entete + ";statut",
            $"{n}-1;30189;{Garrigues};NEUF;PLAI;10;2025-01-10;2025-05-01;", // 2 : bonne
            $"{n}-2;99999;{Garrigues};NEUF;PLAI;10;2025-01-10;;", // 3 : commune inconnue
            $"{n}-3;30189;123456789;NEUF;PLAI;10;2025-01-10;;", // 4 : SIREN invalide
            $"{n}-4;30189;{Garrigues};CHATEAU;PLAI;10;2025-01-10;;", // 5 : nature
            $"{n}-5;30189;{Garrigues};NEUF;PLAII;0;2025-01-10;;", // 6 : produit et logements
            $"{n}-6;30189;{Garrigues};NEUF;PLUS;10;10/01/2025;2099-01-01;", // 7 : date mal formée, date future
            $"{n}-7;30189;{Garrigues};NEUF;PLUS;10;2025-05-10;2025-01-01;", // 8 : agrément avant dépôt
            $"{n}-1;30189;{Garrigues};NEUF;PLAI;4;2025-01-10;2025-05-01;", // 9 : lot en double
            $"{n}-1;30007;{Garrigues};NEUF;PLS;4;2025-01-10;2025-05-01;", // 10 : autre commune pour la même opération
            $"{n}-8;30189;{Garrigues};NEUF;PLS;4;2025-01-10;;ENGAGEE", // 11 : statut agréé sans date
            $"{n}-9;30189;{Garrigues};NEUF;PLS;4;2025-01-10;;INCONNU"
        ); // 12 : statut inconnu
        var avant = await app.ExecuterAsync(db => db.Operations.CountAsync());

        using var client = await ClientDdtmAsync();
        var html = WebUtility.HtmlDecode(
            await (
                await client.PosterFichierAsync(
                    Page,
                    Aucun,
                    "Fichier",
                    "operations.csv",
                    Encoding.UTF8.GetBytes(fichier)
                )
            ).TexteAsync()
        );

        Assert.Contains("Rien n'a été importé : 10 erreur(s)", html);
        Assert.DoesNotContain("Ligne 2 :", html);
        Assert.Contains("Ligne 3 : code_commune : « 99999 » n'est pas un code INSEE de commune connu.", html);
        Assert.Contains("Ligne 4 : siren_bailleur : « 123456789 » n'est pas un SIREN valide", html);
        Assert.Contains(
            "Ligne 5 : nature : « CHATEAU » inconnue (attendu : NEUF, VEFA, "
                + "ACQUISITION_AMELIORATION, ACQUISITION_SANS_TRAVAUX",
            html
        );
        Assert.Contains("Ligne 6 : produit : « PLAII » inconnu", html);
        Assert.Contains("nombre_logements : « 0 » doit être un nombre entier de 1 à 2000.", html);
        Assert.Contains(
            "Ligne 7 : date_depot : « 10/01/2025 » n'est pas une date au format "
                + "AAAA-MM-JJ. date_agrement : le 01/01/2099 est dans le futur.",
            html
        );
        Assert.Contains("Ligne 8 : date_agrement : l'agrément (01/01/2025) précède le dépôt (10/05/2025).", html);
        Assert.Contains($"Ligne 9 : produit : le lot PLAI de l'opération {n}-1 figure déjà ligne 2.", html);
        Assert.Contains(
            $"Ligne 10 : code_commune : « 30007 » diffère de la ligne 2 (« 30189 ») pour la même opération {n}-1.",
            html
        );
        Assert.Contains("Ligne 11 : statut : ENGAGEE suppose une date_agrement.", html);
        Assert.Contains("Ligne 12 : statut : « INCONNU » n'est pas un statut SIAP connu", html);
        Assert.Equal(avant, await app.ExecuterAsync(db => db.Operations.CountAsync()));
    }

    [Fact]
    public async Task Colonnes_manquantes_fichier_vide_et_colonnes_inconnues()
    {
        using var client = await ClientDdtmAsync();
        var manquantes = WebUtility.HtmlDecode(
            await (
                await client.PosterFichierAsync(
                    Page,
                    Aucun,
                    "Fichier",
                    "o.csv",
                    Encoding.UTF8.GetBytes("numero_operation;code_commune\nX;30189\n")
                )
            ).TexteAsync()
        );
        Assert.Contains(
            "Ligne 1 : Colonnes obligatoires absentes de l'en-tête : "
                + "siren_bailleur, nature, produit, nombre_logements, date_depot, "
                + "date_agrement.",
            manquantes
        );

        var vide = WebUtility.HtmlDecode(
            await (
                await client.PosterFichierAsync(Page, Aucun, "Fichier", "o.csv", Encoding.UTF8.GetBytes(Entete + "\n"))
            ).TexteAsync()
        );
        Assert.Contains("Le fichier ne contient aucune ligne de données", vide);

        var n = Numero();
        var extra = WebUtility.HtmlDecode(
            await (
                await client.PosterFichierAsync(
                    Page,
                    Aucun,
                    "Fichier",
                    "o.csv",
                    Encoding.UTF8.GetBytes(Entete + ";financeur_siap\n" + $"{n};30189;{Garrigues};NEUF;PLUS;6;;;X\n")
                )
            ).TexteAsync()
        );
        Assert.Contains("1 ajoutée(s)", extra);
        Assert.Contains("Colonnes ignorées (inconnues du format) : financeur_siap.", extra);
    }

    [Fact]
    public async Task La_DDTM_n_importe_que_son_departement_et_un_bailleur_n_importe_pas()
    {
        using var ddtm = await ClientDdtmAsync();
        var html = WebUtility.HtmlDecode(
            await (
                await ddtm.PosterFichierAsync(
                    Page,
                    Aucun,
                    "Fichier",
                    "o.csv",
                    Encoding.UTF8.GetBytes(Entete + "\n" + $"{Numero()};34172;{Garrigues};NEUF;PLUS;6;;\n")
                )
            ).TexteAsync()
        );
        Assert.Contains("Ligne 2 : code_commune : la commune 34172 est hors de votre périmètre.", html);

        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        await client.RefuseAsync(Page);
    }

    private static readonly Dictionary<string, string> Aucun = [];

    private static string Numero() => "IMP-" + Guid.NewGuid().ToString("N")[..10];

    private async Task<HttpClient> ClientDdtmAsync()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        return await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportOperationsSqlite(SqliteFactory app) : ImportOperationsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ImportOperationsPostgres(PostgresFactory app) : ImportOperationsTests(app);
