using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

public sealed record EpciDetail(
    string Siren,
    string Nom,
    string Type,
    string? ModeFinancement,
    int Population,
    IReadOnlyList<string> Departements,
    IReadOnlyList<CommuneResume> Communes
);
