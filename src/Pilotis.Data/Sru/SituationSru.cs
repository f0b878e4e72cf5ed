using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Sru;

/// <summary>
/// La situation SRU calculée d'une commune pour une année : inventaire, résultat du calcul, carence, bilan de la
/// période.
/// </summary>
public sealed record SituationSru(
    InventaireSru Inventaire,
    string Nom,
    string? EpciSiren,
    string DepartementCode,
    ResultatCalculSru Resultat,
    decimal DepensesDeductiblesValidees,
    EtatCarence EtatCarence,
    decimal? CoefficientCarence,
    PeriodeTriennale Periode,
    BilanTriennal? Bilan
);
