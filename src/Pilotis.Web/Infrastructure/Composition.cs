using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.FileProviders;
using Pilotis.Data;
using Pilotis.Data.Annuaire;
using Pilotis.Data.Base;
using Pilotis.Data.Demonstration;
using Pilotis.Data.Journal;
using Pilotis.Data.Territoire;
using Pilotis.Web.Api;
using Pilotis.Web.Infrastructure.Securite;
using Scalar.AspNetCore;

namespace Pilotis.Web.Infrastructure;

public static class Composition
{
    public static WebApplicationBuilder AjouterPilotis(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        AjouterServicesMetier(services, configuration, builder.Environment);
        AjouterIdentite(services, configuration, builder.Environment);
        AjouterPages(services);
        AjouterApiEtCache(services, configuration);
        AjouterProtections(builder);
        return builder;
    }

    /// <summary>
    /// Limites de débit, mandataires de confiance, HSTS et cookies sécurisés en production, pas d'en-tête
    /// <c>Server</c> (docs/adr/0012-durcissement.md).
    /// </summary>
    private static void AjouterProtections(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AjouterLimitesDebit(builder.Configuration);
        services.AjouterMandataires(builder.Configuration);
        services.AddSingleton<Securite.RalentissementConnexion>();
        services.AddScoped<Features.Annuaire.Compte.ConnexionParMotDePasse>();
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        var securise = builder.Environment.IsProduction()
            ? CookieSecurePolicy.Always
            : CookieSecurePolicy.SameAsRequest;
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = securise);
    }

    /// <summary>Horloge, base, auteur courant, requêtes partagées et services des domaines.</summary>
    private static void AjouterServicesMetier(
        IServiceCollection services,
        IConfiguration configuration,
        IWebHostEnvironment environnement
    )
    {
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<IAuteurCourant, AuteurHttp>();
        services.AjouterBasePilotis(configuration, environnement.ContentRootPath);
        services.AddSingleton(
            new DossierReferentiel(
                SourceReferentiel.Localiser(
                    configuration["Territoires:Dossier"],
                    environnement.ContentRootPath,
                    AppContext.BaseDirectory
                )
            )
        );
        services.AddScoped<SemisDemonstration>();
        services.AddScoped<ImportReferentiel>();
        services.AddScoped<Pilotis.Data.Sru.RequetesSru>();
        services.AddScoped<Pilotis.Data.Production.ServiceTransitionsOperation>();
        services.AddScoped<ActeurCourant>();
        services.AddScoped<Pilotis.Data.Demande.EcritureDemandes>();
        services.AddScoped<Pilotis.Data.Attribution.ServiceCaleol>();
        services.AddScoped<Pilotis.Data.Attribution.ServiceOffresCaleol>();
        services.AddScoped<Pilotis.Data.Demande.ServiceEcheancesDemandes>();
        if (configuration.GetValue(EcheancesAutomatiques.Cle, true))
            services.AddHostedService<EcheancesAutomatiques>();
        services.AddScoped<Pilotis.Data.Territoire.RequetesTerritoire>();
        services.AddSingleton<EtatDemonstration>();
        Pilotis.Data.Information.EnregistrementFeuilleDeRoute.AjouterFeuilleDeRoute(services);
    }

    /// <summary>Comptes, cookie de session et connexion OpenID Connect.</summary>
    private static void AjouterIdentite(
        IServiceCollection services,
        IConfiguration configuration,
        IWebHostEnvironment environnement
    )
    {
        services
            .AddIdentity<Utilisateur, IdentityRole>(PolitiqueComptes.Appliquer)
            .AddEntityFrameworkStores<PilotisDbContext>()
            .AddSignInManager<ConnexionPilotis>()
            .AddClaimsPrincipalFactory<RevendicationsPilotis>()
            .AddErrorDescriber<MessagesIdentiteFrancais>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // Les liens d'invitation (jeton de réinitialisation, à usage unique) restent valables 7 jours : Pilotis
        // n'envoie pas de courriel, l'administrateur les transmet lui-même.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(7));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "pilotis";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            // En production, le cookie de session ne circule qu'en HTTPS, même derrière un mandataire mal réglé.
            o.Cookie.SecurePolicy = environnement.IsProduction()
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/connexion";
            o.LogoutPath = "/deconnexion";
            o.AccessDeniedPath = "/acces-refuse";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // L'API répond 401/403 (jamais une redirection vers la page de connexion).
            o.Events.OnRedirectToLogin = c => RepondreOuRediriger(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => RepondreOuRediriger(c, StatusCodes.Status403Forbidden);
        });
        AjouterOpenIdConnect(services, configuration);
    }

    /// <summary>Pages Razor (toutes authentifiées sauf les pages publiques), clés et encodage du HTML.</summary>
    private static void AjouterPages(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("Pilotis").PersistKeysToDbContext<PilotisDbContext>();
        services.AddAuthorization();
        // Le français s'écrit tel quel dans le HTML (« Nîmes », pas « N&#xEE;mes ») : pages plus légères et lisibles.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(
                System.Text.Unicode.UnicodeRanges.All
            )
        );
        services
            .AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                o.Conventions.AuthorizeFolder("/");
                o.Conventions.AllowAnonymousToPage("/Index");
                // Le référentiel est public, pas sa modification : on ouvre page par page (AllowAnonymous
                // l'emporterait sur [Authorize]).
                foreach (var page in new[] { "Index", "Departement", "Epci", "Commune" })
                    o.Conventions.AllowAnonymousToPage("/Territoire/" + page);
                // Le calendrier de dépôt est publié (seed 000, question 3) : sa modification reste réservée à la
                // DDTM.
                o.Conventions.AllowAnonymousToPage("/Production/Calendrier");
                // Le catalogue des aides est public (ticket 13) ; sa saisie, son import et ses indicateurs non.
                o.Conventions.AllowAnonymousToPage("/Financement/Index");
                o.Conventions.AllowAnonymousToPage("/Financement/Fiche");
                o.Conventions.AllowAnonymousToPage("/Demande/SimulateurEligibilite");
                o.Conventions.AllowAnonymousToPage("/Demande/Plafonds");
                o.Conventions.AllowAnonymousToPage("/Annuaire/Compte/Connexion");
                o.Conventions.AllowAnonymousToPage("/Annuaire/Compte/Invitation");
                o.Conventions.AllowAnonymousToPage("/Annuaire/Compte/AccesRefuse");
                o.Conventions.AllowAnonymousToPage("/Erreur");
                // L'annuaire (fiches publiques) et la page de chaque commune sont publics (seed 001, solutions 8
                // et 9) ; leur saisie et leurs indicateurs non.
                o.Conventions.AllowAnonymousToPage("/Annuaire/Referents/Index");
                o.Conventions.AllowAnonymousToPage("/Information/PageCommune");
            })
            .AddMvcOptions(o =>
            {
                MessagesValidation.Franciser(o.ModelBindingMessageProvider);
                o.Filters.Add(new Securite.FiltreMethodeNonPrevue());
                o.Filters.Add(new FiltreValeursRefusees());
            });
    }

    /// <summary>Problèmes RFC 9457, cache des statistiques publiques, OpenAPI, santé et culture française.</summary>
    private static void AjouterApiEtCache(IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        // Statistiques publiques (lissage, annuaire) : les mêmes pour tous, recalculées au plus toutes les N secondes
        // (Statistiques:CacheSecondes, 60 par défaut ; 0 désactive le cache, ce que font les tests).
        var cacheSecondes = configuration.GetValue("Statistiques:CacheSecondes", 60);
        services.AddMemoryCache();
        services.AddOutputCache(o =>
            o.AddPolicy(
                CacheStatistiques.Politique,
                new CacheStatistiques(TimeSpan.FromSeconds(Math.Max(0, cacheSecondes)))
            )
        );
        services.AddOpenApi("v1", o => o.AddDocumentTransformer(
                (doc, _, _) =>
                {
                    doc.Info.Title = "API Pilotis";
                    doc.Info.Description =
                        "Pilotage partagé de la production et de l'attribution du logement social. "
                        + "Le référentiel territorial, les simulateurs, les statistiques de production et l'annuaire "
                        + "des organisations sont publics ; "
                        + "le reste exige une session (cookie obtenu par POST /api/v1/session).";
                    doc.Info.Version = "v1";
                    return Task.CompletedTask;
                }
            ));
        services.AddHealthChecks().AddDbContextCheck<PilotisDbContext>("base");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var fr = Francais.Culture;
            o.DefaultRequestCulture = new RequestCulture(fr);
            o.SupportedCultures = [fr];
            o.SupportedUICultures = [fr];
        });
    }

    private static Task RepondreOuRediriger(
        Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> contexte,
        int statut
    )
    {
        if (contexte.Request.Path.StartsWithSegments("/api"))
        {
            contexte.Response.StatusCode = statut;
            return Results
                .Problem(
                    statusCode: statut,
                    title: statut == 401 ? "Authentification requise" : "Accès refusé",
                    detail: statut == 401
                        ? "Connectez-vous (POST /api/v1/session) pour utiliser cette ressource."
                        : "Votre organisation n'a pas accès à cette ressource."
                )
                .ExecuteAsync(contexte.HttpContext);
        }
        contexte.Response.Redirect(contexte.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Connexion OpenID Connect facultative (compatible ProConnect) : activée si Authentication:OpenIdConnect:Authority
    /// et ClientId sont renseignés. Le compte doit exister dans Pilotis (rapproché par courriel).
    /// </summary>
    private static void AjouterOpenIdConnect(IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Authentication:OpenIdConnect");
        if (string.IsNullOrWhiteSpace(section["Authority"]) || string.IsNullOrWhiteSpace(section["ClientId"]))
            return;
        services
            .AddAuthentication()
            .AddOpenIdConnect(ConnexionExterne.Schema, section["NomAffiche"] ?? "ProConnect", o =>
            {
                o.Authority = section["Authority"];
                // Une autorité en http n'est admise que pour un fournisseur local de test ; ProConnect est en https.
                o.RequireHttpsMetadata = o.Authority!.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
                o.ClientId = section["ClientId"];
                o.ClientSecret = section["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.Scope.Clear();
                foreach (var scope in new[] { "openid", "email", "given_name", "usual_name" })
                    o.Scope.Add(scope);
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.CallbackPath = "/connexion/oidc-retour";
                o.SignedOutCallbackPath = "/deconnexion/oidc-retour";
                o.GetClaimsFromUserInfoEndpoint = true;
                o.SaveTokens = true;
            });
    }

    public static async Task InitialiserBaseAsync(this WebApplication app)
    {
        var configuration = app.Configuration;
        var dossier = app.Services.GetRequiredService<DossierReferentiel>().Chemin;
        var options = new OptionsInitialisation(dossier, configuration.GetValue("Demonstration:Semer", true))
        {
            DemandesDemonstration = configuration.GetValue("Demonstration:Demandes", SemisDemandes.NombreParDefaut),
        };
        await Initialisation.ExecuterAsync(app.Services, options, app.Logger);
        await app.Services.GetRequiredService<EtatDemonstration>().RafraichirAsync(app.Services);
        // L'import du référentiel (38 000 lignes) laisse un tas géant inutile ensuite : on le rend au système une fois.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    public static WebApplication UtiliserPilotis(this WebApplication app)
    {
        // D'abord : l'adresse et le schéma du client tels que transmis par un mandataire déclaré, et seulement lui.
        app.UseForwardedHeaders();
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseRequestLocalization();
        // Une requête mal formée (paramètre, corps, formulaire) répond 4xx par la même page d'erreur, jamais 500.
        app.UseExceptionHandler(
            new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/erreur",
                StatusCodeSelector = Securite.RequetesMalformees.Statut,
                // Une requête mal formée est la faute du client : pas de trace d'erreur serveur dans les journaux.
                SuppressDiagnosticsCallback = c => Securite.RequetesMalformees.Statut(c.Exception) < 500,
            }
        );
        // Pages : page d'erreur en français ; API : problem details (RFC 9457), voir Features/Erreur.
        app.UseStatusCodePagesWithReExecute("/erreur/{0}");
        app.UtiliserEntetesSecurite();
        var nodeModules = app.Services.GetRequiredService<DossierReferentiel>().NodeModules;
        app.UseStaticFiles();
        app.UseStaticFiles(
            new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(Path.Combine(nodeModules, "@gouvfr", "dsfr", "dist")),
                RequestPath = "/lib/dsfr",
            }
        );
        app.UseStaticFiles(
            new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(Path.Combine(nodeModules, "chart.js", "dist")),
                RequestPath = "/lib/chartjs",
            }
        );
        // Carte de l'observatoire foncier (ADR 0024) : Leaflet depuis npm, sans CDN ni serveur de tuiles.
        app.UseStaticFiles(
            new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(Path.Combine(nodeModules, "leaflet", "dist")),
                RequestPath = "/lib/leaflet",
            }
        );
        app.UseRouting();
        app.UtiliserLimiteTailleEnvoi();
        // Avant l'authentification : une statistique publique ne dépend pas de qui la demande.
        app.UseOutputCache();
        app.UseAuthentication();
        // Après l'authentification : une personne connectée n'est pas limitée comme le public.
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/reference", o =>
            o.WithTitle("API Pilotis").WithOpenApiRoutePattern("/openapi/{documentName}.json")
        );
        app.MapHealthChecks("/health");
        app.MapRazorPages();
        app.MapApiPilotis();
        return app;
    }
}
