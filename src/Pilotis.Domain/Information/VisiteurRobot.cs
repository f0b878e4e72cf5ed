namespace Pilotis.Domain.Information;

/// <summary>
/// Un robot (moteur d'indexation, sonde, outil en ligne de commande) ne compte pas comme une visite : reconnu à son
/// agent utilisateur, le seul en-tête lu, jamais conservé.
/// </summary>
public static class VisiteurRobot
{
    private static readonly string[] Marques =
    [
        "bot",
        "crawl",
        "spider",
        "slurp",
        "curl",
        "wget",
        "python-requests",
        "httpclient",
        "headless",
        "lighthouse",
        "monitor",
        "preview",
        "wrk",
    ];

    public static bool Est(string? agentUtilisateur) =>
        string.IsNullOrWhiteSpace(agentUtilisateur)
        || Marques.Any(m => agentUtilisateur.Contains(m, StringComparison.OrdinalIgnoreCase));
}
