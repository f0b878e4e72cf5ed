using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Territoire;

public sealed record EpciResume(
    string Siren,
    string Nom,
    string Type,
    int NombreCommunes,
    int NombreCommunesDansDepartement,
    int Population
);
