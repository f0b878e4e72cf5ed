using Microsoft.EntityFrameworkCore;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// The demo opens as it stands after the day's deadline pass (issue 11, item 15: the first start's pass purged 874
/// freshly seeded demands): the seed runs that pass itself, before the daily pass, which then finds it done.
/// </summary>
public abstract class SemisEcheancesTests(PilotisFactory app)
{
    [Fact]
    public async Task Le_semis_passe_lui_meme_les_echeances_du_jour_et_en_premier()
    {
        var passes = await app.ExecuterAsync(db => db.PurgesDemandes.AsNoTracking().OrderBy(p => p.Id).ToListAsync());
        var premiere = Assert.IsType<Pilotis.Domain.Demande.PurgeDemandes>(passes.FirstOrDefault(), exactMatch: true);
        Assert.Equal("semis de démonstration", premiere.Declencheur);
        Assert.Equal(Francais.JourAParis(premiere.Quand), premiere.DateReference);
        // Des demandes semées radiées depuis plus d'un an sont bien purgées au semis, pas au premier démarrage.
        Assert.True(premiere.DemandesPurgees + premiere.DemandesRadieesNonRenouvellement > 0);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class SemisEcheancesSqlite(SqliteFactory app) : SemisEcheancesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class SemisEcheancesPostgres(PostgresFactory app) : SemisEcheancesTests(app);
