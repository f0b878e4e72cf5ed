using Microsoft.EntityFrameworkCore;

namespace Pilotis.Web.Infrastructure;

/// <summary>Pagination côté serveur de toutes les listes ; le numéro passe en « p » (« page » est réservé par Razor Pages).</summary>
public sealed record Pagination(int Page, int Total, int Taille)
{
    public const int TailleParDefaut = 50;

    public int NombrePages => Math.Max(1, (Total + Taille - 1) / Taille);
    public int Premier => Total == 0 ? 0 : ((Page - 1) * Taille) + 1;
    public int Dernier => Math.Min(Page * Taille, Total);
}

public static class PaginationRequetes
{
    /// <summary>Compte, ramène la page demandée dans les bornes, puis lit cette page.</summary>
    public static async Task<(List<T> Elements, Pagination Pagination)> PaginerAsync<T>(
        this IQueryable<T> requete,
        int page,
        CancellationToken ct,
        int taille = Pagination.TailleParDefaut
    )
    {
        var total = await requete.CountAsync(ct);
        var pagination = new Pagination(1, total, taille);
        pagination = pagination with { Page = Math.Clamp(page, 1, pagination.NombrePages) };
        var elements = await requete.Skip((pagination.Page - 1) * taille).Take(taille).ToListAsync(ct);
        return (elements, pagination);
    }
}
