using Spectre.Console;

namespace Pilotis.Web.Tests.Infrastructure;

/// <summary>Une commande de la ligne de commande lancée sur les services de l'application de test, sortie lue en
/// texte brut (sans couleurs, lignes larges pour que les messages ne soient pas coupés).</summary>
public static class ConsoleDeTest
{
    public static async Task<(int Code, string Sortie)> CommandeAsync(
        this PilotisFactory app,
        Func<IServiceProvider, IAnsiConsole, Task<int>> commande
    )
    {
        ArgumentNullException.ThrowIfNull(app);
        using var sortie = new StringWriter();
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Out = new AnsiConsoleOutput(sortie),
            }
        );
        console.Profile.Width = 240;
        var code = await app.AvecServicesAsync(s => commande(s, console));
        return (code, sortie.ToString());
    }
}
