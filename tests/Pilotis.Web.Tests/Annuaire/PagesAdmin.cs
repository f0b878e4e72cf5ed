using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>
/// Reading the administration pages the way a user would: texts, field values, error messages, links.
/// </summary>
public static partial class PagesAdmin
{
    [GeneratedRegex("class=\"fr-(?:error-text|message fr-message--error)\">([^<]+)<")]
    private static partial Regex MotifErreur();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex MotifBalise();

    [GeneratedRegex(@"\s+")]
    private static partial Regex MotifEspaces();

    public static async Task<string> HtmlAsync(
        this HttpResponseMessage reponse,
        HttpStatusCode attendu = HttpStatusCode.OK
    )
    {
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.True(
            reponse.StatusCode == attendu,
            $"Statut {(int)reponse.StatusCode} au lieu de {(int)attendu} : "
                + $"{Texte(html)[..Math.Min(600, Texte(html).Length)]}"
        );
        return html;
    }

    public static async Task<string> PageAsync(this HttpClient client, string url)
    {
        using var reponse = await client.GetAsync(url);
        return await reponse.HtmlAsync();
    }

    /// <summary>The visible text of a page (tags removed, entities decoded, spaces collapsed).</summary>
    public static string Texte(string html) =>
        MotifEspaces().Replace(WebUtility.HtmlDecode(MotifBalise().Replace(html, " ")), " ");

    /// <summary>The field error messages of a form, decoded.</summary>
    public static List<string> Erreurs(string html) =>
        MotifErreur().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value).Trim()).ToList();

    /// <summary>The value attribute of the first input named <paramref name="nom"/>.</summary>
    public static string? Valeur(string html, string nom)
    {
        var m = Regex.Match(html, $"name=\"{Regex.Escape(nom)}\"[^>]*value=\"([^\"]*)\"");
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    /// <summary>The value of the element marked data-testid="…" that carries a value (the invitation link).</summary>
    public static string? ValeurTestId(string html, string testId)
    {
        var m = Regex.Match(html, $"value=\"([^\"]*)\"[^>]*data-testid=\"{Regex.Escape(testId)}\"");
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    /// <summary>Asserts a 302 and returns the path (and query) it points to.</summary>
    public static string Redirection(this HttpResponseMessage reponse)
    {
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var destination = reponse.Headers.Location!;
        return destination.IsAbsoluteUri ? destination.PathAndQuery : destination.OriginalString;
    }

    /// <summary>Rows of a CSV export (UTF-8 with BOM, « ; »), BOM checked and removed; simple fields only.</summary>
    public static async Task<List<string[]>> CsvAsync(this HttpClient client, string url)
    {
        using var reponse = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/csv", reponse.Content.Headers.ContentType?.MediaType);
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        Assert.True(
            octets.Length >= 3 && octets[0] == 0xEF && octets[1] == 0xBB && octets[2] == 0xBF,
            "Le CSV doit commencer par le BOM UTF-8."
        );
        var texte = Encoding.UTF8.GetString(octets, 3, octets.Length - 3);
        return texte.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
    }

    /// <summary>
    /// Posts a form of <paramref name="pageUrl"/> and expects the redirection that follows a successful write.
    /// </summary>
    public static async Task<string> PosterEtSuivreAsync(
        this HttpClient client,
        string pageUrl,
        Dictionary<string, string> champs,
        string? actionUrl = null
    )
    {
        using var reponse = await client.PosterFormulaireAsync(pageUrl, champs, actionUrl);
        if (reponse.StatusCode != HttpStatusCode.Redirect)
        {
            var html = await reponse.Content.ReadAsStringAsync();
            Assert.Fail(
                $"Redirection attendue, reçu {(int)reponse.StatusCode} ; "
                    + $"erreurs : {string.Join(" | ", Erreurs(html))} ; "
                    + Texte(html)[..Math.Min(400, Texte(html).Length)]
            );
        }
        return reponse.Redirection();
    }
}
