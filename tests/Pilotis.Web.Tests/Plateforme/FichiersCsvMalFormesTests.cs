using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Data.Production;
using Pilotis.Data.Sru;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// Chaque famille de fichier mal formé, pour chacun des quatre imports CSV (opérations, inventaire SRU, attributs des
/// communes, demandes) : le message de la couche de lecture commune, la ligne physique du défaut, et rien d'écrit ;
/// un fichier UTF-8, avec ou sans BOM, est importé avec ses accents. Puis les mêmes messages sur les quatre pages
/// d'import (la ligne de commande affiche le même bilan). Issue 11, points 1, 2 et 11.
/// </summary>
public abstract class FichiersCsvMalFormesTests(PilotisFactory app)
{
    public enum Famille
    {
        GuillemetNonFerme,
        GuillemetIsole,
        LigneIrreguliere,
        Windows1252,
        Latin1,
        Utf8AvecBom,
        Utf8SansBom,
        Virgule,
        Tabulation,
        Xlsx,
        Vide,
    }

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Les lignes en erreur attendues et ce que dit chacune ; null : le fichier est importé.</summary>
    private static (int[] Lignes, string Message)? Attendu(Famille famille) =>
        famille switch
        {
            Famille.GuillemetNonFerme => ([3], "Guillemet ouvert et jamais fermé : toute la suite du fichier"),
            Famille.GuillemetIsole => ([3], "Guillemet (\") au milieu d'une valeur qui ne commence pas"),
            Famille.LigneIrreguliere => ([3, 4], "champ(s) au lieu des"),
            Famille.Windows1252 or Famille.Latin1 => (
                [3],
                "Le fichier n'est pas encodé en UTF-8 (il semble enregistré en Windows-1252 / Latin-1, par exemple "
                    + "par Excel « CSV (séparateur : point-virgule) »). Enregistrez-le en « CSV UTF-8 » et "
                    + "importez-le de nouveau."
            ),
            Famille.Virgule => ([1], "Le séparateur attendu est le point-virgule (;) ; ce fichier utilise la virgule."),
            Famille.Tabulation => ([1], "ce fichier utilise la tabulation."),
            Famille.Xlsx => ([1], "Ce fichier n'est pas un fichier CSV (il ressemble à un classeur Excel .xlsx"),
            Famille.Vide => ([1], "Fichier vide"),
            _ => null,
        };

    public static TheoryData<string, Famille> Cas()
    {
        var cas = new TheoryData<string, Famille>();
        foreach (var import in Imports.Keys)
        foreach (var famille in Enum.GetValues<Famille>())
            cas.Add(import, famille);
        return cas;
    }

    [Theory]
    [MemberData(nameof(Cas))]
    public async Task Un_fichier_mal_forme_est_refuse_a_sa_ligne_sans_rien_ecrire_et_un_UTF8_est_importe(
        string nom,
        Famille famille
    )
    {
        var import = Imports[nom];
        var marque = "T" + Guid.NewGuid().ToString("N")[..12];

        var erreurs = await import.ImporterAsync(app, Fichier(import, famille, marque));

        if (Attendu(famille) is not var (lignes, message))
        {
            Assert.True(erreurs.Count == 0, string.Join(" | ", erreurs));
            Assert.Equal(3, await import.CompterAsync(app, marque));
            if (import.Accent is not null)
                Assert.Equal(Texte(import, import.Accent, marque), await import.TexteAsync(app, marque));
            return;
        }
        Assert.True(lignes.SequenceEqual(erreurs.Select(e => e.Ligne)), string.Join(" | ", erreurs));
        Assert.All(erreurs, e => Assert.Contains(message, e.Message));
        Assert.Equal(0, await import.CompterAsync(app, marque));
    }

    public static TheoryData<string> Noms() => [.. Imports.Keys];

