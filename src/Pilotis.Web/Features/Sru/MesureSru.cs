using System.Globalization;
using Pilotis.Domain.Sru;
// Alias : les pages SRU (tableau départemental) définissent leur propre TotauxSru dans ce même espace de noms.
using TotauxScenarioSru = Pilotis.Domain.Sru.TotauxSru;

namespace Pilotis.Web.Features.Sru;

/// <summary>Ce que l'on compare d'un scénario à l'autre, commune par commune.</summary>
public enum MesureSru
{
    Manquants,
    Objectif,
    Brut,
    Net,
}
