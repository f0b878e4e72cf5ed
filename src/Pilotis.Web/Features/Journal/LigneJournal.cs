using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Journal;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Journal;

public sealed record LigneJournal(
    long Id,
    DateTimeOffset Quand,
    string Auteur,
    string? Organisation,
    string Action,
    string Entite,
    string? EntiteId,
    string? Avant,
    string? Apres
);
