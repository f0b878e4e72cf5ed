using System.Globalization;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Lissage;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Lissage;

/// <summary>Une ligne de l'alerte affichée : l'alerte du domaine et l'opération qu'elle vise.</summary>
public sealed record LigneAlerte(AlerteProduction Alerte, string Numero, string Nom);
