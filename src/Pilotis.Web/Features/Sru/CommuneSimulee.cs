using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Une commune simulée : ce qu'on affiche à côté des résultats, et si elle appartient au périmètre choisi.
/// </summary>
public sealed record CommuneSimulee(
    string Code,
    string Nom,
    string? EpciSiren,
    string DepartementCode,
    int ResidencesPrincipales,
    int LogementsSociaux,
    decimal TauxCible,
    decimal DepensesN2,
    decimal DepensesAnnee,
    decimal? CoefficientCarence,
    bool DansPerimetre
)
{
    /// <summary>Taux SRU à l'inventaire (affichage seulement, règle du domaine).</summary>
    public decimal Taux => CalculSru.Taux(ResidencesPrincipales, LogementsSociaux);
}
