namespace Pilotis.Domain.Production.Lissage;

public sealed record MoisLissage(int Mois, int OperationsAgreees, int LogementsAgrees);
