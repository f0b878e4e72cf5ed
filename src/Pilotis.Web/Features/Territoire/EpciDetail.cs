using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Territoire;

public sealed record EpciDetail(
    string Siren,
    string Nom,
    string Type,
    string? ModeFinancement,
    int Population,
    IReadOnlyList<string> Departements,
    IReadOnlyList<CommuneResume> Communes
);
