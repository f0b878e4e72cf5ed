using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>Une ligne de la liste des opérations (page ou export).</summary>
public sealed record LigneOperation(
    int Id,
    string Numero,
    string Nom,
    string CommuneCode,
    string? EpciSiren,
    int BailleurId,
    NatureOperation Nature,
    StatutOperation Statut,
    int? AnneeProgrammation,
    DateOnly? DateDepot,
    DateOnly? DateDossierComplet,
    DateOnly? DateAgrement,
    DateOnly? DateOuvertureChantier,
    DateOnly? DateLivraison,
    DateOnly? DateMiseEnService,
    decimal PrixDeRevient,
    DateTimeOffset ModifieeLe
);
