namespace Pilotis.Domain.Sru;

/// <summary>Grounds for an exemption decree (CCH L302-5 III).</summary>
public enum MotifExemptionSru
{
    /// <summary>Commune poorly served by public transport to the employment areas.</summary>
    InsuffisammentReliee = 0,

    /// <summary>Low tension on social housing demand (fewer than 2 demands per move-in).</summary>
    FaibleTension = 1,

    /// <summary>More than half the urbanised land cannot be built on (risks, noise, protections).</summary>
    Inconstructibilite = 2,
}
