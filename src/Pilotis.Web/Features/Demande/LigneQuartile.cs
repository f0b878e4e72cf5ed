using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>Seuil du premier quartile d'un EPCI : calculé depuis le registre, officiel s'il a été saisi, et celui qui
/// s'applique.</summary>
public sealed record LigneQuartile(string Siren, string Nom, SeuilQuartile Calcule, SeuilQuartileOfficiel? Officiel)
{
    public decimal? Applique => Officiel?.Seuil ?? Calcule.Valeur;
}
