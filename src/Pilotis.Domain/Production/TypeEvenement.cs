namespace Pilotis.Domain.Production;

public enum TypeEvenement
{
    Creation = 0,
    Transition = 1,
    Modification = 2,
    Document = 3,
    DemandeComplement = 4,
    ReponseComplement = 5,
    Difficulte = 6,
    Import = 7,
}
