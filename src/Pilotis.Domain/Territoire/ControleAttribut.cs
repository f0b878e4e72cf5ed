namespace Pilotis.Domain.Territoire;

/// <summary>Contrôle d'un attribut daté avant enregistrement ; chaque message nomme le champ fautif.</summary>
public static class ControleAttribut
{
    /// <summary>
    /// Les zonages datent au plus tôt de 1978 (arrêté du 17 mars 1978) : une date antérieure est une erreur de saisie.
    /// </summary>
    public static readonly DateOnly DatePlancher = new(1978, 1, 1);

    public static IReadOnlyList<(string Champ, string Message)> Valider(
        NatureAttribut? nature,
        string? valeur,
        DateOnly? valideDepuis,
        string? source
    )
    {
        var erreurs = new List<(string, string)>();
        if (nature is null)
        {
            erreurs.Add(
                (
                    "attribut",
                    "Attribut inconnu : valeurs admises "
                        + string.Join(", ", Enum.GetValues<NatureAttribut>().Select(n => n.CodeFichier()))
                        + "."
                )
            );
        }
        else if (ValeursAttributs.Canonique(nature.Value, valeur) is null)
        {
            erreurs.Add(
                (
                    "valeur",
                    $"Valeur « {Francais.Extrait(valeur)} » non admise pour {nature.Value.LibelleNature()} : "
                        + "valeurs admises "
                        + string.Join(", ", ValeursAttributs.Admises[nature.Value].Keys)
                        + "."
                )
            );
        }
        if (valideDepuis is null)
            erreurs.Add(("valide_depuis", "Date d'effet manquante ou invalide (format AAAA-MM-JJ)."));
        else if (valideDepuis < DatePlancher)
            erreurs.Add(
                ("valide_depuis", $"Date d'effet {valideDepuis:yyyy-MM-dd} antérieure à 1978 : vérifiez la saisie.")
            );
        if (string.IsNullOrWhiteSpace(source))
            erreurs.Add(("source", "La source (arrêté, décret, liste officielle) est obligatoire."));
        else if (source.Length > 300)
            erreurs.Add(("source", "La source ne doit pas dépasser 300 caractères."));
        return erreurs;
    }
}
