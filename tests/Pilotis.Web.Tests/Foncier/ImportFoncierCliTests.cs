extern alias cli;

using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Tests.Infrastructure;
using CommandesImportFoncier = cli::Pilotis.Cli.CommandesImportFoncier;

namespace Pilotis.Web.Tests.Foncier;

/// <summary>
/// « pilotis import foncier FICHIER.csv » : l'exemple de docs/formats/foncier.md s'importe ; un fichier faux est
/// refusé en entier, chaque erreur avec sa ligne et sa colonne.
/// </summary>
public abstract class ImportFoncierCliTests(PilotisFactory app)
{
    private static string Racine()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Pilotis.slnx")))
            d = d.Parent;
        return d!.FullName;
    }

    private Task<(int Code, string Sortie)> CommandeAsync(string chemin) =>
        app.CommandeAsync((s, console) => CommandesImportFoncier.ImporterAsync(s, new FileInfo(chemin), console));

    [Fact]
    public async Task L_exemple_documente_s_importe_puis_ne_change_plus_rien()
    {
        // L'exemple a des identifiants fixes : on l'importe sous des identifiants propres au test.
        var suffixe = Guid.NewGuid().ToString("N")[..6];
        var texte = (
            await File.ReadAllTextAsync(Path.Combine(Racine(), "docs", "formats", "exemples", "foncier.csv"))
        ).Replace("-EX-", $"-EX{suffixe}-", StringComparison.Ordinal);
        var chemin = Path.Combine(Path.GetTempPath(), $"foncier-{suffixe}.csv");
        await File.WriteAllTextAsync(chemin, texte);
        var (code, sortie) = await CommandeAsync(chemin);
        Assert.True(code == 0, sortie);
        Assert.Contains("3 site(s) foncier(s) : 3 ajouté(s)", sortie);
        var ales = await app.ExecuterAsync(db =>
            db.SitesFonciers.AsNoTracking().SingleAsync(s => s.Identifiant == $"ALE-EX{suffixe}-01")
        );
        Assert.Equal(StatutSite.AcquisPorte, ales.Statut);
        Assert.Equal("30007000BK0012", ales.Parcelles);
        Assert.Equal((4.0813m, 44.1249m), ValidationSiteFoncier.Point(ales));
        (code, sortie) = await CommandeAsync(chemin);
        Assert.Contains("0 ajouté(s), 0 modifié(s), 3 inchangé(s)", sortie);
    }

    [Fact]
    public async Task Un_fichier_faux_est_refuse_en_entier()
    {
        var id = DonneesFoncier.Unique("CLI");
        var chemin = Path.Combine(Path.GetTempPath(), $"foncier-{id}.csv");
        await File.WriteAllTextAsync(
            chemin,
            "identifiant;nom;commune;parcelles;surface_m2;zone_plu;proprietaire;statut\n"
                + $"{id};Site juste;30189;AB 1;1000;U;public;\n"
                + $"{id}-2;Site faux;99999;AB 1;dix;U;public;construit\n"
        );
        var (code, sortie) = await CommandeAsync(chemin);
        Assert.Equal(1, code);
        Assert.Contains("Ligne 3 : commune : « 99999 » n'est pas une commune actuelle", sortie);
        Assert.False(await app.ExecuterAsync(db => db.SitesFonciers.AnyAsync(s => s.Identifiant == id)));
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportFoncierCliSqlite(SqliteFactory app) : ImportFoncierCliTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ImportFoncierCliPostgres(PostgresFactory app) : ImportFoncierCliTests(app);
