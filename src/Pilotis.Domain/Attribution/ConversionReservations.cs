using Pilotis.Domain.Commun;

namespace Pilotis.Domain.Attribution;

/// <summary>
/// Conversion des réservations en stock en part du flux (loi ELAN, décret n° 2020-145 du 20 février 2020 ; CCH
/// R441-5) :
/// les logements réservés libèrent chaque année « réservations × taux de rotation » logements ; rapportés au flux
/// annuel
/// prévisionnel du bailleur, ils donnent la part équivalente du flux.
/// Arrondi : libérations au dixième de logement et part au dixième de point, l'un et l'autre au plus proche (le demi
/// s'arrondit vers le haut) ; la part est calculée sur les libérations non arrondies.
/// </summary>
public static class ConversionReservations
{
    /// <summary>Le calcul, ou null quand une donnée manque (taux de rotation, flux prévisionnel nul).</summary>
    public static ResultatConversion? Calculer(int reservations, decimal? tauxRotation, int? fluxPrevisionnel)
    {
        if (reservations <= 0 || tauxRotation is not (> 0m and <= 100m) || fluxPrevisionnel is not > 0)
            return null;
        var liberations = reservations * tauxRotation.Value / 100m;
        var part = liberations / fluxPrevisionnel.Value * 100m;
        var liberationsArrondies = Math.Round(liberations, 1, MidpointRounding.AwayFromZero);
        var partArrondie = Math.Round(part, 1, MidpointRounding.AwayFromZero);
        var phrase =
            $"{Francais.Nombre(reservations)} logement{(reservations > 1 ? "s" : "")} réservé"
            + $"{(reservations > 1 ? "s" : "")} × {Francais.Valeur(tauxRotation.Value)} % de rotation = "
            + $"{Dixieme(liberationsArrondies)} libération{(liberationsArrondies > 1 ? "s" : "")} par an, sur un flux "
            + $"prévisionnel de {Francais.Nombre(fluxPrevisionnel.Value)} : {Dixieme(partArrondie)} %";
        return new ResultatConversion(liberationsArrondies, partArrondie, phrase);
    }

    /// <summary>Un nombre au dixième, zéro compris (« 3,0 »), comme on l'écrit pour un taux.</summary>
    private static string Dixieme(decimal valeur) => valeur.ToString("#,0.0", Francais.Culture);
}
