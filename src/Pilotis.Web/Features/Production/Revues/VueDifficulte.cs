using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

/// <summary>Une difficulté à afficher (fiche ou ordre du jour d'une revue).</summary>
public sealed record VueDifficulte(
    Difficulte Difficulte,
    OperationDifficulte Operation,
    IReadOnlyList<(SuiviDifficulte Suivi, int? NumeroRevue)> Suivis,
    bool PeutAnimer,
    int? RevueId,
    SaisieDifficulte? Saisie = null
);
