using Pilotis.Domain.Financement.Equilibre;

namespace Pilotis.Data.Financement.Equilibre;

/// <summary>Une opération programmée et ses équilibres sous chaque scénario (ordre des scénarios).</summary>
public sealed record OperationPipeline(
    int Id,
    string Numero,
    string Nom,
    string CommuneCode,
    int BailleurId,
    int Logements,
    IReadOnlyList<ResultatEquilibre> Resultats
);
