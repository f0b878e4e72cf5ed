using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pilotis.Data;
using Pilotis.Data.Annuaire;
using Pilotis.Data.Base;
using Pilotis.Data.Demonstration;
using Pilotis.Data.Journal;
using Pilotis.Data.Territoire;

namespace Pilotis.Cli;

/// <summary>
/// Les services de la ligne de commande, configurés comme le site : même appsettings.json (celui de src/Pilotis.Web
/// s'il est trouvé en remontant depuis le dossier courant), mêmes variables d'environnement, donc la même base.
/// </summary>
public static class Contexte
{
    public static ServiceProvider Construire()
    {
        var racineWeb = TrouverRacineWeb() ?? Directory.GetCurrentDirectory();
        var configuration = new ConfigurationBuilder()
            .SetBasePath(racineWeb)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IAuteurCourant>(new AuteurSysteme($"ligne de commande ({Environment.UserName})"));
        // Modèle EF compilé (SQLite) : la ligne de commande ne paie pas la construction du modèle à chaque lancement
        // (ADR 0018) ; un test vérifie qu'il décrit le même schéma que le modèle construit.
        services.AjouterBasePilotis(configuration, racineWeb, f =>
            f == Fournisseur.Sqlite ? Pilotis.Data.Sqlite.ModeleCompile.PilotisDbContextModel.Instance : null
        );
        services
            .AddIdentityCore<Utilisateur>(PolitiqueComptes.Appliquer)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PilotisDbContext>()
            .AddErrorDescriber<MessagesIdentiteFrancais>();
        services.AddScoped<SemisDemonstration>();
        services.AddSingleton(
            new DossierReferentiel(
                SourceReferentiel.Localiser(configuration["Territoires:Dossier"], racineWeb, AppContext.BaseDirectory)
            )
        );
        return services.BuildServiceProvider();
    }

    private static string? TrouverRacineWeb()
    {
        for (
            var dossier = new DirectoryInfo(Directory.GetCurrentDirectory());
            dossier is not null;
            dossier = dossier.Parent
        )
        {
            var candidat = Path.Combine(dossier.FullName, "src", "Pilotis.Web");
            if (File.Exists(Path.Combine(candidat, "appsettings.json")))
                return candidat;
            if (File.Exists(Path.Combine(dossier.FullName, "appsettings.json")) && dossier.Name == "Pilotis.Web")
                return dossier.FullName;
        }
        return null;
    }
}
