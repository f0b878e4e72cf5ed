namespace Pilotis.Domain.Production;

/// <summary>
/// Limites des pièces déposées : taille et types acceptés (contrôlés sur le contenu, pas sur l'extension seule).
/// </summary>
public static class LimitesDocuments
{
    public const long TailleMaximale = 10 * 1024 * 1024;
    public static IReadOnlyList<string> Extensions { get; } =
    [".pdf", ".jpg", ".jpeg", ".png", ".xlsx", ".docx", ".odt", ".ods"];
}
