using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

public sealed record CommuneDetail(
    string Code,
    string Nom,
    int? Population,
    string? Epci,
    string? EpciNom,
    string Departement,
    string DepartementNom,
    string Region,
    string? Siren,
    IReadOnlyList<string> CodesPostaux,
    IReadOnlyList<AttributEnVigueur> Attributs,
    IReadOnlyList<CommuneResume> CommunesRattachees
);
