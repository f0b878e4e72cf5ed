using AngleSharp;
using AngleSharp.Dom;
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

    /// <summary>
    /// Le HTML nettoyé et son texte (pour la recherche) tirés d'une seule analyse : l'import analysait chaque champ
    /// deux fois, une pour le nettoyer, une pour en lire le texte (dotnet-trace, 7 décembre). Le HTML rendu est celui
    /// de <see cref="Nettoyer"/> (mêmes nœuds, même formateur) ; les mots du texte sont ceux de <see cref="Texte"/>,
    /// chaque nœud de texte étant séparé du suivant.
    /// </summary>
    public static (string? Html, string Texte) NettoyerAvecTexte(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return (null, "");
        using var document = Nettoyeur.SanitizeDom(html);
        if (document.Body is not { } corps)
            return ("", "");
        var propre = corps.ChildNodes.ToHtml(Nettoyeur.OutputFormatter).Trim();
        var texte = string.Join(' ', corps.Descendants().OfType<IText>().Select(t => t.Data));
        return (propre, texte);
    }

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
