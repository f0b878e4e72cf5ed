using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>
/// « pilotis demandes » : registre des demandes. « echeances
/// » passe les échéances à une date (aujourd'hui par défaut) :
/// radiation pour non-renouvellement (CCH R441-2-8) et effacement des données personnelles après le délai de
/// conservation (Demandes:JoursConservation) ; n'affiche que des nombres.
/// </summary>
public static class CommandesDemandes
{
    public static Command Demandes()
    {
        var demandes = new Command("demandes", "Registre des demandes de logement social.");
        var echeances = new Command(
            "echeances",
            "Radie les demandes non renouvelées et efface les données personnelles des demandes radiées depuis plus "
                + "que le délai de conservation."
        );
        var date = new Option<string?>("--date")
        {
            Description = "Date de référence AAAA-MM-JJ (aujourd'hui par défaut).",
        };
        echeances.Add(date);
        echeances.SetAction(
            async (resultat, ct) =>
            {
                try
                {
                    await using var racine = Contexte.Construire();
                    await using var scope = racine.CreateAsyncScope();
                    return await EcheancesAsync(
                        scope.ServiceProvider,
                        resultat.GetValue(date),
                        AnsiConsole.Console,
                        ct
                    );
                }
                catch (Exception e)
                    when (e is InvalidOperationException or DbUpdateException or System.Data.Common.DbException)
                {
                    AnsiConsole.MarkupLine($"[red]Erreur :[/] {Markup.Escape(e.Message)}");
                    return 2;
                }
            }
        );
        demandes.Add(echeances);
        return demandes;
    }

    /// <summary>Le travail de « demandes echeances » : 0 si la passe a eu lieu, 1 si la date est illisible.</summary>
    public static async Task<int> EcheancesAsync(
        IServiceProvider services,
        string? texteDate,
        IAnsiConsole console,
        CancellationToken ct = default
    )
    {
        var horloge = services.GetRequiredService<TimeProvider>();
        var date = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        if (
            !string.IsNullOrWhiteSpace(texteDate)
            && !DateOnly.TryParseExact(
                texteDate.Trim(),
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out date
            )
        )
        {
            console.MarkupLine($"[red]Date illisible : « {Markup.Escape(texteDate)} » (format attendu AAAA-MM-JJ).[/]");
            return 1;
        }
        var service = new ServiceEcheancesDemandes(
            services.GetRequiredService<PilotisDbContext>(),
            services.GetRequiredService<IConfiguration>()
        );
        var chrono = System.Diagnostics.Stopwatch.StartNew();
        var trace = await service.ExecuterAsync(date, $"pilotis demandes echeances ({Environment.UserName})", ct);
        console.MarkupLine(
            string.Create(
                Francais.Culture,
                $"[green]Échéances au {date:dd/MM/yyyy} : {trace.DemandesRadieesNonRenouvellement} demande(s) "
                    + $"radiée(s) pour non-renouvellement, {trace.DemandesPurgees} demande(s) purgée(s) "
                    + $"(conservation {trace.JoursConservation} jours) en {chrono.Elapsed.TotalSeconds:0.0} s.[/]"
            )
        );
        return 0;
    }
}
