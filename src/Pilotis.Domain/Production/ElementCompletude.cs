namespace Pilotis.Domain.Production;

public sealed record ElementCompletude(ExigenceDepot Exigence, bool Satisfaite);
