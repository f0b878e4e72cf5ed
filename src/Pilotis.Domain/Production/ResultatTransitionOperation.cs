using System.Text;

namespace Pilotis.Domain.Production;

/// <summary>
/// Résultat : l'erreur en français si la transition est refusée, sinon la phase à figer (s'il y en a une).
/// </summary>
public sealed record ResultatTransitionOperation(string? Erreur, PhaseOperation? InstantaneAPrendre, string? Evenement)
{
    public bool Reussie => Erreur is null;
}
