using Microsoft.Playwright;

namespace Pilotis.E2E.Infrastructure;

/// <summary>Signing in the way a user does, through the /connexion form.</summary>
public static class Connexion
{
    public const string MotDePasseDemo = "Pilotis-Demo-2026";

    /// <summary>The e-mail input, by its label « Courriel » (the label also carries a format hint).</summary>
    public static ILocator ChampCourriel(this IPage page) =>
        page.GetByRole(AriaRole.Textbox, new() { Name = "Courriel" });

    /// <summary>
    /// The password input, by its exact label (the fieldset's legend also mentions « mot de passe »).
    /// </summary>
    public static ILocator ChampMotDePasse(this IPage page) => page.GetByLabel("Mot de passe", new() { Exact = true });

    public static async Task SeConnecterAsync(this IPage page, string courriel, string motDePasse = MotDePasseDemo)
    {
        await page.GotoAsync("/connexion");
        await page.ChampCourriel().FillAsync(courriel);
        await page.ChampMotDePasse().FillAsync(motDePasse);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
    }
}
