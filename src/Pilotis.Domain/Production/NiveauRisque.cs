namespace Pilotis.Domain.Production;

public enum NiveauRisque
{
    Faible = 0,
    Moyen = 1,
    Eleve = 2,
}
