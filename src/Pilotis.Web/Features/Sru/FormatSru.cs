using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>Mise en forme française des chiffres SRU (les valeurs viennent toutes du calcul du domaine).</summary>
public static class FormatSru
{
    public static string Euros(decimal montant) => Affichage.Euros(montant);

    public static string Nombre(long valeur) => Affichage.Nombre(valeur);

    public static string Pourcent(decimal? taux) =>
        taux is null ? "—" : (taux.Value * 100m).ToString("0.00", Affichage.Fr) + " %";

    public static string PourcentCourt(decimal taux) => Affichage.Pourcentage(taux);

    public static string Date(DateOnly? date) => Affichage.Date(date);
}
