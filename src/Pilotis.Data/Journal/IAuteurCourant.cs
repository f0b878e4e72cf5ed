namespace Pilotis.Data.Journal;

/// <summary>
/// Qui écrit : l'utilisateur connecté (web), l'opérateur de la ligne de commande, ou le système au démarrage.
/// </summary>
public interface IAuteurCourant
{
    string? UtilisateurId { get; }
    string Nom { get; }
    int? OrganisationId { get; }
}
