namespace Pilotis.Domain.Foncier;

/// <summary>
/// Ce qu'une transition d'un site doit savoir de l'opération visée (lue par l'appelant) : son identifiant, sa commune,
/// si un autre site la porte déjà, si elle est livrée ; et la date du jour.
/// </summary>
public sealed record ContexteTransitionSite(
    DateOnly Aujourdhui,
    int? OperationId = null,
    string? OperationCommuneCode = null,
    bool OperationLieeAUnAutreSite = false,
    bool OperationLivree = false
);
