namespace Pilotis.Domain.Production;

public enum GenreExigence
{
    /// <summary>Une information du dossier, vérifiée sur l'opération elle-même.</summary>
    Champ = 0,

    /// <summary>Une pièce à téléverser.</summary>
    Document = 1,
}
