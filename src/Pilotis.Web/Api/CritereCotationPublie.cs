using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Demande;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>Un critère publié : nature, précision (code et libellé), points et plafond (ancienneté
/// seulement).</summary>
public sealed record CritereCotationPublie(
    string Type,
    int Parametre,
    string? ParametreLibelle,
    string Libelle,
    decimal Points,
    decimal? Plafond
);
