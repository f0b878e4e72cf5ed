using System.Globalization;

namespace Pilotis.Domain.Commun;

/// <summary>
/// La mise en forme française, écrite une fois pour tout Pilotis (pages, exports, explications du domaine, ligne de
/// commande) : la culture fr-FR, l'ordre alphabétique français, les montants en euros, les nombres, les pourcentages
/// et les dates. Les pages la reçoivent par <c>Pilotis.Web.Infrastructure.Affichage</c>.
/// </summary>
public static class Francais
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Ordre alphabétique français sans tenir compte de la casse (« Alès » avant « Uzès »).</summary>
    public static readonly StringComparer Ordre = StringComparer.Create(Culture, ignoreCase: true);

    /// <summary>Montant arrondi à l'euro : « 12 345 € ».</summary>
    public static string Euros(decimal montant) => montant.ToString("N0", Culture) + " €";

    /// <summary>Montant au centime : « 12 345,67 € » (plans de financement, prix de revient).</summary>
    public static string EurosCentimes(decimal montant) => montant.ToString("N2", Culture) + " €";

    /// <summary>
    /// Montant avec ses seules décimales utiles : « 12 345 € », « 1 234,5 € » (explications de la cotation).
    /// </summary>
    public static string Montant(decimal montant) => Valeur(montant) + " €";

    /// <summary>Nombre avec séparateur de milliers et décimales seulement si utiles : « 1 234,5 », « 12 ».</summary>
    public static string Valeur(decimal valeur) => valeur.ToString("#,0.##", Culture);

    /// <summary>Nombre entier avec séparateur de milliers : « 23 000 ».</summary>
    public static string Nombre(decimal valeur) => valeur.ToString("N0", Culture);

    /// <summary>Nombre avec au plus <paramref name="decimales"/> décimales utiles : « 1,5 », « 2 ».</summary>
    public static string Chiffre(decimal valeur, int decimales = 2) =>
        valeur.ToString("0." + new string('#', Math.Max(1, decimales)), Culture);

    /// <summary>Une part (0,25) écrite en pourcentage : « 25 % », « 12,5 % ».</summary>
    public static string Pourcentage(decimal part, int decimales = 2) => Chiffre(part * 100m, decimales) + " %";

    /// <summary>Date légale au format français ; « — » quand elle manque.</summary>
    public static string Date(DateOnly? date) => date is DateOnly d ? d.ToString("dd/MM/yyyy", Culture) : "—";

    /// <summary>Nom du mois en français (« janvier »).</summary>
    public static string NomMois(int mois) => Culture.DateTimeFormat.GetMonthName(mois);

    /// <summary>Longueur au-delà de laquelle une saisie citée dans un message est coupée.</summary>
    public const int LongueurExtrait = 40;

    /// <summary>
    /// Une saisie citée dans un message (« « abc » n'est pas une année ») : coupée à <paramref name="longueur"/>
    /// caractères suivis de « … », retours à la ligne et caractères de contrôle remplacés par une espace. Un texte de
    /// 10 000 caractères recopié tel quel élargissait la page à 62 816 px (ticket 11, point 13).
    /// </summary>
    public static string Extrait(string? valeur, int longueur = LongueurExtrait)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(longueur, 1);
        var texte = (valeur ?? "").Trim();
        if (texte.Any(char.IsControl))
            texte = string.Concat(texte.Select(c => char.IsControl(c) ? ' ' : c));
        if (texte.Length <= longueur)
            return texte;
        // Ne pas couper une paire de substitution (emoji) en deux.
        var coupe = char.IsHighSurrogate(texte[longueur - 1]) ? longueur - 1 : longueur;
        return texte[..coupe].TrimEnd() + "…";
    }

    /// <summary>Fuseau légal des dates (heure de Paris) ; UTC si la machine ne le connaît pas.</summary>
    public static readonly TimeZoneInfo FuseauParis = TrouverParis();

    public static DateTime HeureDeParis(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, FuseauParis).DateTime;

    /// <summary>Le jour civil à Paris d'un instant (échéances, « aujourd'hui »).</summary>
    public static DateOnly JourAParis(DateTimeOffset instant) => DateOnly.FromDateTime(HeureDeParis(instant));

    private static TimeZoneInfo TrouverParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
