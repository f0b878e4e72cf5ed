namespace Pilotis.Domain.Attribution;

/// <summary>
/// Groupe inter-réservataires (GIR) d'un programme neuf : l'EPCI réunit les réservataires du programme pour ses
/// premières attributions, avec une liste de candidats et un calendrier communs (seed 001, solution 11).
/// </summary>
public sealed class GroupeInterReservataires
{
    public const int LongueurNomMaximum = 200;

    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public int OperationId { get; set; }
    public required string Nom { get; set; }
    public DateTimeOffset CreeLe { get; set; }
    public List<MembreGir> Membres { get; set; } = [];
}
