using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>L'accueil d'un utilisateur ouvre les entrées que son organisation et son rôle permettent.</summary>
public abstract class AccueilTests(PilotisFactory app)
{
    [Theory]
    [InlineData("ddtm@demo.pilotis.fr", "href=\"/sru\"", true)]
    [InlineData("ddtm@demo.pilotis.fr", "href=\"/admin/utilisateurs\"", true)]
    [InlineData("commune@demo.pilotis.fr", "href=\"/sru/communes/30189\"", true)]
    [InlineData("commune@demo.pilotis.fr", "href=\"/admin/utilisateurs\"", false)]
    [InlineData("bailleur@demo.pilotis.fr", "Loi SRU", false)]
    [InlineData("bailleur@demo.pilotis.fr", "href=\"/admin/utilisateurs\"", true)]
    public async Task L_accueil_montre_les_entrees_permises(string courriel, string lien, bool present)
    {
        using var client = await app.ClientConnecteAsync(courriel);
        var html = await client.GetStringAsync("/");
        var cartes = html[html.IndexOf("<main", StringComparison.Ordinal)..];
        Assert.Equal(present, cartes.Contains(lien, StringComparison.Ordinal));
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class AccueilSqlite(SqliteFactory app) : AccueilTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class AccueilPostgres(PostgresFactory app) : AccueilTests(app);
