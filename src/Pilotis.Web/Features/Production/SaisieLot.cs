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

/// <summary>Une ligne « lot » du formulaire : un produit fixe par ligne, les valeurs telles que saisies.</summary>
public sealed class SaisieLot
{
    public string? Produit { get; set; }
    public string? NombreLogements { get; set; }
    public string? T1 { get; set; }
    public string? T2 { get; set; }
    public string? T3 { get; set; }
    public string? T4 { get; set; }
    public string? T5 { get; set; }
    public string? T6 { get; set; }
    public string? SurfaceHabitable { get; set; }
    public string? SurfaceAnnexes { get; set; }
    public string? LoyerM2 { get; set; }

    /// <summary>Rien de saisi (ou des zéros) : la ligne est ignorée.</summary>
    public bool Vide =>
        new[] { NombreLogements, T1, T2, T3, T4, T5, T6, SurfaceHabitable, SurfaceAnnexes, LoyerM2 }.All(v =>
            string.IsNullOrWhiteSpace(v) || v.Trim() == "0"
        );
}
