using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Territoire;

public sealed record PageResultats<T>(IReadOnlyList<T> Items, int Total, int Page, int Taille)
{
    public int NombrePages => Taille == 0 ? 0 : (Total + Taille - 1) / Taille;
}
