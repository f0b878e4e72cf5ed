namespace Pilotis.Data.Journal;

/// <summary>
/// Enregistrement d'un import en une transaction avec une seule entrée de journal de synthèse plutôt qu'une par
/// ligne : un fichier national compte des dizaines de milliers de lignes. Commun aux imports par fichier.
/// </summary>
public static class JournalImport
{
    /// <param name="viderSuivi">Vide le suivi des entités après l'enregistrement (gros imports).</param>
    public static async Task EnregistrerAsync(
        this PilotisDbContext db,
        string action,
        string entite,
        (int Lignes, int Ajoutes, int Modifies, int Inchanges) bilan,
        bool viderSuivi,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        db.JournalDetailleSuspendu = true;
        try
        {
            if (bilan.Ajoutes + bilan.Modifies > 0)
            {
                db.Journaliser(
                    action,
                    entite,
                    null,
                    new
                    {
                        lignes = bilan.Lignes,
                        ajoutes = bilan.Ajoutes,
                        modifies = bilan.Modifies,
                        inchanges = bilan.Inchanges,
                    }
                );
            }
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.JournalDetailleSuspendu = false;
            if (viderSuivi)
                db.ChangeTracker.Clear();
        }
    }
}
