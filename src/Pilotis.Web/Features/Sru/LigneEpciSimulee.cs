using System.Globalization;
using Pilotis.Domain.Sru;
// Alias : les pages SRU (tableau départemental) définissent leur propre TotauxSru dans ce même espace de noms.
using TotauxScenarioSru = Pilotis.Domain.Sru.TotauxSru;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Un EPCI : totaux de toutes ses communes soumises simulées (y compris hors du département), par scénario.
/// </summary>
public sealed record LigneEpciSimulee(
    string Siren,
    string Nom,
    int CommunesDansPerimetre,
    TotauxScenarioSru[] ParScenario
);
