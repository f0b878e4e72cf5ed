namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Qui voit une fiche de l'annuaire : tout le monde (page publique, page de la commune) ou les seuls comptes
/// connectés. Une coordonnée nominative n'est publique que si l'organisation le choisit (RGPD, art. 6).
/// </summary>
public enum VisibiliteReferent
{
    Connectes = 0,
    Public = 1,
}