    [Theory]
    [MemberData(nameof(Noms))]
    public async Task Une_valeur_de_10_000_caracteres_n_est_citee_qu_en_extrait(string nom)
    {
        var import = Imports[nom];
        var marque = "T" + Guid.NewGuid().ToString("N")[..12];
        var lignes = import.Lignes(marque, 100, null);
        var colonne = Array.FindIndex(import.Colonnes, c => c.Contains("commune", StringComparison.Ordinal));
        Assert.True(colonne >= 0, "pas de colonne de commune");
        var immense = new string('9', 10_000);
        lignes[1][colonne] = immense;
        var contenu = string.Join("\r\n", new[] { import.Colonnes }.Concat(lignes).Select(l => string.Join(";", l)));

        var erreurs = await import.ImporterAsync(app, Encoding.UTF8.GetBytes(contenu + "\r\n"));

        Assert.Contains(erreurs, e => e.Ligne == 3);
        Assert.All(erreurs, e => Assert.True(e.Message.Length < 400, $"message de {e.Message.Length} caractères"));
        Assert.Equal(0, await import.CompterAsync(app, marque));
    }

    public static TheoryData<string, Famille> CasPages()
    {
        var cas = new TheoryData<string, Famille>();
        foreach (var import in Imports.Keys)
        foreach (var famille in new[] { Famille.Windows1252, Famille.Xlsx, Famille.GuillemetNonFerme })
            cas.Add(import, famille);
        return cas;
    }

    [Theory]
    [MemberData(nameof(CasPages))]
    public async Task La_page_d_import_affiche_le_refus_avec_sa_ligne(string nom, Famille famille)
    {
        var import = Imports[nom];
        var marque = "T" + Guid.NewGuid().ToString("N")[..12];
        var (lignes, message) = Attendu(famille)!.Value;
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);

