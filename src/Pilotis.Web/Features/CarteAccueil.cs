using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features;

public sealed record CarteAccueil(string Titre, string Description, string Lien);
