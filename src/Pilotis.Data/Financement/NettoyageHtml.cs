using Ganss.Xss;

namespace Pilotis.Data.Financement;

/// <summary>
/// Nettoyage du HTML des aides (description, éligibilité, contact) par HtmlSanitizer (MIT) avant écriture : scripts,
/// attributs d'événement, styles et liens « javascript: » disparaissent ; les liens gardent http(s) et mailto et
/// s'ouvrent sans transmettre la page d'origine.
/// </summary>
public static class NettoyageHtml
{
    private static readonly HtmlSanitizer Nettoyeur = Creer();

    private static HtmlSanitizer Creer()
    {
        var n = new HtmlSanitizer();
        n.AllowedAttributes.Remove("style");
        n.AllowedAttributes.Remove("class");
        n.AllowedAttributes.Remove("id");
        n.AllowedCssProperties.Clear();
        n.AllowedSchemes.Clear();
        n.AllowedSchemes.Add("https");
        n.AllowedSchemes.Add("http");
        n.AllowedSchemes.Add("mailto");
        n.AllowedTags.Remove("img");
        n.AllowedTags.Remove("form");
        n.AllowedTags.Remove("input");
        n.AllowedTags.Remove("button");
        n.AllowedTags.Remove("textarea");
        n.AllowedTags.Remove("select");
        n.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } a)
                a.SetAttribute("rel", "noopener noreferrer");
        };
        n.AllowedAttributes.Add("rel");
        return n;
    }

    public static string? Nettoyer(string? html) =>
        string.IsNullOrWhiteSpace(html) ? null : Nettoyeur.Sanitize(html).Trim();

    /// <summary>Le texte sans balises, pour la recherche.</summary>
    public static string Texte(string? html)
    {
        if (string.IsNullOrEmpty(html))
            return "";
        // Les balises de bloc séparent des mots : « <p>PLAI</p><p>PLUS</p> » ne doit pas donner « PLAIPLUS ».
        var espace = html.Replace("<", " <", StringComparison.Ordinal);
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(espace);
        return document.Body?.TextContent ?? "";
    }
}
