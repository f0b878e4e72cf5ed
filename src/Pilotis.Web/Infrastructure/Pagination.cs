using Microsoft.AspNetCore.Http.Extensions;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Pagination côté serveur : garde les filtres de la requête et ne change que le numéro de page, passé en « p »
/// (« page » est une valeur de route réservée par Razor Pages).
/// </summary>
public sealed class Pagination(HttpRequest requete, int page, int total, int taille)
{
    public int Page { get; } = page;
    public int Total { get; } = total;
    public int NombrePages { get; } = taille <= 0 ? 0 : (total + taille - 1) / taille;

    public string Lien(int numero)
    {
        var parametres = requete.Query.Where(q => q.Key != "p").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))).ToList();
        parametres.Add(new("p", numero.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return requete.Path + new QueryBuilder(parametres).ToQueryString();
    }

    public IEnumerable<int> PagesVisibles()
    {
        var debut = Math.Max(1, Page - 2);
        var fin = Math.Min(NombrePages, Page + 2);
        return Enumerable.Range(debut, fin - debut + 1);
    }
}
