using System.Text;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Sru;

/// <summary>
/// CSV import of the SRU inventory (/sru/inventaire/import): the whole file is checked first, every bad line is
/// reported with its number and nothing is written; a good file is written; importing it again changes nothing.
/// Years before 2020 are used so that the demo years (2020–2026) and the pages' default year stay untouched.
/// </summary>
public abstract class ImportInventaireSruTests(PilotisFactory app)
{
    private const string Entete =
        "code_commune;annee;residences_principales;plai;plus;pls;places_foyer;psla_brs;autres;soumise;taux_cible;"
        + "potentiel_fiscal_par_habitant;depenses_reelles_fonctionnement;couverte_plh;motif;decret_exemption;"
        + "exemption_debut;exemption_fin;agrees_plai;source";

    private const string Page = "/sru/inventaire/import";

    [Fact]
    public async Task Un_fichier_faux_est_refuse_avec_les_numeros_de_ligne_et_rien_n_est_ecrit()
    {
        var annee = 2011;
        var fichier = string.Join(
            "\n",
            Entete,
            $"30189;{annee};75000;4000;11000;2000;300;300;0;oui;0,25;1086,50;208004696;oui;;;;;10;test", // 2 : bonne
            $"30007;{annee};1000;900;200;0;0;0;0;oui;0.25;945;50000000;oui;;;;;0;test", // 3 : LLS > RP
            $"30028;{annee};9000;1000;500;100;0;0;0;oui;0.30;900;9000000;non;;;;;0;test", // 4 : taux 0,30
            $"99999;{annee};9000;1000;500;100;0;0;0;oui;0.25;900;9000000;non;;;;;0;test", // 5 : commune inconnue
            $"30028;{annee};9000;1000;500;100;0;0;0;peut-être;0.25;9x0;9000000;non;;;;;0;test", // 6 : booléen, nombre
            $"30047;{annee};3000;100;200;30;0;0;0;non;0.25;900;3000000;oui;exemptée;Décret "
                + "2023-1;2025-12-31;2023-01-01;0;test", // 7 : dates inversées
            $"30189;{annee};75000;4000;11000;2000;300;300;0;oui;0.25;1086.5;208004696;oui;;;;;10;test"
        ); // 8 : doublon de 2
        var avant = await CompterAsync();

        using var client = await ClientDdtmAsync();
        var html = await (
            await client.PosterFichierAsync(
                Page,
                new Dictionary<string, string>(),
                "Fichier",
                "inventaire.csv",
                Encoding.UTF8.GetBytes(fichier)
            )
        ).TexteAsync();

        Assert.Contains("Rien n'a été importé : 6 erreur(s)", html);
        Assert.Contains(
            "Ligne 3 : logements_sociaux : Le nombre de logements sociaux décomptés (1 100) ne peut pas dépasser le "
                + "nombre de résidences principales (1 000).",
            html.Replace('\u00A0', ' ')
        );
        Assert.Contains("Ligne 4 : taux_cible : Le taux cible doit être 25 % ou 20 %", html);
        Assert.Contains("Ligne 5 : code_commune : « 99999 » n'est pas une commune actuelle du référentiel.", html);
        Assert.Contains("Ligne 6 : soumise : « peut-être » n'est pas « oui » ou « non ».", html);
        Assert.Contains("potentiel_fiscal_par_habitant : « 9x0 » n'est pas un nombre", html);
        Assert.Contains("Ligne 7 : exemption_fin : La fin de l'exemption ne peut pas précéder son début.", html);
        Assert.Contains("Ligne 8 : Doublon : la commune 30189 pour l'année 2011 figure aussi ligne 2.", html);
        Assert.DoesNotContain("Ligne 2 :", html);
        Assert.Equal(avant, await CompterAsync());
    }

    [Fact]
    public async Task Un_fichier_sans_les_colonnes_obligatoires_est_refuse()
    {
        using var client = await ClientDdtmAsync();
        var html = await (
            await client.PosterFichierAsync(
                Page,
                new Dictionary<string, string>(),
                "Fichier",
                "inventaire.csv",
                Encoding.UTF8.GetBytes("code_commune;annee\n30189;2011\n")
            )
        ).TexteAsync();
        Assert.Contains("Ligne 1 : Colonnes manquantes dans l'en-tête : residences_principales", html);
    }

