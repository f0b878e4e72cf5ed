using Microsoft.Playwright;

namespace Pilotis.E2E.Infrastructure;

/// <summary>
/// One app and one headless Debian Chromium shared by all end-to-end tests (collection "E2E").
/// Each journey gets a fresh browser context (no cookies) through <see cref="ParcoursAsync"/>,
/// which saves TestResults/screenshots/&lt;journey&gt;.png when the journey fails.
/// </summary>
public sealed class Navigateur : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? _playwright;
    private IBrowser? _navigateur;

    public ApplicationE2E Application { get; } = new();

    public async Task InitializeAsync()
    {
        var adresse = Application.Adresse; // starts the app (migration, territory import, demo seed)
        _ = adresse;
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException(
                $"Chromium introuvable ({Chromium}) : installez le paquet Debian « chromium » (scripts/test.sh le "
                    + "fait)."
            );
        }
        _playwright = await Playwright.CreateAsync();
        _navigateur = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args =
                [
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                ],
            }
        );
    }

    /// <summary>Runs a journey in a fresh context; on failure saves a full-page screenshot, then rethrows.</summary>
    public async Task ParcoursAsync(string nom, Func<IPage, Task> parcours)
    {
        await using var contexte = await _navigateur!.NewContextAsync(
            new BrowserNewContextOptions { BaseURL = Application.Adresse.ToString().TrimEnd('/'), Locale = "fr-FR" }
        );
        contexte.SetDefaultTimeout(15_000);
        var page = await contexte.NewPageAsync();
        // Every journey also checks the Content-Security-Policy: Chromium reports each refused inline script or style
        // as a console error, which fails the journey.
        var refus = new List<string>();
        page.Console += (_, message) =>
        {
            if (
                message.Type == "error"
                && message.Text.Contains("Content Security Policy", StringComparison.Ordinal)
                && !AttributStyleRecopieParLeDsfr(message.Text, message.Location)
            )
                // Where the refusal came from (script and line, or the page itself), so a rare one can be traced.
                refus.Add($"{message.Text} [{page.Url} ; {message.Location}]");
        };
        try
        {
            await parcours(page);
            if (refus.Count > 0)
                throw new InvalidOperationException("Refusé par la CSP : " + string.Join(" | ", refus));
        }
        catch
        {
            var chemin = Path.Combine(DossierCaptures(), $"{nom}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = chemin, FullPage = true });
            throw;
        }
    }

    /// <summary>
    /// Le seul refus toléré : le script du DSFR (dsfr.module.min.js), quand il recopie les liens d'outils de l'en-tête
    /// dans le menu mobile par <c>innerHTML</c>, recopie aussi l'attribut <c>style</c> que son propre composant
    /// « collapse » y a posé par le CSSOM (variables <c>--collapse</c>) ; la CSP refuse cet attribut recopié, ce qui
    /// n'a pas d'effet visible (le composant repose ses variables par le CSSOM). Cela n'arrive que selon l'ordre
    /// d'initialisation des composants (rarement). Tout autre refus, et tout refus venu de notre balisage ou de
    /// pilotis.js, fait toujours échouer le parcours : la politique elle-même n'est pas assouplie.
    /// </summary>
    private static bool AttributStyleRecopieParLeDsfr(string texte, string emplacement) =>
        texte.StartsWith("Applying inline style violates", StringComparison.Ordinal)
        && emplacement.Contains("/lib/dsfr/dsfr.module.min.js", StringComparison.Ordinal);

    /// <summary>TestResults/screenshots at the repository root (or PILOTIS_CAPTURES).</summary>
    private static string DossierCaptures()
    {
        var dossier = Environment.GetEnvironmentVariable("PILOTIS_CAPTURES");
        if (string.IsNullOrWhiteSpace(dossier))
        {
            var racine = new DirectoryInfo(AppContext.BaseDirectory);
            while (racine is not null && !File.Exists(Path.Combine(racine.FullName, "Pilotis.slnx")))
                racine = racine.Parent;
            dossier = Path.Combine(racine?.FullName ?? Directory.GetCurrentDirectory(), "TestResults", "screenshots");
        }
        Directory.CreateDirectory(dossier);
        return dossier;
    }

    public async Task DisposeAsync()
    {
        if (_navigateur is not null)
            await _navigateur.DisposeAsync();
        _playwright?.Dispose();
        await Application.DisposeAsync();
    }
}

[CollectionDefinition(Nom)]
public sealed class CollectionE2E : ICollectionFixture<Navigateur>
{
    public const string Nom = "E2E";
}
