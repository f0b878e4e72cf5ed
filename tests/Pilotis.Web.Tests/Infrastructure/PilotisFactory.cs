using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Annuaire;
using Pilotis.Data.Base;
using Pilotis.Data.Demonstration;
using Pilotis.Data.Journal;
using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Tests.Infrastructure;

/// <summary>
/// The application under test, on a database of its own (temporary SQLite file or a freshly created PostgreSQL
/// database), migrated at start-up, with the French territories imported and the Gard demo data seeded
/// (accounts of <see cref="SemisDemonstration.Comptes"/>, password <see cref="SemisDemonstration.MotDePasse"/>).
/// One instance per provider per test run, shared through the xunit collections <see cref="Fournisseurs"/>,
/// so the territory import runs once per provider. Tests of one collection run one after the other.
///
/// How to write a test that runs on both providers:
/// <code>
/// public abstract class MesPagesTests(PilotisFactory app)
/// {
///     [Fact]
///     public async Task Un_test()
///     {
/// var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30",
/// Role.Administrateur);
///         using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
///         var reponse = await client.PosterFormulaireAsync("/admin/organisations/creer", new() { ["Nom"] = "…" });
///     }
/// }
/// [Collection(Fournisseurs.Sqlite)] public sealed class MesPagesSqlite(SqliteFactory app) : MesPagesTests(app);
/// [Collection(Fournisseurs.Postgres)] public sealed class MesPagesPostgres(PostgresFactory app) : MesPagesTests(app);
/// </code>
/// Rules: each test creates the data it changes (<see cref="CreerCompteAsync"/>, unique names) and never modifies
/// the demo organisations or accounts (other tests sign in with them); no test depends on another's order.
/// </summary>
public abstract class PilotisFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private int _compteur;

    public abstract Fournisseur Fournisseur { get; }

    /// <summary>Connection string of this factory's own database.</summary>
    public abstract string ChaineConnexion { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // UseSetting (not ConfigureAppConfiguration): Program reads these while building its services.
        builder.UseSetting("Database:Provider", Fournisseur.ToString());
        builder.UseSetting("ConnectionStrings:Pilotis", ChaineConnexion);
        builder.UseSetting("Demonstration:Semer", "true");
        // les tests lancent eux-mêmes les échéances des demandes
        builder.UseSetting("Demandes:EcheancesAutomatiques", "false");
        builder.UseSetting("Demonstration:Demandes", "1500"); // le Gard en compte 23 000 : une part suffit aux tests
        builder.UseSetting("Statistiques:CacheSecondes", "0"); // chaque test écrit puis lit ses propres agrégats
        // Tous les essais viennent de la même adresse : les limites de débit sont testées à part (LimitesDebitTests).
        builder.UseSetting("LimitesDebit:PublicParMinute", "1000000");
        builder.UseSetting("LimitesDebit:ConnexionParMinute", "1000000");
        builder.UseSetting("LimitesDebit:MaDemandeParQuartDHeure", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Warning");
    }

    /// <summary>A client that does not follow redirects (so tests see 302 → /connexion) and keeps cookies.</summary>
    public HttpClient ClientAnonyme() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>
    /// A client signed in through <c>POST /api/v1/session</c> (session cookie kept); fails loudly if refused.
    /// </summary>
    public async Task<HttpClient> ClientConnecteAsync(
        string courriel,
        string motDePasse = SemisDemonstration.MotDePasse
    )
    {
        var client = ClientAnonyme();
        using var reponse = await client.PostAsJsonAsync("/api/v1/session", new { courriel, motDePasse });
        if (reponse.StatusCode != HttpStatusCode.NoContent)
        {
            client.Dispose();
            throw new InvalidOperationException(
                $"Connexion de {courriel} refusée : {(int)reponse.StatusCode} "
                    + $"{await reponse.Content.ReadAsStringAsync()}"
            );
        }
        return client;
    }

    /// <summary>
    /// Creates a new organisation (unique name) and one active user with the given role in it, through the
    /// DbContext and ASP.NET Core Identity. Département and région are derived from the perimeter
    /// (for a region, its first département unless <paramref name="departementCode"/> is given).
    /// </summary>
    public async Task<(string Courriel, string MotDePasse, int OrganisationId)> CreerCompteAsync(
        TypeOrganisation type,
        NiveauPerimetre niveau,
        string perimetreCode,
        Role role,
        string? departementCode = null
    )
    {
        var numero = $"{Interlocked.Increment(ref _compteur)}-{Guid.NewGuid().ToString("N")[..8]}";
        var courriel = $"test-{numero}@tests.pilotis.fr";
        var motDePasse = $"Test-{Guid.NewGuid():N}-A9!";
        return await AvecServicesAsync(async services =>
        {
            var db = services.GetRequiredService<PilotisDbContext>();
            var (departement, region) = await RattachementAsync(db, niveau, perimetreCode, departementCode);
            var organisation = new Organisation
            {
                Nom = $"Organisation de test {numero}",
                Type = type,
                PerimetreNiveau = niveau,
                PerimetreCode = perimetreCode,
                DepartementCode = departement,
                RegionCode = region,
            };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();

            var utilisateurs = services.GetRequiredService<UserManager<Utilisateur>>();
            var utilisateur = new Utilisateur
            {
                UserName = courriel,
                Email = courriel,
                EmailConfirmed = true,
                NomComplet = $"Utilisateur de test {numero}",
                OrganisationId = organisation.Id,
            };
            Verifier(await utilisateurs.CreateAsync(utilisateur, motDePasse));
            Verifier(await utilisateurs.AddToRoleAsync(utilisateur, role.NomTechnique()));
            return (courriel, motDePasse, organisation.Id);
        });
    }

    /// <summary>
    /// Runs code with a scoped <see cref="PilotisDbContext"/> (the one the app would use outside a request).
    /// </summary>
    public Task ExecuterAsync(Func<PilotisDbContext, Task> action) =>
        AvecServicesAsync(async s =>
        {
            await action(s.GetRequiredService<PilotisDbContext>());
            return true;
        });

    /// <inheritdoc cref="ExecuterAsync(Func{PilotisDbContext, Task})"/>
    public Task<T> ExecuterAsync<T>(Func<PilotisDbContext, Task<T>> action) =>
        AvecServicesAsync(s => action(s.GetRequiredService<PilotisDbContext>()));

    /// <summary>Runs code inside a DI scope of the app (UserManager, ImportReferentiel, use-case services…).</summary>
    public async Task<T> AvecServicesAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    /// <summary>A new context on this factory's database with a chosen author and clock (caller disposes it).</summary>
    public PilotisDbContext NouveauContexte(IAuteurCourant? auteur = null, TimeProvider? horloge = null)
    {
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(options, Fournisseur, ChaineConnexion);
        return new PilotisDbContext(options.Options, auteur, horloge);
    }

    /// <summary>
    /// Starts the app (migration, territory import, demo seed) once, before the collection's first test.
    /// </summary>
    public Task InitializeAsync()
    {
        _ = Services;
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private static async Task<(string Departement, string Region)> RattachementAsync(
        PilotisDbContext db,
        NiveauPerimetre niveau,
        string code,
        string? departementCode
    )
    {
        switch (niveau)
        {
            case NiveauPerimetre.Commune:
                var commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code)
                    ?? throw new ArgumentException($"Commune inconnue : {code}", nameof(code));
                return (departementCode ?? commune.DepartementCode, commune.RegionCode);
            case NiveauPerimetre.Epci:
                var membre = await db
                    .Communes.AsNoTracking()
                    .Where(c => c.EpciSiren == code)
                    .GroupBy(c => new { c.DepartementCode, c.RegionCode })
                    .OrderByDescending(g => g.Count())
                    .Select(g => g.Key)
                    .FirstOrDefaultAsync()
                    ?? throw new ArgumentException($"EPCI inconnu : {code}", nameof(code));
                return (departementCode ?? membre.DepartementCode, membre.RegionCode);
            case NiveauPerimetre.Departement:
                var departement = await db.Departements.AsNoTracking().FirstOrDefaultAsync(d => d.Code == code)
                    ?? throw new ArgumentException($"Département inconnu : {code}", nameof(code));
                return (code, departement.RegionCode);
            case NiveauPerimetre.Region:
                var premier = departementCode
                    ?? await db
                        .Departements.AsNoTracking()
                        .Where(d => d.RegionCode == code)
                        .OrderBy(d => d.Code)
                        .Select(d => d.Code)
                        .FirstOrDefaultAsync()
                    ?? throw new ArgumentException($"Région inconnue : {code}", nameof(code));
                return (premier, code);
            default:
                return (departementCode ?? "", "");
        }
    }

    private static void Verifier(IdentityResult resultat)
    {
        if (!resultat.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ; ", resultat.Errors.Select(e => e.Description)));
        }
    }
}
