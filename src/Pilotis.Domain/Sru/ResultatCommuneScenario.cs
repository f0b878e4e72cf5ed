using System.Runtime.InteropServices;

namespace Pilotis.Domain.Sru;

/// <summary>What the comparison keeps per commune and scenario (compact: 35,000 × 4 of them).</summary>
public readonly record struct ResultatCommuneScenario(
    int LogementsManquants,
    int ObjectifTriennal,
    int ObjectifPlaiMinimum,
    int ObjectifPlsMaximum,
    decimal PrelevementBrut,
    decimal PrelevementNet
)
{
    internal static ResultatCommuneScenario Depuis(in ResultatCalculSru r) =>
        new(
            r.LogementsManquants,
            r.ObjectifTriennal,
            r.ObjectifPlaiMinimum,
            r.ObjectifPlsMaximum,
            r.PrelevementBrut,
            r.PrelevementNet
        );
}
