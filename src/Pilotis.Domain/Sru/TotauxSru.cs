using System.Runtime.InteropServices;

namespace Pilotis.Domain.Sru;

/// <summary>Sums over a set of communes (an EPCI, the département, France).</summary>
public readonly record struct TotauxSru(
    int Communes,
    long LogementsManquants,
    long ObjectifTriennal,
    long ObjectifPlaiMinimum,
    long ObjectifPlsMaximum,
    decimal PrelevementBrut,
    decimal PrelevementNet,
    int CommunesPrelevees
)
{
    public TotauxSru Plus(in ResultatCommuneScenario r) =>
        new(
            Communes + 1,
            LogementsManquants + r.LogementsManquants,
            ObjectifTriennal + r.ObjectifTriennal,
            ObjectifPlaiMinimum + r.ObjectifPlaiMinimum,
            ObjectifPlsMaximum + r.ObjectifPlsMaximum,
            PrelevementBrut + r.PrelevementBrut,
            PrelevementNet + r.PrelevementNet,
            CommunesPrelevees + (r.PrelevementNet > 0m ? 1 : 0)
        );
}
