using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pilotis.Data.Base;

/// <summary>
/// Choix du moteur par configuration : <c>Database:Provider</c> = Sqlite | Postgres et
/// <c>ConnectionStrings:Pilotis</c> (donc les variables d'environnement Database__Provider et
/// ConnectionStrings__Pilotis) ; <c>ConnectionStrings:PilotisLecture</c> facultative pour les lectures déportables.
/// </summary>
public static class BaseDeDonnees
{
    public const string ChaineSqliteParDefaut = "Data Source=data/pilotis.db";

    public static Fournisseur LireFournisseur(IConfiguration configuration)
    {
        var valeur = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(valeur))
            return Fournisseur.Sqlite;
        return Enum.TryParse<Fournisseur>(valeur, ignoreCase: true, out var f)
            ? f
            : throw new InvalidOperationException(
                $"Database:Provider vaut « {valeur} » : les valeurs admises sont Sqlite et Postgres."
            );
    }

    public static string LireChaine(IConfiguration configuration, Fournisseur fournisseur, string racine)
    {
        var chaine = configuration.GetConnectionString("Pilotis");
        if (fournisseur == Fournisseur.Postgres)
        {
            return string.IsNullOrWhiteSpace(chaine)
                ? throw new InvalidOperationException(
                    "ConnectionStrings:Pilotis est obligatoire avec Database:Provider = Postgres."
                )
                : chaine;
        }
        return CheminSqliteAbsolu(string.IsNullOrWhiteSpace(chaine) ? ChaineSqliteParDefaut : chaine, racine);
    }

    /// <summary>
    /// La chaîne des lectures déportables (<see cref="LecturePilotis"/>) : <c>ConnectionStrings:PilotisLecture</c>
    /// (une réplique PostgreSQL en lecture seule), sinon la chaîne principale.
    /// </summary>
    public static string LireChaineLecture(IConfiguration configuration, string principale, string racine)
    {
        var chaine = configuration.GetConnectionString("PilotisLecture");
        if (string.IsNullOrWhiteSpace(chaine))
            return principale;
        return LireFournisseur(configuration) == Fournisseur.Postgres ? chaine : CheminSqliteAbsolu(chaine, racine);
    }

    /// <summary>
    /// Un chemin SQLite relatif s'entend depuis la racine de l'application ; le dossier est créé au besoin.
    /// </summary>
    private static string CheminSqliteAbsolu(string chaine, string racine)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(chaine);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var chemin = Path.IsPathRooted(builder.DataSource)
                ? builder.DataSource
                : Path.Combine(racine, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(chemin)!);
            builder.DataSource = chemin;
        }
        if (builder.DefaultTimeout == 30)
            builder.DefaultTimeout = 60;
        return builder.ToString();
    }

    /// <param name="modele">Modèle compilé du fournisseur (ligne de commande : démarrage sans construction du modèle,
    /// ADR 0018) ; null : construit au premier usage.</param>
    public static void Configurer(
        DbContextOptionsBuilder options,
        Fournisseur fournisseur,
        string chaine,
        IModel? modele = null
    )
    {
        ArgumentNullException.ThrowIfNull(options);
        options.AddInterceptors(RefusCaractereNul.Instance);
        if (modele is not null)
            options.UseModel(modele);
        switch (fournisseur)
        {
            case Fournisseur.Postgres:
                options.UseNpgsql(chaine, o => o.MigrationsAssembly("Pilotis.Data.Postgres"));
                break;
            default:
                options.UseSqlite(chaine, o => o.MigrationsAssembly("Pilotis.Data.Sqlite"));
                break;
        }
    }

    public static IServiceCollection AjouterBasePilotis(
        this IServiceCollection services,
        IConfiguration configuration,
        string racine,
        Func<Fournisseur, IModel?>? modeleCompile = null
    )
    {
        var fournisseur = LireFournisseur(configuration);
        var chaine = LireChaine(configuration, fournisseur, racine);
        var modele = modeleCompile?.Invoke(fournisseur);
        services.AddDbContext<PilotisDbContext>(o => Configurer(o, fournisseur, chaine, modele));
        services.AddSingleton(new FabriqueLecture(fournisseur, LireChaineLecture(configuration, chaine, racine)));
        services.AddScoped<LecturePilotis>();
        services.AddSingleton<CleBase>();
        return services;
    }
}
