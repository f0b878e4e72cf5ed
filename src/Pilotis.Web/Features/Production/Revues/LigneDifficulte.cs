using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

public sealed record LigneDifficulte(
    int Id,
    int OperationId,
    string Numero,
    string Nom,
    string? EpciSiren,
    CategorieBlocage Categorie,
    DateOnly SignaleeLe,
    DateOnly? EscaladeeLe,
    DateOnly? ResolueLe
);
