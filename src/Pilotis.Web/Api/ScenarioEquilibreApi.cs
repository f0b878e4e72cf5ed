using Pilotis.Domain.Financement.Equilibre;

namespace Pilotis.Web.Api;

/// <summary>L'équilibre d'une opération sous un scénario, tel que l'API le publie (montants en euros).</summary>
public sealed record ScenarioEquilibreApi(
    string Code,
    string Libelle,
    bool Calculable,
    string? Motif,
    string? Zone,
    int Logements,
    decimal LoyersAnnuels,
    decimal ResultatExploitation,
    decimal ChargeFonciere,
    decimal CoutTravaux,
    decimal CoutGarantie,
    decimal PrixDeRevient,
    decimal Subventions,
    decimal Emprunts,
    decimal FondsPropresRequis,
    decimal FondsPropresParLogement,
    decimal FondsPropresPrevus,
    decimal SeuilFondsPropresParLogement,
    bool Equilibree,
    IReadOnlyList<AnneeEquilibre> Annees
)
{
    public static ScenarioEquilibreApi Depuis(ResultatEquilibre r) =>
        new(
            r.Scenario.Code,
            r.Scenario.Libelle,
            r.Calculable,
            r.Motif,
            r.Zone,
            r.Logements,
            r.LoyersAnnuels,
            r.ResultatExploitation,
            r.ChargeFonciere,
            r.CoutTravaux,
            r.CoutGarantie,
            r.PrixDeRevient,
            r.Subventions,
            r.Emprunts,
            r.FondsPropresRequis,
            r.FondsPropresParLogement,
            r.FondsPropresPrevus,
            r.FondsPropresMaximumParLogement,
            r.Equilibree,
            r.Annees
        );
}
