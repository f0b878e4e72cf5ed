using System.Linq.Expressions;

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

    /// <summary>
    /// Ouverte : le bailleur n'a pas encore répondu. L'expression sert aux requêtes, la propriété au code.
    /// </summary>
    public static readonly Expression<Func<DemandeComplement, bool>> EstOuverte = d => d.Reponse == null;

    private static readonly Func<DemandeComplement, bool> _ouverte = EstOuverte.Compile();

    public bool Ouverte => _ouverte(this);
}
