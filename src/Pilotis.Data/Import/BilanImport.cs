namespace Pilotis.Data.Import;

/// <summary>
/// Ce qu'a fait un import de fichier qui ajoute, modifie ou laisse inchangées ses lignes (inventaire SRU, attributs
/// des communes, logements libérés) ; rien n'est écrit quand il porte une erreur.
/// </summary>
public sealed record BilanImport(
    int Lignes,
    int Ajoutes,
    int Modifies,
    int Inchanges,
    IReadOnlyList<ErreurLigne> Erreurs
)
{
    public bool Reussi => Erreurs.Count == 0;

    public static BilanImport Refus(int lignes, IEnumerable<ErreurLigne> erreurs) =>
        new(lignes, 0, 0, 0, erreurs.OrderBy(e => e.Ligne).ToList());
}
