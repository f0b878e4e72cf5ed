using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data.Base;
using Pilotis.Data.Territoire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Territoire;

/// <summary>The territory import is idempotent and all-or-nothing.</summary>
public abstract class ImportReferentielTests(PilotisFactory app)
{
    private const string ActionImport = "Import du référentiel territorial";

    private static string DossierReel => SourceReferentiel.Localiser(null, AppContext.BaseDirectory);

    [Fact]
    public async Task Relancer_l_import_sur_les_memes_fichiers_ne_change_rien()
    {
        // The app imported the same files at start-up: this is the second run.
        var (communesAvant, journalAvant) = await ComptesAsync();
        var bilan = await app.AvecServicesAsync(s =>
            s.GetRequiredService<ImportReferentiel>().ExecuterAsync(DossierReel)
        );

        Assert.True(
            bilan.SansChangement,
            $"{bilan.Ajoutees} ajoutées, {bilan.Modifiees} modifiées, {bilan.Supprimees} supprimées"
        );
        Assert.Equal((0, 0, 0), (bilan.Ajoutees, bilan.Modifiees, bilan.Supprimees));
        Assert.Equal("6.0.0", bilan.Version);
        var actuelles = await app.ExecuterAsync(db =>
            db.Communes.CountAsync(c => c.Type == Pilotis.Domain.Territoire.TypeCommune.Actuelle)
        );
        Assert.Equal(actuelles, bilan.Communes);
        Assert.Equal((communesAvant, journalAvant), await ComptesAsync());
    }

    public static TheoryData<string, string?, string> FichiersDefectueux =>
        new()
        {
            { "fichier absent", null, "Fichier du référentiel manquant" },
            { "JSON tronqué", "[{\"code\": \"30189\", \"nom\": \"Nîm", "n'est pas un JSON valide" },
            {
                "code invalide",
                "[{\"code\": \"3018\", \"nom\": \"Nîmes\", \"type\": \"commune-actuelle\", \"departement\": \"30\"}]",
                "élément 1 (3018)"
            },
        };

    [Theory]
    [MemberData(nameof(FichiersDefectueux))]
    public async Task Un_communes_json_defectueux_est_refuse_sans_rien_modifier(
        string cas,
        string? contenu,
        string attendu
    )
    {
        var dossier = Directory.CreateTempSubdirectory("pilotis-referentiel-");
        try
        {
            foreach (var fichier in new[] { "regions.json", "departements.json", "epci.json" })
            {
                File.Copy(Path.Combine(DossierReel, fichier), Path.Combine(dossier.FullName, fichier));
            }
            if (contenu is not null)
                await File.WriteAllTextAsync(Path.Combine(dossier.FullName, "communes.json"), contenu);
            var avant = await ComptesAsync();

            var erreur = await Assert.ThrowsAsync<ImportReferentielException>(() =>
                app.AvecServicesAsync(s => s.GetRequiredService<ImportReferentiel>().ExecuterAsync(dossier.FullName))
            );

            Assert.Contains("communes.json", erreur.Message);
            Assert.Contains(attendu, erreur.Message);
            Assert.Contains("aucune donnée n'a été modifiée", erreur.Message, StringComparison.OrdinalIgnoreCase);
            Assert.True(avant == await ComptesAsync(), $"Cas « {cas} » : la base a changé");
        }
        finally
        {
            dossier.Delete(recursive: true);
        }
    }

    private Task<(int Communes, int Journal)> ComptesAsync() =>
        app.ExecuterAsync(async db =>
            (await db.Communes.CountAsync(), await db.Journal.CountAsync(j => j.Action == ActionImport))
        );
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportReferentielSqlite(SqliteFactory app) : ImportReferentielTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ImportReferentielPostgres(PostgresFactory app) : ImportReferentielTests(app);
