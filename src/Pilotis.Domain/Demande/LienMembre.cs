namespace Pilotis.Domain.Demande;

/// <summary>Lien d'un membre du ménage avec le demandeur.</summary>
public enum LienMembre
{
    Demandeur = 0,
    ConjointOuCoDemandeur = 1,
    Enfant = 2,
    Ascendant = 3,
    AutrePersonne = 4,
}
