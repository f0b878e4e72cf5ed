using Microsoft.EntityFrameworkCore;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Pagination côté serveur de toutes les listes ; le numéro passe en « p » (« page » est réservé par Razor Pages).
/// </summary>
public sealed record Pagination(int Page, int Total, int Taille)
{
    public const int TailleParDefaut = 50;

    public int NombrePages => Math.Max(1, (Total + Taille - 1) / Taille);
    public int Premier => Total == 0 ? 0 : ((Page - 1) * Taille) + 1;
    public int Dernier => Math.Min(Page * Taille, Total);
}
