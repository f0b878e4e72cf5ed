namespace Pilotis.Domain.Production;

public enum TypeFinancement
{
    SubventionEtat = 0,
    SubventionEpci = 1,
    SubventionDepartement = 2,
    SubventionRegion = 3,
    SubventionCommune = 4,
    ActionLogement = 5,
    PretCdcPlai = 6,
    PretCdcPlus = 7,
    PretCdcPls = 8,
    PretCdcFoncier = 9,
    AutrePret = 10,
    FondsPropres = 11,
    Autre = 12,
}
