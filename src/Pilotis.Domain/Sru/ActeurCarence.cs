using System.Text;

namespace Pilotis.Domain.Sru;

/// <summary>Who may fire a transition; the web layer maps user roles onto these.</summary>
public enum ActeurCarence
{
    Ddtm = 0,
    Commission = 1,
    Prefet = 2,
}
