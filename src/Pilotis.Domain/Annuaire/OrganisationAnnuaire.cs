namespace Pilotis.Domain.Annuaire;

/// <summary>Une organisation de l'annuaire et ses fiches (thème, date de confirmation), pour l'exhaustivité.</summary>
public sealed record OrganisationAnnuaire(
    int Id,
    TypeOrganisation Type,
    IReadOnlyList<(ThemeReferent Theme, DateOnly ConfirmeLe)> Fiches
);
