namespace Pilotis.Domain.Sru;

/// <summary>Social units financed (agreed) on the commune over the triennial period, by product.</summary>
public readonly record struct RealisationsTriennales
{
    public int Plai { get; init; }
    public int Plus { get; init; }
    public int Pls { get; init; }

    /// <summary>Other units the bilan counts (foyer equivalents, PSLA/BRS, acquisitions…).</summary>
    public int Autres { get; init; }

    public int Total => Plai + Plus + Pls + Autres;
}
