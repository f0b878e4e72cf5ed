using System.Globalization;
using Pilotis.Domain.Commun;

namespace Pilotis.Domain.Information;

/// <summary>
/// Lecture de la cible saisie par la DDTM pour un indicateur : un nombre positif (virgule ou point), au plus 100 pour
/// un pourcentage et 5 pour une note sur 5, une année plausible. Un message en français par champ.
/// </summary>
public static class ValidationObjectif
{
    public const int AnneeMinimum = 2020;
    public const int AnneeMaximum = 2100;
    public const decimal ValeurMaximum = 1_000_000_000m;

    public static (decimal? Cible, List<ErreurChamp> Erreurs) Lire(
        IndicateurFeuilleDeRoute indicateur,
        int annee,
        string? saisie
    )
    {
        ArgumentNullException.ThrowIfNull(indicateur);
        var erreurs = new List<ErreurChamp>();
        if (annee is < AnneeMinimum or > AnneeMaximum)
            erreurs.Add(new("Annee", $"L'année doit être comprise entre {AnneeMinimum} et {AnneeMaximum}."));
        var texte = saisie?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace(',', '.');
        if (string.IsNullOrEmpty(texte))
        {
            erreurs.Add(new("Cible", "La cible est obligatoire."));
            return (null, erreurs);
        }
        if (!decimal.TryParse(texte, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cible))
        {
            erreurs.Add(new("Cible", "La cible doit être un nombre positif (exemple : 12 ou 12,5)."));
            return (null, erreurs);
        }
        var maximum = indicateur.Unite switch
        {
            UnitesIndicateur.Pourcentage => 100m,
            UnitesIndicateur.SurCinq => 5m,
            _ => ValeurMaximum,
        };
        if (cible > maximum)
        {
            var texteMaximum = maximum.ToString("0.##", CultureInfo.GetCultureInfo("fr-FR"));
            erreurs.Add(new("Cible", $"La cible ne peut pas dépasser {texteMaximum} ({indicateur.Unite})."));
        }
        return (erreurs.Count == 0 ? cible : null, erreurs);
    }
}
