namespace Pilotis.Domain.Production.Lissage;

public enum TypeAlerte
{
    ManqueraLAnnee = 0,
    IncompletTropLongtemps = 1,
    DepotApresCalendrier = 2,
}
