using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

public sealed record EpciResume(
    string Siren,
    string Nom,
    string Type,
    int NombreCommunes,
    int NombreCommunesDansDepartement,
    int Population
);
