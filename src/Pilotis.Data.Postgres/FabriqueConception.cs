using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Pilotis.Data.Base;

namespace Pilotis.Data.Postgres;

/// <summary>Utilisée seulement par « dotnet ef migrations add » : aucune connexion n'est ouverte.</summary>
public sealed class FabriqueConception : IDesignTimeDbContextFactory<PilotisDbContext>
{
    public PilotisDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(
            options,
            Fournisseur.Postgres,
            "Host=localhost;Database=pilotis_design;Username=pilotis;Password=pilotis"
        );
        return new PilotisDbContext(options.Options);
    }
}
