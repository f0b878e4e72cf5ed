namespace Pilotis.Data.Attribution;

/// <summary>Ce qu'a fait un import de logements libérés ; rien n'est écrit quand il porte une erreur.</summary>
public sealed record BilanImportLiberations(
    int Lignes,
    int Ajoutes,
    int Modifies,
    int Inchanges,
    IReadOnlyList<ErreurLigne> Erreurs
)
{
    public bool Reussi => Erreurs.Count == 0;

    public static BilanImportLiberations Refus(int lignes, IEnumerable<ErreurLigne> erreurs) =>
        new(lignes, 0, 0, 0, erreurs.OrderBy(e => e.Ligne).ToList());
}
