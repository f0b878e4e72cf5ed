using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>Une séance de CALEOL lue pour sa page et son procès-verbal.</summary>
public sealed record VueSeance(
    SeanceCaleol Seance,
    CommissionCaleol Commission,
    Organisation Bailleur,
    IReadOnlyList<VueLogementSeance> Logements
)
{
    public IReadOnlyList<MembreCaleol> Presents =>
        Commission.Membres.Where(m => Seance.Presences.Any(p => p.MembreId == m.Id)).ToList();

    public int VotantsPresents => ReglesCaleol.VotantsPresents(Presents);

    public bool QuorumAtteint => ReglesCaleol.QuorumAtteint(VotantsPresents, Commission.Quorum);
}
