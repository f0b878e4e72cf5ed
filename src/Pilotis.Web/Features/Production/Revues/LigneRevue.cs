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

public sealed record LigneRevue(
    int Id,
    string EpciSiren,
    string EpciNom,
    int Annee,
    int Numero,
    DateOnly Date,
    StatutRevue Statut,
    int DifficultesOuvertes
);
