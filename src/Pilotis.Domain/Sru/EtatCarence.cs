using System.Text;

namespace Pilotis.Domain.Sru;

/// <summary>Steps of the carence procedure after a triennial bilan (CCH L302-9-1).</summary>
public enum EtatCarence
{
    /// <summary>No procedure opened for the period.</summary>
    Aucune = 0,

    /// <summary>The DDTM proposes the carence after an unmet bilan.</summary>
    Proposee = 1,

    /// <summary>The commission has given its opinion (CCH L302-9-1-1).</summary>
    ExamineeEnCommission = 2,

    /// <summary>The préfet has signed the arrêté de carence.</summary>
    Carencee = 3,

    /// <summary>The proposal was withdrawn or the préfet decided not to declare the carence.</summary>
    Ecartee = 4,

    /// <summary>The carence was lifted (new arrêté, or end of its term).</summary>
    Levee = 5,
}