        using var reponse = await client.PosterFichierAsync(
            import.Page,
            new Dictionary<string, string>(),
            "Fichier",
            "import.csv",
            Fichier(import, famille, marque)
        );
        var html = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains("Rien n'a été importé", html);
        Assert.Contains($"Ligne {lignes[0]} : {message}", html);
        Assert.DoesNotContain("Import réussi", html);
        Assert.Equal(0, await import.CompterAsync(app, marque));
    }

    /// <summary>
    /// Trois lignes justes (la deuxième porte le texte de la famille), puis le défaut de la famille : en-tête ligne 1,
    /// défaut ligne 3 (la ligne 4 a en plus un champ de trop pour les lignes irrégulières).
    /// </summary>
    private static byte[] Fichier(ImportTeste import, Famille famille, string marque)
    {
        if (famille == Famille.Vide)
            return [];
        if (famille == Famille.Xlsx)
            return [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, .. "[Content_Types].xml"u8];
        var texte = famille switch
        {
            Famille.Windows1252 => import.Accent1252,
            Famille.Latin1 => import.AccentLatin1,
            Famille.Utf8AvecBom or Famille.Utf8SansBom => import.Accent,
            _ => null,
        };
        var lignes = import.Lignes(marque, (int)famille, texte);
        var i = import.IndiceTexte;
        switch (famille)
        {
            case Famille.GuillemetNonFerme:
                lignes[1][i] = "\"" + lignes[1][i];
                break;
            case Famille.GuillemetIsole:
                lignes[1][i] = lignes[1][i][..2] + "\"" + lignes[1][i][2..];
                break;
            case Famille.LigneIrreguliere:
                lignes[1] = lignes[1][..^1];
                lignes[2] = [.. lignes[2], "en trop"];
                break;
        }
        var separateur = famille switch
        {
            Famille.Virgule => ",",
            Famille.Tabulation => "\t",
            _ => ";",
        };
        var contenu =
            string.Join("\r\n", new[] { import.Colonnes }.Concat(lignes).Select(l => string.Join(separateur, l)))
            + "\r\n";
        return famille switch
        {
            Famille.Windows1252 => Windows1252.GetBytes(contenu),
            Famille.Latin1 => Encoding.Latin1.GetBytes(contenu),
            Famille.Utf8AvecBom => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(contenu)],
            _ => Encoding.UTF8.GetBytes(contenu),
        };
    }

    /// <summary>Le texte libre de la deuxième ligne : celui de la famille, suivi de la marque du test.</summary>
    private static string Texte(ImportTeste import, string? texte, string marque) =>
        import.MarqueDansLeTexte ? $"{texte ?? "Texte"} {marque}" : texte ?? import.TexteParDefaut;

    /// <summary>
    /// Un import tel que le test l'exerce : ses colonnes, trois lignes justes marquées, la colonne de texte libre où
    /// vont les accents et les guillemets, ce qu'il a écrit pour une marque, et sa page.
    /// </summary>
    private sealed record ImportTeste(
        string Page,
        string[] Colonnes,
        Func<string, int, string?, string[][]> Lignes,
        int IndiceTexte,
        string Accent1252,
        string AccentLatin1,
        string? Accent,
        Func<PilotisFactory, byte[], Task<IReadOnlyList<ErreurLigne>>> ImporterAsync,
        Func<PilotisFactory, string, Task<int>> CompterAsync,
        Func<PilotisFactory, string, Task<string?>> TexteAsync,
        bool MarqueDansLeTexte = true,
        string TexteParDefaut = "Texte"
    );

    private static Task<IReadOnlyList<ErreurLigne>> Importer(
        PilotisFactory app,
        Func<PilotisDbContext, Task<IReadOnlyList<ErreurLigne>>> import
    ) => app.AvecServicesAsync(s => import(s.GetRequiredService<PilotisDbContext>()));

    private const string Garrigues = "900000019";
    private const string Cevennes = "900000027";
    private const string Accent1252 = "L’Écusson – œuvre à Nîmes";
    private const string AccentLatin1 = "Opération à Nîmes";
    private const string AccentUtf8 = "L’Écusson – Opération « Nîmes » 😀";

    private static readonly Dictionary<string, ImportTeste> Imports = new()
    {
        ["operations"] = new(
            "/operations/import",
            [
                "numero_operation",
                "code_commune",
                "siren_bailleur",
                "nature",
                "produit",
                "nombre_logements",
                "date_depot",
                "date_agrement",
                "nom",
            ],
            (m, _, t) =>
                [
                    [
                        $"{m}-A",
                        "30189",
                        Garrigues,
                        "NEUF",
                        "PLAI",
                        "12",
                        "2024-03-14",
                        "2024-06-20",
                        $"Les Jardins {m}",
                    ],
                    [$"{m}-B", "30007", Cevennes, "VEFA", "PLS", "8", "2024-05-02", "", $"{t ?? "Texte"} {m}"],
                    [$"{m}-C", "30028", Cevennes, "NEUF", "PLUS", "3", "", "", $"Les Oliviers {m}"],
                ],
            8,
            Accent1252,
            AccentLatin1,
            AccentUtf8,
            (app, octets) =>
                Importer(app, async db =>
                    (await new ImportOperations(db).ExecuterAsync(new MemoryStream(octets))).Erreurs
                ),
            (app, m) => app.ExecuterAsync(db => db.Operations.CountAsync(o => o.Numero.StartsWith(m))),
            (app, m) =>
                app.ExecuterAsync(db =>
                    db.Operations.Where(o => o.Numero == m + "-B").Select(o => o.Nom).SingleOrDefaultAsync()
                )
        ),
        ["inventaire-sru"] = new(
            "/sru/inventaire/import",
            [
                "code_commune",
                "annee",
                "residences_principales",
                "plai",
                "plus",
                "pls",
                "places_foyer",
                "psla_brs",
                "autres",
                "soumise",
                "taux_cible",
                "potentiel_fiscal_par_habitant",
                "depenses_reelles_fonctionnement",
                "couverte_plh",
                "source",
            ],
            (m, famille, t) =>
            {
                // Une année par fichier importé (2016 avec BOM, 2017 sans) : aucun autre test ne les emploie.
                var annee = famille switch
                {
                    (int)Famille.Utf8AvecBom => "2016",
                    (int)Famille.Utf8SansBom => "2017",
                    _ => "2018",
                };
                return
                [
                    [
                        "30189",
                        annee,
                        "75000",
                        "4000",
                        "11000",
                        "2000",
                        "300",
                        "300",
                        "0",
                        "oui",
                        "0.25",
                        "1086.5",
                        "208004696",
                        "oui",
                        $"Inventaire {m}",
                    ],
                    [
                        "30007",
                        annee,
                        "1000",
                        "100",
                        "200",
                        "0",
                        "0",
                        "0",
                        "0",
                        "oui",
                        "0.25",
                        "945",
                        "50000000",
                        "oui",
                        $"{t ?? "Texte"} {m}",
                    ],
                    [
                        "30028",
                        annee,
                        "9000",
                        "1000",
                        "500",
                        "100",
                        "0",
                        "0",
                        "0",
                        "oui",
                        "0.25",
                        "900",
                        "9000000",
                        "non",
                        $"Inventaire {m}",
                    ],
                ];
            },
            14,
            Accent1252,
            AccentLatin1,
            AccentUtf8,
            (app, octets) =>
                Importer(app, async db =>
                    (await new ImportInventaireSru(db).ExecuterAsync(new MemoryStream(octets))).Erreurs
                ),
            (app, m) => app.ExecuterAsync(db => db.InventairesSru.CountAsync(i => i.Source!.Contains(m))),
            (app, m) =>
                app.ExecuterAsync(db =>
                    db.InventairesSru.Where(i => i.CommuneCode == "30007" && i.Source!.Contains(m))
                        .Select(i => i.Source)
                        .SingleOrDefaultAsync()
                )
        ),
        ["attributs-communes"] = new(
            "/territoires/attributs/import",
            ["code_commune", "attribut", "valeur", "valide_depuis", "source"],
            (m, famille, t) =>
            {
                // Une date d'effet par famille : deux fichiers importés ne datent pas le même attribut.
                var date = new DateOnly(1990, 1, 1)
                    .AddDays(famille)
                    .ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return
                [
                    ["30189", "qpv", "oui", date, $"Liste officielle {m}"],
                    ["30007", "qpv", "non", date, $"{t ?? "Texte"} {m}"],
                    ["30028", "zone_abc", "B1", date, $"Zonage {m}"],
                ];
            },
            4,
            Accent1252,
            AccentLatin1,
            AccentUtf8,
            (app, octets) =>
                Importer(app, async db =>
                    (await new ImportAttributs(db).ExecuterAsync(new MemoryStream(octets))).Erreurs
                ),
            (app, m) => app.ExecuterAsync(db => db.AttributsCommunes.CountAsync(a => a.Source.Contains(m))),
            (app, m) =>
                app.ExecuterAsync(db =>
                    db.AttributsCommunes.Where(a => a.CommuneCode == "30007" && a.Source.Contains(m))
                        .Select(a => a.Source)
                        .SingleOrDefaultAsync()
                )
        ),
        ["demandes"] = new(
            "/demandes/import",
            [.. FormatDemandes.Colonnes],
            (m, _, t) =>
            {
                // Le format n'a que des codes : l'accent va dans la situation de logement (« parc-privé » au lieu
                // de parc-prive), où l'import blâmait le code au lieu de l'encodage.
                var depot = DateTime.UtcNow.AddDays(-40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                string[] Ligne(string numero, string situation) =>
                    (
                        $"{numero};30;{depot};;active;;;;demandeur;71;oui;non;non;14200,50;1190;{situation};"
                        + "handicap|sante;30007;;30007;t2;t1;oui;oui;a"
                    ).Split(';');
                return [Ligne($"{m}-1", "parc-social"), Ligne($"{m}-2", t ?? "parc-prive"), Ligne($"{m}-3", "heberge")];
            },
            16,
            "parc-privé",
            "parc-privé",
            null,
            (app, octets) =>
                Importer(app, async db =>
                    (await new ImportDemandes(db).ExecuterAsync(() => new MemoryStream(octets))).Erreurs
                ),
            (app, m) => app.ExecuterAsync(db => db.Demandes.CountAsync(d => d.NumeroUnique.StartsWith(m))),
            (_, _) => Task.FromResult<string?>(null),
            MarqueDansLeTexte: false,
            TexteParDefaut: "parc-prive"
        ),
    };
}

[Collection(Fournisseurs.Sqlite)]
public sealed class FichiersCsvMalFormesSqlite(SqliteFactory app) : FichiersCsvMalFormesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class FichiersCsvMalFormesPostgres(PostgresFactory app) : FichiersCsvMalFormesTests(app);
