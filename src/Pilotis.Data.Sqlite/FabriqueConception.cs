using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Pilotis.Data.Base;

namespace Pilotis.Data.Sqlite;

/// <summary>Utilisée seulement par « dotnet ef migrations add » : aucune connexion n'est ouverte.</summary>
public sealed class FabriqueConception : IDesignTimeDbContextFactory<PilotisDbContext>
{
    public PilotisDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(options, Fournisseur.Sqlite, "Data Source=design.db");
        return new PilotisDbContext(options.Options);
    }
}
