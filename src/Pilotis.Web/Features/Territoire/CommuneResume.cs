using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Territoire;

public sealed record CommuneResume(
    string Code,
    string Nom,
    int? Population,
    string? Epci,
    string Departement,
    string Type
);
