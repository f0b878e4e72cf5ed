using System.Net;
using System.Text.RegularExpressions;

namespace Pilotis.Web.Tests.Infrastructure;

/// <summary>
/// Posting Razor Pages forms the way a browser does: read the antiforgery token from the page, then post.
/// </summary>
public static partial class Formulaires
{
    [GeneratedRegex(
        "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"|"
            + "value=\"([^\"]+)\"[^>]*name=\"__RequestVerificationToken\""
    )]
    private static partial Regex MotifJeton();

    /// <summary>The antiforgery token of the first form of a page; throws if the page has none.</summary>
    public static string JetonAntiforgery(string html)
    {
        var m = MotifJeton().Match(html);
        if (!m.Success)
            throw new InvalidOperationException("Aucun jeton antiforgery (__RequestVerificationToken) dans la page.");
        return WebUtility.HtmlDecode(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
    }

    /// <summary>
    /// GETs <paramref name="pageUrl"/> (must answer 200), then POSTs the fields with its antiforgery token
    /// to <paramref name="actionUrl"/> (default: the same page, as a form without action does).
    /// </summary>
    public static async Task<HttpResponseMessage> PosterFormulaireAsync(
        this HttpClient client,
        string pageUrl,
        IDictionary<string, string> champs,
        string? actionUrl = null
    )
    {
        using var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        if (page.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"GET {pageUrl} : {(int)page.StatusCode} au lieu de 200, formulaire non affiché."
            );
        }
        var valeurs = new Dictionary<string, string>(champs)
        {
            ["__RequestVerificationToken"] = JetonAntiforgery(html),
        };
        using var contenu = new FormUrlEncodedContent(valeurs);
        return await client.PostAsync(actionUrl ?? pageUrl, contenu);
    }

    /// <summary>
    /// Comme <see cref="PosterFormulaireAsync"/>, avec des champs répétés (cases à cocher) et un gestionnaire nommé
    /// (<c>?handler=</c>) sur la même page.
    /// </summary>
    public static async Task<HttpResponseMessage> PosterFormulaireMultiAsync(
        this HttpClient client,
        string pageUrl,
        IEnumerable<KeyValuePair<string, string>> champs,
        string gestionnaire
    )
    {
        using var page = await client.GetAsync(pageUrl);
        if (page.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {pageUrl} : {(int)page.StatusCode} au lieu de 200.");
        var jeton = JetonAntiforgery(await page.Content.ReadAsStringAsync());
        using var contenu = new FormUrlEncodedContent(champs.Append(new("__RequestVerificationToken", jeton)));
        if (string.IsNullOrEmpty(gestionnaire))
            return await client.PostAsync(pageUrl, contenu);
        var separateur = pageUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return await client.PostAsync($"{pageUrl}{separateur}handler={gestionnaire}", contenu);
    }
}
