namespace Pilotis.Web.Tests.Infrastructure;

/// <summary>Names of the two xunit collections; each shares one app (and one database) per provider.</summary>
public static class Fournisseurs
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
}

[CollectionDefinition(Fournisseurs.Sqlite)]
public sealed class CollectionSqlite : ICollectionFixture<SqliteFactory>;

[CollectionDefinition(Fournisseurs.Postgres)]
public sealed class CollectionPostgres : ICollectionFixture<PostgresFactory>;
