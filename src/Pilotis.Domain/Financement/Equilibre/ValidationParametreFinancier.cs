using Pilotis.Domain.Commun;

namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Lecture et contrôle d'une nouvelle valeur datée d'un paramètre : les taux se saisissent en pourcentage (« 1,7 »
/// pour 1,7 %), le reste dans son unité ; bornes du catalogue, date lisible, source obligatoire.
/// </summary>
public static class ValidationParametreFinancier
{
    public static decimal VersSaisie(DefinitionParametreFinancier d, decimal valeur)
    {
        ArgumentNullException.ThrowIfNull(d);
        return d.Unite == UniteParametre.Taux ? valeur * 100m : valeur;
    }

    public static (ParametreFinancier? Ligne, IReadOnlyList<ErreurChamp> Erreurs) Lire(
        DefinitionParametreFinancier d,
        string? valeur,
        string? date,
        string? source,
        bool aConfirmer
    )
    {
        ArgumentNullException.ThrowIfNull(d);
        var erreurs = new List<ErreurChamp>();
        var unite = d.Unite == UniteParametre.Taux ? "%" : Unite(d.Unite);
        decimal lue = 0m;
        if (!LectureValeurs.Nombre(valeur?.Replace("%", "", StringComparison.Ordinal), out var saisie))
            erreurs.Add(new("Valeur", $"Indiquez la valeur en {unite} (par exemple 1,7)."));
        else
        {
            lue = d.Unite == UniteParametre.Taux ? saisie / 100m : saisie;
            if (lue < d.Minimum || lue > d.Maximum)
                erreurs.Add(
                    new(
                        "Valeur",
                        $"La valeur doit être comprise entre {Francais.Valeur(VersSaisie(d, d.Minimum))} et "
                            + $"{Francais.Valeur(VersSaisie(d, d.Maximum))} {unite}."
                    )
                );
            else if (d.Unite == UniteParametre.Annees && lue != Math.Floor(lue))
                erreurs.Add(new("Valeur", "Une durée se saisit en années entières."));
        }
        if (string.IsNullOrWhiteSpace(date))
            erreurs.Add(new("ValideDepuis", "Indiquez la date d'effet (JJ/MM/AAAA)."));
        else if (!LectureValeurs.Date(date, out _))
            erreurs.Add(new("ValideDepuis", LectureValeurs.ErreurDate(date)!));
        LectureValeurs.Date(date, out var depuis);
        var texte = source?.Trim() ?? "";
        if (texte.Length == 0)
            erreurs.Add(new("Source", "Indiquez la source : texte officiel (arrêté, avis, article) ou hypothèse."));
        else if (texte.Length > ParametreFinancier.LongueurSourceMaximum)
            erreurs.Add(new("Source", $"La source dépasse {ParametreFinancier.LongueurSourceMaximum} caractères."));
        if (erreurs.Count > 0)
            return (null, erreurs);
        return (
            new ParametreFinancier
            {
                Code = d.Code,
                Valeur = lue,
                ValideDepuis = depuis,
                Source = texte,
                AConfirmer = aConfirmer,
            },
            erreurs
        );
    }

    public static string Unite(UniteParametre unite) =>
        unite switch
        {
            UniteParametre.Taux => "%",
            UniteParametre.EurosParM2 => "€/m² SU par mois",
            UniteParametre.EurosParLogement => "€ par logement",
            UniteParametre.Annees => "ans",
            _ => "",
        };

    /// <summary>La valeur telle que la page l'affiche : « 1,7 % », « 6,08 €/m² SU par mois », « 25 ans ».</summary>
    public static string Affichage(DefinitionParametreFinancier d, decimal valeur)
    {
        ArgumentNullException.ThrowIfNull(d);
        var texte = Francais.Chiffre(VersSaisie(d, valeur), 4);
        var unite = Unite(d.Unite);
        return unite.Length == 0 ? texte : $"{texte} {unite}";
    }
}
