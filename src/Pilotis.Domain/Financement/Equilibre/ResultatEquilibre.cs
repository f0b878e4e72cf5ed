namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// L'équilibre d'une opération sous un scénario. <see cref="Motif"/> dit pourquoi il n'est pas calculable (pas de
/// lot locatif, pas de surface utile, zone inconnue) ; les montants sont alors nuls.
/// </summary>
public sealed record ResultatEquilibre
{
    public required ScenarioEquilibre Scenario { get; init; }
    public string? Motif { get; init; }
    public bool Calculable => Motif is null;
    public string? Zone { get; init; }
    public int Logements { get; init; }
    public decimal LoyersAnnuels { get; init; }

    /// <summary>Loyers nets de vacance, de RLS, de gestion, d'entretien et de taxe foncière, première année.</summary>
    public decimal ResultatExploitation { get; init; }
    public decimal ChargeFonciere { get; init; }
    public decimal CoutTravaux { get; init; }
    public decimal CoutGarantie { get; init; }
    public decimal PrixDeRevient { get; init; }
    public decimal Subventions { get; init; }

    /// <summary>Emprunts que les loyers nets de la première année remboursent.</summary>
    public decimal Emprunts { get; init; }
    public decimal FondsPropresRequis { get; init; }
    public decimal FondsPropresParLogement { get; init; }
    public decimal FondsPropresPrevus { get; init; }
    public decimal FondsPropresMaximumParLogement { get; init; }

    /// <summary>Équilibrée : les fonds propres requis par logement ne dépassent pas le seuil mobilisable.</summary>
    public bool Equilibree { get; init; }
    public IReadOnlyList<AnneeEquilibre> Annees { get; init; } = [];
}
