using System.Globalization;
using Pilotis.Domain.Sru;
// Alias : les pages SRU (tableau départemental) définissent leur propre TotauxSru dans ce même espace de noms.
using TotauxScenarioSru = Pilotis.Domain.Sru.TotauxSru;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Total d'un scénario sur les communes du périmètre, et combien de communes y gagnent ou y perdent par rapport à
/// la loi actuelle (objectif triennal, prélèvement net).
/// </summary>
public sealed record SyntheseScenarioSru(
    ScenarioSru Scenario,
    TotauxScenarioSru Total,
    int ObjectifEnBaisse,
    int ObjectifEnHausse,
    int NetEnBaisse,
    int NetEnHausse
);
