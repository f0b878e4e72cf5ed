using System.Text;

namespace Pilotis.Domain.Sru;

public enum ActionCarence
{
    Proposer = 0,
    RetirerProposition = 1,
    RecueillirAvisCommission = 2,
    PrendreArrete = 3,
    Renoncer = 4,
    Lever = 5,
}
