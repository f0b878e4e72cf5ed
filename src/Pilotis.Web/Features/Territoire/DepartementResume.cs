using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Territoire;

public sealed record DepartementResume(string Code, string Nom, string Region, int NombreCommunes, int Population);
