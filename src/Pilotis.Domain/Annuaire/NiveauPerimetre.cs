namespace Pilotis.Domain.Annuaire;

public enum NiveauPerimetre
{
    National = 0,
    Region = 1,
    Departement = 2,
    Epci = 3,
    Commune = 4,
}
