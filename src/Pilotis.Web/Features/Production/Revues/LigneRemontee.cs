using System.Globalization;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

public sealed record LigneRemontee(
    int DifficulteId,
    string Numero,
    string Nom,
    CategorieBlocage Categorie,
    DateOnly EscaladeeLe,
    DateOnly? ResolueLe
);
