using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Web.Features.Demande.Cotation;

/// <summary>Résultat d'une simulation : le bilan des déplacements, la version publiée comparée, et les numéros des
/// demandes.</summary>
public sealed record SimulationGrille(
    BilanComparaison Bilan,
    GrilleCotation? Publiee,
    IReadOnlyDictionary<long, string> Numeros,
    SeuilQuartile Seuil
);
