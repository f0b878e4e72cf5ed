namespace Pilotis.Domain.Financement;

/// <summary>
/// Les règles de saisie d'une aide locale : un message français par champ fautif (clé = nom du champ). Le périmètre
/// doit être connu du référentiel territorial (la page passe la fonction qui le vérifie).
/// </summary>
public static class ValidationAide
{
    public static Dictionary<string, string> Verifier(SaisieAide s, Func<string, bool> perimetreConnu)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(perimetreConnu);
        var e = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(s.Nom))
            e[nameof(s.Nom)] = "Le nom de l'aide est obligatoire.";
        else if (s.Nom.Trim().Length > Aide.LongueurNomMaximum)
            e[nameof(s.Nom)] = $"Le nom compte {Aide.LongueurNomMaximum} caractères au plus.";
        if (s.TitreCourt is { Length: > Aide.LongueurNomMaximum })
            e[nameof(s.TitreCourt)] = $"Le titre court compte {Aide.LongueurNomMaximum} caractères au plus.";
        if (s.Financeurs.Count == 0)
            e[nameof(s.Financeurs)] = "Indiquez au moins un financeur.";
        if (string.IsNullOrWhiteSpace(s.Perimetre))
            e[nameof(s.Perimetre)] = "Le périmètre est obligatoire (« Gard », « Occitanie », un EPCI ou une commune).";
        else if (!perimetreConnu(s.Perimetre.Trim()))
            e[nameof(s.Perimetre)] =
                $"« {s.Perimetre.Trim()} » n'est ni « France », ni une région, un département, un EPCI ou une commune "
                + "du référentiel (écrivez le nom exact, ex. « CA de Nîmes Métropole »).";
        if (s.Categories.Count == 0)
            e[nameof(s.Categories)] = "Indiquez au moins une thématique (« Logement|Logement social »).";
        if (s.TypesAide.Count == 0)
            e[nameof(s.TypesAide)] = "Indiquez au moins un type d'aide (Subvention, Prêt, Garantie…).";
        if (s.Publics.Count == 0)
            e[nameof(s.Publics)] = "Indiquez au moins un public (« Bailleurs sociaux »).";
        if (s.Description is { Length: > Aide.LongueurTexteMaximum })
            e[nameof(s.Description)] = $"La description compte {Aide.LongueurTexteMaximum} caractères au plus.";
        if (s.Eligibilite is { Length: > Aide.LongueurTexteMaximum })
            e[nameof(s.Eligibilite)] = $"L'éligibilité compte {Aide.LongueurTexteMaximum} caractères au plus.";
        if (s.DateOuverture is { } o && s.DateEcheance is { } f && f < o)
            e[nameof(s.DateEcheance)] = "L'échéance ne peut pas précéder l'ouverture.";
        if (s.TauxMin is < 0 or > 100)
            e[nameof(s.TauxMin)] = "Le taux minimal est un pourcentage entre 0 et 100.";
        if (s.TauxMax is < 0 or > 100)
            e[nameof(s.TauxMax)] = "Le taux maximal est un pourcentage entre 0 et 100.";
        else if (s.TauxMin is { } min and >= 0 and <= 100 && s.TauxMax is { } max && min > max)
            e[nameof(s.TauxMax)] = "Le taux maximal ne peut pas être inférieur au taux minimal.";
        if (s.MontantPret is < 0)
            e[nameof(s.MontantPret)] = "Le montant du prêt ne peut pas être négatif.";
        if (!string.IsNullOrWhiteSpace(s.UrlOrigine) && !UrlValide(s.UrlOrigine))
            e[nameof(s.UrlOrigine)] = "L'adresse doit commencer par https:// ou http://.";
        return e;
    }

    private static bool UrlValide(string url) =>
        url.Length <= 1000
        && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u)
        && (u.Scheme == Uri.UriSchemeHttps || u.Scheme == Uri.UriSchemeHttp);
}
