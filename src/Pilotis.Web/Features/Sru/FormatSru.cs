using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;

namespace Pilotis.Web.Features.Sru;

/// <summary>Mise en forme française des chiffres SRU (les valeurs viennent toutes du calcul du domaine).</summary>
public static class FormatSru
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static string Euros(decimal montant) => montant.ToString("N0", Fr) + " €";

    public static string Nombre(long valeur) => valeur.ToString("N0", Fr);

    public static string Pourcent(decimal? taux) =>
        taux is null ? "—" : (taux.Value * 100m).ToString("0.00", Fr) + " %";

    public static string PourcentCourt(decimal taux) => (taux * 100m).ToString("0.##", Fr) + " %";

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";
}
