namespace Pilotis.Domain.Foncier;

/// <summary>Zone du plan local d'urbanisme où se trouve le site (C. urb. R151-17 : U, AU, A, N).</summary>
public enum ZonePlu
{
    /// <summary>Zone urbaine (C. urb. R151-18).</summary>
    U = 0,

    /// <summary>Zone à urbaniser (C. urb. R151-20).</summary>
    AU = 1,

    /// <summary>Zone agricole (C. urb. R151-22).</summary>
    A = 2,

    /// <summary>Zone naturelle et forestière (C. urb. R151-24).</summary>
    N = 3,
}
