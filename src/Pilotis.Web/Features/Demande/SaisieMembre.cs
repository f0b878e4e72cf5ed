using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>Une personne du ménage telle que saisie (une ligne du formulaire).</summary>
public sealed class SaisieMembre
{
    public string? Lien { get; set; }
    public string? Age { get; set; }
    public bool Handicap { get; set; }
    public bool ACharge { get; set; }

    public bool Vide => string.IsNullOrWhiteSpace(Age);
}
