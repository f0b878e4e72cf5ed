namespace Pilotis.Data.Attribution;

/// <summary>Ce qu'a fait un import du parc ; rien n'est écrit quand il porte une erreur.</summary>
public sealed record BilanImportLogements(
    long Lignes,
    long Ajoutes,
    long Modifies,
    long Inchanges,
    IReadOnlyList<ErreurLigne> Erreurs,
    long NombreErreurs
)
{
    public bool Reussi => NombreErreurs == 0;

    public static BilanImportLogements Refus(long lignes, IReadOnlyList<ErreurLigne> erreurs, long nombre) =>
        new(lignes, 0, 0, 0, erreurs.OrderBy(e => e.Ligne).ToList(), nombre);
}
