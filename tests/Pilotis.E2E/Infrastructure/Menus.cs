using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pilotis.E2E.Infrastructure;

/// <summary>Opening a section of the main menu the way a user does, robust to DSFR's script start-up.</summary>
public static class Menus
{
    private const int Essais = 5;

    /// <summary>
    /// Clicks the section's button until DSFR says it is expanded: on a loaded machine the page can be shown before
    /// DSFR's script has bound the button, and that first click is then lost (a user would simply click again).
    /// </summary>
    public static async Task OuvrirAsync(this ILocator menu, string section)
    {
        var bouton = menu.GetByRole(AriaRole.Button, new() { Name = section, Exact = true });
        for (var essai = 1; ; essai++)
        {
            await bouton.ClickAsync();
            try
            {
                await Expect(bouton).ToHaveAttributeAsync("aria-expanded", "true", new() { Timeout = 2000 });
                return;
            }
            catch (PlaywrightException) when (essai < Essais) { }
        }
    }
}
