namespace Pilotis.Domain.Annuaire;

public enum Acte
{
    Lire,
    Modifier,

    /// <summary>Créer un objet dont l'organisation est porteuse (un bailleur crée ses opérations).</summary>
    Creer,

    /// <summary>
    /// Importer un fichier en masse (reprise d'opérations, extrait du registre national des demandes).
    /// </summary>
    Importer,

    /// <summary>Actes de l'État instructeur (inventaire SRU, dépenses déductibles, procédure de carence).</summary>
    Instruire,
}
