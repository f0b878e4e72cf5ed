using System.Globalization;
using Pilotis.Domain.Commun;

namespace Pilotis.Domain.Information;

/// <summary>
/// Lecture d'un changement de statut d'une proposition nationale : un statut connu, une date (JJ/MM/AAAA) qui n'est
/// pas dans le futur, un commentaire facultatif borné. Un message en français par champ.
/// </summary>
public static class ValidationSuiviProposition
{
    public static (StatutProposition Statut, DateOnly Date, string? Commentaire, List<ErreurChamp> Erreurs) Lire(
        string? statut,
        string? date,
        string? commentaire,
        DateOnly aujourdhui
    )
    {
        var erreurs = new List<ErreurChamp>();
        var s = LibellesInformation.Statut(statut?.Trim());
        if (s is null)
            erreurs.Add(new("Statut", "Choisissez un statut : proposée, portée au national, reprise ou abandonnée."));
        var jour = default(DateOnly);
        if (string.IsNullOrWhiteSpace(date))
            erreurs.Add(new("Date", "La date est obligatoire (JJ/MM/AAAA)."));
        else if (
            !DateOnly.TryParseExact(
                date.Trim(),
                "dd/MM/yyyy",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out jour
            )
            && !DateOnly.TryParseExact(
                date.Trim(),
                "yyyy-MM-dd",
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out jour
            )
        )
            erreurs.Add(new("Date", "La date doit s'écrire JJ/MM/AAAA (exemple : 15/03/2026)."));
        else if (jour > aujourdhui)
            erreurs.Add(new("Date", "La date ne peut pas être dans le futur."));
        var texte = string.IsNullOrWhiteSpace(commentaire) ? null : commentaire.Trim();
        if (texte?.Length > SuiviPropositionNationale.LongueurCommentaireMaximum)
            erreurs.Add(
                new(
                    "Commentaire",
                    $"Le commentaire dépasse {SuiviPropositionNationale.LongueurCommentaireMaximum} caractères."
                )
            );
        return (s ?? StatutProposition.Proposee, jour, texte, erreurs);
    }
}
