using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

public sealed record CommuneResume(
    string Code,
    string Nom,
    int? Population,
    string? Epci,
    string Departement,
    string Type
);
