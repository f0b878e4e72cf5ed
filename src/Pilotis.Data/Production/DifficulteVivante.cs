using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Data.Production;

/// <summary>Une difficulté vivante pendant une année et son opération (rapport au CDHH, feuille de route).</summary>
public sealed record DifficulteVivante(
    int Id,
    int OperationId,
    CategorieBlocage Categorie,
    DateOnly SignaleeLe,
    DateOnly? EscaladeeLe,
    DateOnly? ResolueLe,
    string Numero,
    string Nom,
    string? EpciSiren,
    DateOnly? DateAgrement,
    DateOnly? DateOuvertureChantier,
    DateOnly? DateLivraison,
    StatutOperation Statut
)
{
    public DifficulteRapport PourRapport() => new(OperationId, Categorie, SignaleeLe, EscaladeeLe, ResolueLe);

    public OperationSuivie OperationSuivie() =>
        new(OperationId, EpciSiren ?? "", DateAgrement, DateOuvertureChantier, DateLivraison, Statut);
}
