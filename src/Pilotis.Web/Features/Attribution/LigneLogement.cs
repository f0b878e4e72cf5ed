using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution;

/// <summary>Une ligne de la liste du parc (et de ses exports).</summary>
public sealed record LigneLogement(
    int Id,
    string IdentifiantRpls,
    string Bailleur,
    string CommuneCode,
    string Commune,
    string Adresse,
    bool EnQpv,
    TypologieLogement Typologie,
    decimal Surface,
    FinancementOrigine Financement,
    int AnneeConstruction,
    decimal LoyerMensuel,
    char? EtiquetteEnergie,
    EtatOccupation Occupation
);
