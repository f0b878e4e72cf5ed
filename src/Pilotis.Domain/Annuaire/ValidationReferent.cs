using Pilotis.Domain.Commun;

namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Les refus d'une fiche de l'annuaire, un message par champ : nom obligatoire, au moins un moyen de contact, courriel
/// et téléphone bien formés, longueurs bornées (un texte trop long est refusé, jamais coupé).
/// </summary>
public static class ValidationReferent
{
    public static IReadOnlyList<ErreurChamp> Erreurs(Referent r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var erreurs = new List<ErreurChamp>();
        if (string.IsNullOrWhiteSpace(r.Nom))
            erreurs.Add(new("Nom", "Indiquez le nom du référent."));
        Longueur(erreurs, "Nom", "Le nom", r.Nom, Referent.LongueurNomMaximum);
        Longueur(erreurs, "Fonction", "La fonction", r.Fonction, Referent.LongueurFonctionMaximum);
        Longueur(erreurs, "Courriel", "Le courriel", r.Courriel, Referent.LongueurCourrielMaximum);
        Longueur(
            erreurs,
            "Disponibilite",
            "Les disponibilités",
            r.Disponibilite,
            Referent.LongueurDisponibiliteMaximum
        );
        if (!Enum.IsDefined(r.Theme))
            erreurs.Add(new("Theme", "Choisissez un thème de la liste."));
        if (!Enum.IsDefined(r.Visibilite))
            erreurs.Add(new("Visibilite", "Choisissez qui voit la fiche : tout le monde ou les comptes connectés."));
        if (string.IsNullOrWhiteSpace(r.Courriel) && string.IsNullOrWhiteSpace(r.Telephone))
            erreurs.Add(new("Courriel", "Indiquez au moins un courriel ou un téléphone."));
        if (!string.IsNullOrWhiteSpace(r.Courriel) && !CourrielValide(r.Courriel))
            erreurs.Add(new("Courriel", $"« {Francais.Extrait(r.Courriel)} » n'est pas une adresse électronique."));
        if (!string.IsNullOrWhiteSpace(r.Telephone) && !TelephoneValide(r.Telephone))
            erreurs.Add(
                new(
                    "Telephone",
                    "Le téléphone s'écrit avec des chiffres, espaces, points, tirets ou « + » (ex. 04 66 …)."
                )
            );
        return erreurs;
    }

    /// <summary>Une adresse « local@domaine.tld » sans espace (la vérification complète est l'envoi).</summary>
    public static bool CourrielValide(string courriel)
    {
        ArgumentNullException.ThrowIfNull(courriel);
        var arobase = courriel.IndexOf('@', StringComparison.Ordinal);
        return arobase > 0
            && arobase == courriel.LastIndexOf('@')
            && courriel.IndexOf('.', arobase) > arobase + 1
            && !courriel.EndsWith('.')
            && !courriel.Any(char.IsWhiteSpace);
    }

    /// <summary>Entre 4 et 30 caractères, chiffres, espaces, points, tirets, parenthèses et un « + » initial.</summary>
    public static bool TelephoneValide(string telephone)
    {
        ArgumentNullException.ThrowIfNull(telephone);
        var t = telephone.Trim();
        return t.Length is >= 4 and <= Referent.LongueurTelephoneMaximum
            && t.Count(char.IsAsciiDigit) >= 4
            && t.Select((c, i) => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '(' or ')' || (c == '+' && i == 0))
                .All(x => x);
    }

    private static void Longueur(List<ErreurChamp> erreurs, string champ, string libelle, string? valeur, int maximum)
    {
        if (valeur is not null && valeur.Length > maximum)
            erreurs.Add(new(champ, MessagesSaisie.TropLong(libelle, maximum)));
    }
}
