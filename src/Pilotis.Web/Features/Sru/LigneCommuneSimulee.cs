using System.Globalization;
using Pilotis.Domain.Sru;
// Alias : les pages SRU (tableau départemental) définissent leur propre TotauxSru dans ce même espace de noms.
using TotauxScenarioSru = Pilotis.Domain.Sru.TotauxSru;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Une commune du périmètre et ses résultats, dans l'ordre de <see cref="ResultatsSimulateurSru.Scenarios"/>.
/// </summary>
public sealed record LigneCommuneSimulee(
    CommuneSimulee Commune,
    string? NomEpci,
    ResultatCommuneScenario[] ParScenario
);
