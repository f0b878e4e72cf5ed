using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Pilotis.Data;

namespace Pilotis.Web.Tests.Base;

/// <summary>
/// Fails when the EF Core model has changed without a migration for a provider:
/// run « dotnet ef migrations add … » for both Pilotis.Data.Sqlite and Pilotis.Data.Postgres.
/// </summary>
public class MigrationsTests
{
    public static TheoryData<string> Fournisseurs => ["Sqlite", "Postgres"];

    private static PilotisDbContext Contexte(string fournisseur) =>
        fournisseur switch
        {
            "Sqlite" => new Pilotis.Data.Sqlite.FabriqueConception().CreateDbContext([]),
            "Postgres" => new Pilotis.Data.Postgres.FabriqueConception().CreateDbContext([]),
            _ => throw new ArgumentOutOfRangeException(nameof(fournisseur)),
        };

    [Theory]
    [MemberData(nameof(Fournisseurs))]
    public void Le_modele_est_couvert_par_les_migrations(string fournisseur)
    {
        using var db = Contexte(fournisseur);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(
            db.Database.HasPendingModelChanges(),
            $"Le modèle EF Core a changé sans migration {fournisseur} : lancez « dotnet ef migrations add <Nom> "
                + $"--project src/Pilotis.Data.{fournisseur} --startup-project src/Pilotis.Data.{fournisseur} »."
        );
    }

    [Theory]
    [MemberData(nameof(Fournisseurs))]
    public void Les_migrations_sont_celles_du_fournisseur(string fournisseur)
    {
        using var db = Contexte(fournisseur);
        var assembly = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>()
            .Assembly.GetName()
            .Name;
        Assert.Equal($"Pilotis.Data.{fournisseur}", assembly);
    }
}
