namespace Pilotis.Domain.Production;

/// <summary>
/// Une version d'une pièce du dossier : chaque nouveau dépôt d'une même pièce en crée une nouvelle version.
/// </summary>
public sealed class DocumentOperation
{
    public int Id { get; set; }
    public int OperationId { get; set; }

    /// <summary>Code de la pièce dans la liste de dépôt (« permis_construire »…).</summary>
    public required string Piece { get; set; }
    public int Version { get; set; }
    public required string NomFichier { get; set; }

    /// <summary>Nom du fichier dans le stockage (jamais le nom fourni par l'utilisateur).</summary>
    public required string Stockage { get; set; }
    public long Taille { get; set; }
    public required string TypeContenu { get; set; }
    public DateTimeOffset DeposeLe { get; set; }
    public required string DeposePar { get; set; }
}
