using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Demande;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>La grille de cotation publiée d'un EPCI (CCH L441-2-8 : elle est publique).</summary>
public sealed record GrilleCotationPubliee(
    string EpciSiren,
    string? EpciNom,
    int Version,
    DateOnly? PublieeLe,
    IReadOnlyList<CritereCotationPublie> Criteres
);
