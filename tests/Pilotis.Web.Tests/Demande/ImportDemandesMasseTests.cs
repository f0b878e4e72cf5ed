using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Data.Import;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// The shared bulk-import pipeline (ADR 0018) seen through the demand import: a stored fingerprint decides what a
/// re-import rewrites, a bad last line of a large file writes nothing although earlier lines were already streamed to
/// the database, a demand edited outside the import is rewritten by the next import of the same file.
/// </summary>
public abstract class ImportDemandesMasseTests(PilotisFactory app)
{
    [Fact]
    public async Task Un_reimport_avec_une_ligne_changee_ne_reecrit_que_cette_ligne()
    {
        var n = Numero();
        Assert.Equal((200L, 0L, 0L), Comptes(await ImporterAsync(Fichier(n, 200))));
        var avant = await EtatsAsync(n);

        var bilan = await ImporterAsync(Fichier(n, 200, changee: 137));

        Assert.Equal((0L, 1L, 199L), Comptes(bilan));
        var apres = await EtatsAsync(n);
        var changees = avant.Keys.Where(k => avant[k] != apres[k]).ToList();
        Assert.Equal([$"{n}-137"], changees);
        var revenu = await app.ExecuterAsync(db =>
            db.Demandes.Where(d => d.NumeroUnique == $"{n}-137").Select(d => d.RevenuFiscalReference).SingleAsync()
        );
        Assert.Equal(16000m, revenu);
    }

    [Fact]
    public async Task Une_erreur_sur_la_derniere_ligne_d_un_gros_fichier_n_ecrit_rien()
    {
        var n = Numero();
        var avant = await app.ExecuterAsync(db => db.Demandes.CountAsync());
        var fichier = Fichier(n, 5000) + $"{n}-fin;30;10/01/2025;;active;;;;demandeur;30;;;{Fin}\n";

        var bilan = await ImporterAsync(fichier);

        Assert.False(bilan.Reussi);
        Assert.Equal(5001, bilan.Lignes);
        var erreur = Assert.Single(bilan.Erreurs);
        Assert.Equal(
            (5002, "date_depot : « 10/01/2025 » n'est pas une date au format AAAA-MM-JJ."),
            (erreur.Ligne, erreur.Message)
        );
        Assert.Equal(avant, await app.ExecuterAsync(db => db.Demandes.CountAsync()));
        Assert.Equal(0, await app.ExecuterAsync(db => db.Demandes.CountAsync(d => d.NumeroUnique.StartsWith(n))));
    }

    [Fact]
    public async Task Une_demande_modifiee_hors_import_est_reecrite_au_reimport_du_meme_fichier()
    {
        var n = Numero();
        var fichier = Fichier(n, 3);
        await ImporterAsync(fichier);
        await app.ExecuterAsync(async db =>
        {
            var d = await db.Demandes.SingleAsync(x => x.NumeroUnique == $"{n}-2");
            d.RevenuFiscalReference = 99000m;
            await db.SaveChangesAsync();
        });

        Assert.Equal((0L, 1L, 2L), Comptes(await ImporterAsync(fichier)));
        var revenu = await app.ExecuterAsync(db =>
            db.Demandes.Where(d => d.NumeroUnique == $"{n}-2").Select(d => d.RevenuFiscalReference).SingleAsync()
        );
        Assert.Equal(15000m, revenu);
    }

    private const string Fin = "non;15000;1200;heberge;heberge;30189;;30189|30007;t2;t2;non;non;";

    /// <summary>Un fichier de <paramref name="lignes"/> demandes ; la demande <paramref name="changee"/> déclare
    /// 16 000 € de revenu au lieu de 15 000.</summary>
    internal static string Fichier(string n, int lignes, int changee = 0)
    {
        var texte = new StringBuilder(FormatDemandes.Entete).Append('\n');
        for (var i = 1; i <= lignes; i++)
        {
            var fin = i == changee ? Fin.Replace("15000", "16000", StringComparison.Ordinal) : Fin;
            texte.Append($"{n}-{i};30;2025-01-10;;active;;;;demandeur;30;;;{fin}\n");
        }
        return texte.ToString();
    }

