using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

/// <summary>Ce que saisit la DDT(M) sur une difficulté (réaffiché tel quel après une erreur).</summary>
public sealed record SaisieDifficulte(
    string? Decision,
    string? Action,
    string? Responsable,
    DateOnly? Echeance,
    string? Resolution
);
