using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data.Attribution;
using Pilotis.Data.Financement;
using Pilotis.Data.Foncier;
using Pilotis.Data.Production;

namespace Pilotis.Data.Information;

/// <summary>
/// Enregistre le calcul de la feuille de route et une source d'indicateurs par module (ADR 0027). Un module de plus
/// ajoute ici sa source (<c>services.AddScoped&lt;ISourceIndicateurs, …&gt;()</c>).
/// </summary>
public static class EnregistrementFeuilleDeRoute
{
    public static IServiceCollection AjouterFeuilleDeRoute(this IServiceCollection services)
    {
        services.AddScoped<ISourceIndicateurs, SourceIndicateursRevues>();
        services.AddScoped<ISourceIndicateurs, SourceIndicateursAides>();
        services.AddScoped<ISourceIndicateurs, SourceIndicateursFoncier>();
        services.AddScoped<ISourceIndicateurs, SourceIndicateursAttribution>();
        services.AddScoped<ISourceIndicateurs, SourceIndicateursFormationConcertation>();
        services.AddScoped<ISourceIndicateurs, SourceIndicateursAnnuairePagesCommunes>();
        services.AddScoped<CalculFeuilleDeRoute>();
        return services;
    }
}