    [Fact]
    public async Task Un_bon_fichier_est_importe_puis_le_reimporter_ne_change_rien()
    {
        var annee = 2012;
        // UTF-8 with BOM, CRLF, decimals with « , » and « . », an exemption period, and a commune outside the subject
        // list.
        var fichier =
            "\uFEFF"
            + string.Join(
                "\r\n",
                Entete,
                $"30189;{annee};75 000;4000;11000;2000;300;300;0;oui;0,25;1086,50;208004696,00;oui;Soumise "
                    + "(test);;;;10;Inventaire test",
                $"30202;{annee};4500;200;300;50;30;0;0;non;0.25;800.10;4000000;non;Exemptée (test);Décret n° "
                    + "2011-1;2011-01-01;2013-12-31;0;Inventaire test",
                $"30007;{annee};22000;700;2000;300;0;0;0;oui;0.20;945;50000000;oui;;;;;;Inventaire test"
            )
            + "\r\n";
        var octets = Encoding.UTF8.GetBytes(fichier);
        var avant = await CompterAsync();

        using var client = await ClientDdtmAsync();
        var premier = await (
            await client.PosterFichierAsync(Page, new Dictionary<string, string>(), "Fichier", "inventaire.csv", octets)
        ).TexteAsync();
        Assert.Contains("3 ligne(s) lue(s) : 3 ajoutée(s), 0 modifiée(s), 0 inchangée(s).", premier);
        Assert.Equal(avant + 3, await CompterAsync());

        var lignes = await app.ExecuterAsync(db =>
            db.InventairesSru.AsNoTracking().Where(i => i.Annee == annee).OrderBy(i => i.CommuneCode).ToListAsync()
        );
        var nimes = Assert.Single(lignes, i => i.CommuneCode == "30189");
        Assert.Equal(75_000, nimes.ResidencesPrincipales);
        Assert.Equal(1086.50m, nimes.PotentielFiscalParHabitant);
        Assert.True(nimes.Soumise);
        var pse = Assert.Single(lignes, i => i.CommuneCode == "30202");
        Assert.Equal(new DateOnly(2013, 12, 31), pse.ExemptionFin);
        Assert.False(pse.Soumise);
        Assert.Equal(0.20m, Assert.Single(lignes, i => i.CommuneCode == "30007").TauxCible);
        var jetons = lignes.Select(i => i.Jeton).ToList();

        var second = await (
            await client.PosterFichierAsync(Page, new Dictionary<string, string>(), "Fichier", "inventaire.csv", octets)
        ).TexteAsync();
        Assert.Contains("3 ligne(s) lue(s) : 0 ajoutée(s), 0 modifiée(s), 3 inchangée(s).", second);
        Assert.Equal(avant + 3, await CompterAsync());
        var apres = await app.ExecuterAsync(db =>
            db.InventairesSru.AsNoTracking()
                .Where(i => i.Annee == annee)
                .OrderBy(i => i.CommuneCode)
                .Select(i => i.Jeton)
                .ToListAsync()
        );
        Assert.Equal(jetons, apres);

        // A changed figure updates the row in place (by commune and year).
        var modifie = Encoding.UTF8.GetBytes(fichier.Replace("75 000;4000", "75 100;4000", StringComparison.Ordinal));
        var troisieme = await (
            await client.PosterFichierAsync(
                Page,
                new Dictionary<string, string>(),
                "Fichier",
                "inventaire.csv",
                modifie
            )
        ).TexteAsync();
        Assert.Contains("0 ajoutée(s), 1 modifiée(s), 2 inchangée(s)", troisieme);
        Assert.Equal(
            75_100,
            await app.ExecuterAsync(db =>
                db.InventairesSru.Where(i => i.Annee == annee && i.CommuneCode == "30189")
                    .Select(i => i.ResidencesPrincipales)
                    .SingleAsync()
            )
        );
    }

    [Fact]
    public async Task Une_commune_hors_du_departement_de_la_DDTM_est_refusee()
    {
        using var client = await ClientDdtmAsync();
        var html = await (
            await client.PosterFichierAsync(
                Page,
                new Dictionary<string, string>(),
                "Fichier",
                "inventaire.csv",
                Encoding.UTF8.GetBytes(
                    Entete + "\n34172;2013;120000;5000;10000;2000;0;0;0;oui;0.25;1000;300000000;oui;;;;;0;test\n"
                )
            )
        ).TexteAsync();
        Assert.Contains("Ligne 2 : code_commune : la commune 34172 est hors de votre périmètre.", html);
    }

    private async Task<HttpClient> ClientDdtmAsync()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        return await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
    }

    private Task<int> CompterAsync() => app.ExecuterAsync(db => db.InventairesSru.CountAsync());
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportInventaireSruSqlite(SqliteFactory app) : ImportInventaireSruTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ImportInventaireSruPostgres(PostgresFactory app) : ImportInventaireSruTests(app);
