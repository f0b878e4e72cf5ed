namespace Pilotis.Domain.Attribution;

/// <summary>Les trois classes de typologie de la répartition d'une convention de flux (T1-T2, T3, T4 et
/// plus).</summary>
public enum ClasseTypologie
{
    T1T2 = 0,
    T3 = 1,
    T4Plus = 2,
}
