using Pilotis.Domain.Information;

namespace Pilotis.Web.Features.Information;

/// <summary>Une action de concertation dans la liste, avec son opération et sa commune.</summary>
public sealed record LigneConcertation(
    int Id,
    int OperationId,
    string OperationNumero,
    string OperationNom,
    string CommuneCode,
    string? EpciSiren,
    DateOnly Date,
    TypeActionConcertation Type,
    PhaseConcertation Phase,
    int HabitantsRencontres,
    AcceptationConcertation Acceptation,
    string? Questions,
    string? Issue
);
