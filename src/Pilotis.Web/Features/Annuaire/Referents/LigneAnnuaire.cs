using Pilotis.Domain.Annuaire;

namespace Pilotis.Web.Features.Annuaire.Referents;

/// <summary>Une fiche de l'annuaire avec son organisation, telle que la liste et ses exports la montrent.</summary>
public sealed record LigneAnnuaire(
    int Id,
    int OrganisationId,
    string Organisation,
    TypeOrganisation TypeOrganisation,
    string DepartementCode,
    string RegionCode,
    ThemeReferent Theme,
    string Nom,
    string? Fonction,
    string? Courriel,
    string? Telephone,
    string? Disponibilite,
    VisibiliteReferent Visibilite,
    DateOnly ConfirmeLe
)
{
    /// <summary>La cible des droits : l'organisation de la fiche et son département.</summary>
    public Cible Cible => new(OrganisationId, new Localisation(null, null, DepartementCode, RegionCode));
}
