namespace Pilotis.Domain.Production.Revues;

public sealed record DifficulteRapport(
    int OperationId,
    CategorieBlocage Categorie,
    DateOnly SignaleeLe,
    DateOnly? EscaladeeLe,
    DateOnly? ResolueLe
);
