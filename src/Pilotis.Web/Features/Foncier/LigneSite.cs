using Pilotis.Domain.Foncier;

namespace Pilotis.Web.Features.Foncier;

/// <summary>Une ligne de la liste des sites (page, exports).</summary>
public sealed record LigneSite(
    int Id,
    string Identifiant,
    string Nom,
    string CommuneCode,
    string? EpciSiren,
    string Parcelles,
    int SurfaceM2,
    ZonePlu Zone,
    TypeProprietaire Proprietaire,
    ContraintesSite Contraintes,
    int? CapaciteEstimee,
    StatutSite Statut,
    DateOnly DateStatut,
    int? OperationId,
    bool Localise
);
