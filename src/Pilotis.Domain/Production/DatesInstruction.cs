namespace Pilotis.Domain.Production;

public sealed record DatesInstruction(string Groupe, DateOnly? Depot, DateOnly? Complet, DateOnly? Agrement);
