using Pilotis.Data.Demande;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Passe quotidienne des échéances des demandes (radiations pour non-renouvellement, purge RGPD), avec l'horloge
/// injectée : au démarrage si la passe du jour n'a pas eu lieu, puis chaque nuit à 2 h (heure de Paris).
/// Désactivable par <c>Demandes:EcheancesAutomatiques=false</c>
/// (les tests la lancent eux-mêmes). Ne journalise que des nombres.
/// </summary>
public sealed partial class EcheancesAutomatiques(
    IServiceScopeFactory fabrique,
    TimeProvider horloge,
    ILogger<EcheancesAutomatiques> journal
) : BackgroundService
{
    public const string Cle = "Demandes:EcheancesAutomatiques";
    private static readonly TimeSpan HeurePasse = TimeSpan.FromHours(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Laisse l'application finir de démarrer (migration, semis) avant la première passe.
        await Task.Delay(TimeSpan.FromSeconds(30), horloge, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PasserSiNecessaireAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                JournaliserEchec(journal, e.GetType().Name);
            }
            var maintenant = TimeZoneInfo.ConvertTime(horloge.GetUtcNow(), Affichage.FuseauParis);
            var prochaine = maintenant.Date.AddDays(1) + HeurePasse;
            var attente = new DateTimeOffset(prochaine, maintenant.Offset) - maintenant;
            await Task.Delay(
                attente > TimeSpan.FromMinutes(1) ? attente : TimeSpan.FromMinutes(1),
                horloge,
                stoppingToken
            );
        }
    }

    private async Task PasserSiNecessaireAsync(CancellationToken ct)
    {
        await using var scope = fabrique.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<ServiceEcheancesDemandes>();
        var aujourdhui = DateOnly.FromDateTime(
            TimeZoneInfo.ConvertTime(horloge.GetUtcNow(), Affichage.FuseauParis).DateTime
        );
        if (await service.DernierePasseAsync(ct) is { } derniere && derniere >= aujourdhui)
            return;
        var trace = await service.ExecuterAsync(aujourdhui, "passe quotidienne automatique", ct);
        JournaliserPasse(journal, trace.DemandesRadieesNonRenouvellement, trace.DemandesPurgees);
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Échéances des demandes : {Radiees} radiées pour non-renouvellement, {Purgees} purgées."
    )]
    private static partial void JournaliserPasse(ILogger journal, int radiees, int purgees);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "Échéances des demandes : la passe quotidienne a échoué ({Erreur})."
    )]
    private static partial void JournaliserEchec(ILogger journal, string erreur);
}
