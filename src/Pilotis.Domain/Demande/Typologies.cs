namespace Pilotis.Domain.Demande;

/// <summary>Typologies souhaitées (plusieurs possibles).</summary>
[Flags]
public enum Typologies
{
    Aucune = 0,
    T1 = 1 << 0,
    T2 = 1 << 1,
    T3 = 1 << 2,
    T4 = 1 << 3,
    T5 = 1 << 4,
    T6Plus = 1 << 5,
}
