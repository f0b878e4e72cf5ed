namespace Pilotis.Web.Features.Annuaire.Referents;

/// <summary>Une organisation à relancer : ses fiches à confirmer et ses thèmes attendus sans référent.</summary>
public sealed record RelanceAnnuaire(
    int Id,
    string Nom,
    string Type,
    int AConfirmer,
    DateOnly? PlusAncienne,
    string Manquants
);
