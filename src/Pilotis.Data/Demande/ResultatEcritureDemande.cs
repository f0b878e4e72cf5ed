using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Sru;

namespace Pilotis.Data.Demande;

/// <summary>Issue d'une écriture de demande : la demande écrite, ou les erreurs par champ, ou un conflit de
/// modification.</summary>
public sealed record ResultatEcritureDemande(
    DemandeLogement? Demande,
    IReadOnlyList<ErreurChamp> Erreurs,
    string? Conflit = null
)
{
    public bool Reussie => Demande is not null && Erreurs.Count == 0 && Conflit is null;
}
