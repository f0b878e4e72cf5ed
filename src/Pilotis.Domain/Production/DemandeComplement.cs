namespace Pilotis.Domain.Production;

/// <summary>
/// Une demande de pièces ou d'informations de l'instructeur, et la réponse du bailleur dans l'application.
/// </summary>
public sealed class DemandeComplement
{
    public int Id { get; set; }
    public int OperationId { get; set; }
    public required string Message { get; set; }

    /// <summary>Codes des pièces demandées, séparés par des virgules (facultatif).</summary>
    public string Pieces { get; set; } = "";
    public DateTimeOffset DemandeeLe { get; set; }
    public required string DemandeePar { get; set; }
    public string? Reponse { get; set; }
    public DateTimeOffset? RepondueLe { get; set; }
    public string? ReponduePar { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    public bool Ouverte => Reponse is null;
}
