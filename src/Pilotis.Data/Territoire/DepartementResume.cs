using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

public sealed record DepartementResume(string Code, string Nom, string Region, int NombreCommunes, int Population);
