using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>Une ligne du plan de financement telle que saisie.</summary>
public sealed class SaisieFinancement
{
    public string? Type { get; set; }
    public string? Financeur { get; set; }
    public string? Montant { get; set; }

    public bool Vide => string.IsNullOrWhiteSpace(Montant) && string.IsNullOrWhiteSpace(Financeur);
}
