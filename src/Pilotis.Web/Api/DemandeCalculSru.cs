using System.Text.Json;
using Pilotis.Domain.Sru;
using Pilotis.Web.Infrastructure;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>
/// Entrée du simulateur public (tous les champs sont lus comme facultatifs pour nommer ceux qui manquent).
/// </summary>
public sealed record DemandeCalculSru(
    int? ResidencesPrincipales,
    int? LogementsSociaux,
    decimal? TauxCible,
    decimal? PotentielFiscalParHabitant,
    decimal? DepensesReellesFonctionnement,
    decimal? DepensesDeductibles,
    bool? CouverteParPlh,
    decimal? TauxPlafond
);
