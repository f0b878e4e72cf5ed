namespace Pilotis.Domain.Commun;

/// <summary>Une page d'une liste paginée côté serveur : ses éléments, le total et la position.</summary>
public sealed record PageResultats<T>(IReadOnlyList<T> Items, int Total, int Page, int Taille)
{
    public int NombrePages => Taille == 0 ? 0 : (Total + Taille - 1) / Taille;
}
