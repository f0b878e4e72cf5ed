namespace Pilotis.Domain.Sru;

/// <summary>Situation of a commune under article 55 of the loi SRU at a date.</summary>
public enum StatutSru
{
    NonSoumise = 0,
    Soumise = 1,

    /// <summary>Subject by its population, but exempted by decree for the period (CCH L302-5 III).</summary>
    Exemptee = 2,
}
