using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

/// <summary>L'opération d'une difficulté, telle que l'affichent les pages des revues.</summary>
public sealed record OperationDifficulte(
    int Id,
    string Numero,
    string Nom,
    string CommuneCode,
    string? CommuneNom,
    string? EpciSiren,
    string Bailleur,
    StatutOperation Statut,
    Cible Cible
);
