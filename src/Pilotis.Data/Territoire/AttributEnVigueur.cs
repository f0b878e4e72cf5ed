using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

public sealed record AttributEnVigueur(
    string Nature,
    string Code,
    string Valeur,
    string Libelle,
    DateOnly ValideDepuis,
    string Source
);
