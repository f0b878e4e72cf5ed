using System.Text;

namespace Pilotis.Domain.Production;

/// <summary>Ce qu'il faut savoir pour contrôler une transition, en plus de l'opération.</summary>
/// <param name="Completude">Complétude actuelle du dossier au regard de la liste de dépôt.</param>
/// <param name="DemandesComplementOuvertes">Demandes de pièces de l'instructeur sans réponse.</param>
/// <param name="Aujourdhui">Date du jour (horloge injectée) : un acte ne peut pas être daté du futur.</param>
public sealed record ContexteTransitionOperation(
    Completude Completude,
    int DemandesComplementOuvertes,
    DateOnly Aujourdhui
);
