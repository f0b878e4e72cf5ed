using System.Globalization;

namespace Pilotis.Web.Infrastructure;

/// <summary>
/// Ce que les pages et les exports affichent, écrit une fois : la culture française, l'heure de Paris, les euros, les
/// nombres, les pourcentages et les dates. Les formats eux-mêmes viennent de <see cref="Francais"/> (noyau du domaine),
/// pour que les explications calculées dans le domaine et les pages écrivent un montant de la même façon.
/// </summary>
public static class Affichage
{
    public static CultureInfo Fr => Francais.Culture;

    public static TimeZoneInfo FuseauParis => Francais.FuseauParis;

    public static DateTime HeureDeParis(DateTimeOffset instant) => Francais.HeureDeParis(instant);

    public static DateOnly JourAParis(DateTimeOffset instant) => Francais.JourAParis(instant);

    public static string DateHeure(DateTimeOffset instant) => HeureDeParis(instant).ToString("dd/MM/yyyy HH:mm", Fr);

    public static string Jour(DateTimeOffset instant) => HeureDeParis(instant).ToString("dd/MM/yyyy", Fr);

    public static string Date(DateOnly? date) => Francais.Date(date);

    public static string Euros(decimal montant) => Francais.Euros(montant);

    public static string EurosCentimes(decimal montant) => Francais.EurosCentimes(montant);

    public static string Nombre(decimal valeur) => Francais.Nombre(valeur);

    public static string Chiffre(decimal valeur, int decimales = 2) => Francais.Chiffre(valeur, decimales);

    public static string Pourcentage(decimal part, int decimales = 2) => Francais.Pourcentage(part, decimales);

    public static string NomMois(int mois) => Francais.NomMois(mois);
}
