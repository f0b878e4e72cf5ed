namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Rôle d'un utilisateur dans son organisation ; l'ordre compte (un administrateur peut tout ce que peut un agent).
/// </summary>
public enum Role
{
    Lecteur = 0,
    Agent = 1,
    Administrateur = 2,
}
