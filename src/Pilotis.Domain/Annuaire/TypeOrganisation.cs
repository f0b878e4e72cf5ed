namespace Pilotis.Domain.Annuaire;

public enum TypeOrganisation
{
    Ddtm = 0,
    Dreal = 1,
    Epci = 2,
    Commune = 3,
    Bailleur = 4,
    Reservataire = 5,
    Financeur = 6,
    OperateurFoncier = 7,
}
