using Microsoft.EntityFrameworkCore;

namespace Pilotis.Web.Infrastructure;

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

    /// <summary>Ramène la page demandée dans les bornes d'un total déjà compté (avec d'autres totaux), puis la
    /// lit.</summary>
    public static async Task<(List<T> Elements, Pagination Pagination)> PaginerAsync<T>(
        this IQueryable<T> requete,
        int page,
        int total,
        CancellationToken ct,
        int taille = Pagination.TailleParDefaut
    )
    {
        var pagination = new Pagination(1, total, taille);
        pagination = pagination with { Page = Math.Clamp(page, 1, pagination.NombrePages) };
        var elements =
            total == 0 ? [] : await requete.Skip((pagination.Page - 1) * taille).Take(taille).ToListAsync(ct);
        return (elements, pagination);
    }
}
