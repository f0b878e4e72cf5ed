using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Features.Annuaire.Organisations;

/// <summary>Modèle du fragment _ChampsOrganisation : la saisie et ce que l'acteur peut en modifier.</summary>
public sealed record ChampsOrganisation(
    SaisieOrganisation Saisie,
    bool RattachementModifiable,
    IReadOnlyList<TypeOrganisation> Types
);
