extern alias cli;

using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;
using static Pilotis.Web.Tests.Foncier.DonneesFoncier;
using CommandesImportFoncier = cli::Pilotis.Cli.CommandesImportFoncier;
using CommandesImportOutilsFonciers = cli::Pilotis.Cli.CommandesImportOutilsFonciers;

namespace Pilotis.Web.Tests.Foncier;

/// <summary>
/// Import du registre des outils fonciers (docs/formats/outils-fonciers.md) : l'exemple documenté s'importe puis ne
/// change plus rien ; un fichier faux est refusé en entier, chaque erreur avec sa ligne ; la page d'import n'accepte
/// que les outils que l'acteur peut modifier.
/// </summary>
public abstract class ImportOutilsFonciersTests(PilotisFactory app)
{
    private const string Entete =
        "type;nom;commune;date_debut;date_fin;perimetre;zone;part_lls;site;porteur_siren;montant;"
        + "date_cession_prevue;decote_fonciere;observations";

    private static string Racine()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Pilotis.slnx")))
            d = d.Parent;
        return d!.FullName;
    }

    private static async Task<string> FichierAsync(string nom, string texte)
    {
        var chemin = Path.Combine(Path.GetTempPath(), nom);
        await File.WriteAllTextAsync(chemin, texte);
        return chemin;
    }

    private Task<(int Code, string Sortie)> OutilsAsync(string chemin) =>
        app.CommandeAsync(
            (s, console) => CommandesImportOutilsFonciers.ImporterAsync(s, new FileInfo(chemin), console)
        );

    /// <summary>Un EPF de test au SIREN propre (9 chiffres), pour les conventions de portage.</summary>
    private async Task<(int Id, string Siren)> EpfAsync()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.OperateurFoncier,
            NiveauPerimetre.Region,
            "76",
            Role.Agent,
            "30"
        );
        var siren = $"9{Random.Shared.NextInt64(10_000_000, 99_999_999)}";
        await app.ExecuterAsync(async db =>
        {
            var o = await db.Organisations.SingleAsync(x => x.Id == compte.OrganisationId);
            o.Siren = siren;
            await db.SaveChangesAsync();
        });
        return (compte.OrganisationId, siren);
    }

    [Fact]
    public async Task L_exemple_documente_s_importe_puis_ne_change_plus_rien()
    {
        // L'exemple a des identifiants et des noms fixes : on l'importe sous des valeurs propres au test.
        var suffixe = Guid.NewGuid().ToString("N")[..6];
        var exemples = Path.Combine(Racine(), "docs", "formats", "exemples");
        var sites = (await File.ReadAllTextAsync(Path.Combine(exemples, "foncier.csv"))).Replace(
            "-EX-",
            $"-EX{suffixe}-",
            StringComparison.Ordinal
        );
        var (code, sortie) = await app.CommandeAsync(
            async (s, console) =>
                await CommandesImportFoncier.ImporterAsync(
                    s,
                    new FileInfo(await FichierAsync($"foncier-{suffixe}.csv", sites)),
                    console
                )
        );
        Assert.True(code == 0, sortie);
        var epf = await EpfAsync();
        var texte = (await File.ReadAllTextAsync(Path.Combine(exemples, "outils-fonciers.csv")))
            .Replace("-EX-", $"-EX{suffixe}-", StringComparison.Ordinal)
            .Replace("(fictif)", $"(fictif {suffixe})", StringComparison.Ordinal)
            .Replace(";123456782;", $";{epf.Siren};", StringComparison.Ordinal);
        var chemin = await FichierAsync($"outils-{suffixe}.csv", texte);
        (code, sortie) = await OutilsAsync(chemin);
        Assert.True(code == 0, sortie);
        Assert.Contains("6 outil(s) foncier(s) : 6 ajouté(s)", sortie, StringComparison.Ordinal);
        var outils = await app.ExecuterAsync(db =>
            db.OutilsFonciers.AsNoTracking().Where(o => o.Nom.Contains($"(fictif {suffixe})")).ToListAsync()
        );
        Assert.Equal(6, outils.Count);
        var sms = outils.Single(o => o.Type == TypeOutilFoncier.Sms);
        Assert.Equal((0.30m, "UB", "30189"), (sms.PartLls, sms.Zone, sms.CommuneCode));
        Assert.Equal(new DateOnly(2019, 6, 20), outils.Single(o => o.Type == TypeOutilFoncier.Dpu).DateDebut);
        var convention = outils.Single(o => o.Type == TypeOutilFoncier.ConventionPortage);
        var site = await app.ExecuterAsync(db =>
            db.SitesFonciers.AsNoTracking().SingleAsync(s => s.Identifiant == $"ALE-EX{suffixe}-01")
        );
        Assert.Equal(
            (site.Id, epf.Id, 850_000m, 120_000m),
            (convention.SiteId, convention.PorteurId, convention.Montant, convention.DecoteFonciere)
        );
        Assert.Equal(AlesAgglo, convention.EpciSiren);

        (code, sortie) = await OutilsAsync(chemin);
        Assert.True(code == 0, sortie);
        Assert.Contains("0 ajouté(s), 0 modifié(s), 6 inchangé(s)", sortie, StringComparison.Ordinal);
        (code, sortie) = await OutilsAsync(
            await FichierAsync($"outils-{suffixe}-2.csv", texte.Replace(";850000;", ";900000;"))
        );
        Assert.Contains("0 ajouté(s), 1 modifié(s), 5 inchangé(s)", sortie, StringComparison.Ordinal);
        var cle = convention.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(
            2,
            await app.ExecuterAsync(db =>
                db.Journal.CountAsync(j => j.Entite == nameof(OutilFoncier) && j.EntiteId == cle)
            )
        );
    }

    [Fact]
    public async Task Un_fichier_faux_est_refuse_en_entier_avec_le_numero_de_chaque_ligne()
    {
        var nom = Unique("Outil");
        var texte =
            Entete
            + "\n"
            + $"dpu;{nom};30189;2020-01-01;;;;;;;;;;\n"
            + $"zac;{nom}-2;30189;2020-01-01;;;;;;;;;;\n"
            + $"sms;{nom}-3;30189;2020-01-01;;;UB;;;;;;;\n"
            + $"oap;{nom}-4;30189;31/02/2020;;;;20;;;;;;\n"
            + $"dpu;{nom};30189;2020-01-01;;;;;;;;;;\n"
            + $"zad;{nom}-6;30189;2020-01-01;2019-01-01;Secteur;;;;;;;;\n"
            + $"oap;{nom}-7;30189;2020-01-01;;;;20;T-1;;;;;\n"
            + $"convention_portage;{nom}-8;30189;2020-01-01;2025-01-01;;;;inconnu;000000000;dix;;;\n";
        var (code, sortie) = await OutilsAsync(await FichierAsync($"outils-{nom}.csv", texte));
        Assert.Equal(1, code);
        Assert.Contains("Ligne 3 : type : « zac » n'est pas une valeur admise (zad, dpu, sms", sortie);
        Assert.Contains("Ligne 4 : part_lls : Indiquez le pourcentage de logements sociaux imposé.", sortie);
        Assert.Contains("Ligne 5 : date_debut : « 31/02/2020 » n'est pas une date", sortie);
        Assert.Contains($"Ligne 6 : nom : l'outil « {nom} » (dpu, commune 30189) figure aussi ligne 2.", sortie);
        Assert.Contains("Ligne 7 : date_fin : La date de fin précède la date de début.", sortie);
        Assert.Contains("Ligne 8 : site : ne se remplit que pour une convention de portage", sortie);
        Assert.Contains("Ligne 9 : montant : « dix » n'est pas un nombre.", sortie);
        Assert.Contains("site : « inconnu » n'est l'identifiant d'aucun site", sortie);
        Assert.False(await app.ExecuterAsync(db => db.OutilsFonciers.AnyAsync(o => o.Nom.StartsWith(nom))));

        var inconnue = await FichierAsync($"outils-{nom}-e.csv", "type;nom;commune;couleur\ndpu;x;30189;bleu\n");
        (code, sortie) = await OutilsAsync(inconnue);
        Assert.Equal(1, code);
        Assert.Contains("Ligne 1 : Colonnes inconnues dans l'en-tête : couleur", sortie);
    }

    [Fact]
    public async Task La_commune_importe_ses_outils_par_la_page_et_pas_ceux_d_une_autre()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, "30007", Role.Agent);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var liste = await (await client.GetAsync("/foncier/outils")).Content.ReadAsStringAsync();
        Assert.Contains("href=\"/foncier/outils/import\"", liste, StringComparison.Ordinal);
        var nom = Unique("OAP");
        var hors = Entete + $"\noap;{nom};30007;2024-01-01;;;;25;;;;;;\noap;{nom}-N;30189;2024-01-01;;;;25;;;;;;\n";
        using (var refus = await EnvoyerAsync(client, hors))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
            var html = WebUtility.HtmlDecode(await refus.Content.ReadAsStringAsync());
            Assert.Contains("Rien n'a été importé : 1 erreur(s)", html, StringComparison.Ordinal);
            Assert.Contains(
                "Ligne 3 : commune : cet outil (commune 30189 ou porteur) est hors de votre périmètre.",
                html
            );
        }
        Assert.False(await app.ExecuterAsync(db => db.OutilsFonciers.AnyAsync(o => o.Nom.StartsWith(nom))));
        using (var ok = await EnvoyerAsync(client, Entete + $"\noap;{nom};30007;2024-01-01;;;;25;;;;;;\n"))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Contains(
                "1 ligne(s) lue(s) : 1 ajoutée(s)",
                WebUtility.HtmlDecode(await ok.Content.ReadAsStringAsync()),
                StringComparison.Ordinal
            );
        }
        var outil = await app.ExecuterAsync(db => db.OutilsFonciers.AsNoTracking().SingleAsync(o => o.Nom == nom));
        Assert.Equal((0.25m, AlesAgglo), (outil.PartLls, outil.EpciSiren));
        // La DDTM lit le registre sans pouvoir l'importer.
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        DonneesProduction.AssertRefuse(await ddtm.GetAsync("/foncier/outils/import"));
    }

    private static async Task<HttpResponseMessage> EnvoyerAsync(HttpClient client, string texte)
    {
        var page = await (await client.GetAsync("/foncier/outils/import")).Content.ReadAsStringAsync();
        using var contenu = new MultipartFormDataContent();
        contenu.Add(new StringContent(Formulaires.JetonAntiforgery(page)), "__RequestVerificationToken");
        contenu.Add(new StringContent(texte), "Fichier", "outils.csv");
        return await client.PostAsync("/foncier/outils/import", contenu);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportOutilsFonciersSqlite(SqliteFactory app) : ImportOutilsFonciersTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ImportOutilsFonciersPostgres(PostgresFactory app) : ImportOutilsFonciersTests(app);