    private static (long, long, long) Comptes(BilanImportDemandes b) => (b.Ajoutees, b.Modifiees, b.Inchangees);

    private Task<Dictionary<string, (Guid, DateTimeOffset)>> EtatsAsync(string n) =>
        app.ExecuterAsync(db =>
            db.Demandes.Where(d => d.NumeroUnique.StartsWith(n))
                .ToDictionaryAsync(d => d.NumeroUnique, d => (d.Jeton, d.ModifieeLe))
        );

    internal Task<BilanImportDemandes> ImporterAsync(string contenu)
    {
        var octets = Encoding.UTF8.GetBytes(contenu);
        return app.AvecServicesAsync(s =>
            new ImportDemandes(s.GetRequiredService<PilotisDbContext>()).ExecuterAsync(() => new MemoryStream(octets))
        );
    }

    internal static string Numero() => "M" + Guid.NewGuid().ToString("N")[..12];
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportDemandesMasseSqlite(SqliteFactory app) : ImportDemandesMasseTests(app);

/// <summary>PostgreSQL : en plus, le chargement d'une table presque vide avec ses index construits après.</summary>
[Collection(Fournisseurs.Postgres)]
public sealed class ImportDemandesMassePostgres(PostgresFactory app) : ImportDemandesMasseTests(app)
{
    private readonly PostgresFactory _app = app;

    [Fact]
    public async Task Dans_une_table_presque_vide_les_index_sont_construits_apres_le_chargement()
    {
        var existantes = await _app.ExecuterAsync(db => db.Demandes.CountAsync());
        var lignes = Math.Max(20_000, existantes * 10 + 1_000);
        var avant = await IndexAsync();
        var n = Numero();

        var bilan = await ImporterAsync(Fichier(n, lignes));

        Assert.True(bilan.Reussi);
        Assert.Equal((long)lignes, bilan.Ajoutees);
        Assert.Equal(avant, await IndexAsync()); // mêmes index, mêmes définitions
        Assert.Contains(avant, i => i.Nom == "IX_Demandes_NumeroUnique");
        var communes = await _app.ExecuterAsync(db =>
            db.CommunesSouhaitees.CountAsync(c =>
                db.Demandes.Any(d => d.Id == c.DemandeId && d.NumeroUnique.StartsWith(n))
            )
        );
        Assert.Equal(2 * lignes, communes);
        // Un second import (table pleine) passe par la mise à jour ensembliste : rien ne change.
        var second = await ImporterAsync(Fichier(n, lignes));
        Assert.Equal((0L, 0L, (long)lignes), (second.Ajoutees, second.Modifiees, second.Inchangees));
    }

    [Fact]
    public async Task Des_index_suspendus_reviennent_tels_quels_si_la_transaction_est_annulee()
    {
        var avant = await IndexAsync();
        var pendant = await _app.ExecuterAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var suspendus = await IndexDifferes.SuspendreAsync(db, ["Demandes", "CommunesSouhaitees"], default);
            Assert.True(suspendus.Nombre >= 6);
            var restants = await db
                .Database.SqlQueryRaw<string>(
                    "SELECT indexname AS \"Value\" FROM pg_indexes WHERE tablename IN ('Demandes', "
                        + "'CommunesSouhaitees') ORDER BY indexname"
                )
                .ToListAsync();
            await transaction.RollbackAsync();
            return restants;
        });
        Assert.Equal(["PK_CommunesSouhaitees", "PK_Demandes"], pendant);
        Assert.Equal(avant, await IndexAsync());
    }

    private Task<List<IndexDifferes.IndexTable>> IndexAsync() =>
        _app.ExecuterAsync(db =>
            db.Database.SqlQueryRaw<IndexDifferes.IndexTable>(
                    "SELECT indexname AS \"Nom\", indexdef AS \"Definition\" FROM pg_indexes "
                        + "WHERE tablename IN ('Demandes', 'CommunesSouhaitees') ORDER BY indexname"
                )
                .ToListAsync()
        );
}
