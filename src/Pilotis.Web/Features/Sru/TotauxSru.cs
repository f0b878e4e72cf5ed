using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Sommes d'un ensemble de communes (ligne de totaux, page EPCI). Aucun calcul de règle ici : des additions.
/// </summary>
public sealed record TotauxSru(
    int Communes,
    long ResidencesPrincipales,
    long LogementsSociaux,
    long LogementsManquants,
    long Objectif,
    long PlaiMinimum,
    long PlsMaximum,
    long Realisees,
    decimal PrelevementBrut,
    decimal PrelevementNet,
    int Carencees
)
{
    /// <summary>Taux de l'ensemble (logements sociaux / résidences principales), par la fonction du domaine.</summary>
    public decimal Taux =>
        ResidencesPrincipales > int.MaxValue ? 0m : CalculSru.Taux((int)ResidencesPrincipales, LogementsSociaux);

    /// <summary>Réalisations de la période rapportées à l'objectif cumulé, 4 décimales ; null sans objectif.</summary>
    public decimal? Atteinte => Objectif > 0 ? ArrondiSru.Taux((decimal)Realisees / Objectif) : null;

    public static TotauxSru De(IReadOnlyCollection<LigneSru> lignes) =>
        new(
            lignes.Count,
            lignes.Sum(l => (long)l.R.ResidencesPrincipales),
            lignes.Sum(l => (long)l.R.LogementsSociauxDecomptes),
            lignes.Sum(l => (long)l.R.LogementsManquants),
            lignes.Sum(l => (long)l.R.ObjectifTriennal),
            lignes.Sum(l => (long)l.R.ObjectifPlaiMinimum),
            lignes.Sum(l => (long)l.R.ObjectifPlsMaximum),
            lignes.Sum(l => (long)l.Realisees),
            lignes.Sum(l => l.R.PrelevementBrut),
            lignes.Sum(l => l.R.PrelevementNet),
            lignes.Count(l => l.Situation.EtatCarence == EtatCarence.Carencee)
        );
}
