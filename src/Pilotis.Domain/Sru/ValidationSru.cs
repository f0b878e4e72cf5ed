using System.Globalization;

namespace Pilotis.Domain.Sru;

/// <summary>
/// Checks a <see cref="DonneesCalculSru"/> before <see cref="CalculSru.Calculer"/>: every problem
/// is reported (not only the first), each with its field, so a form or the API shows them all.
/// </summary>
public static class ValidationSru
{
    /// <summary>
    /// Sanity bounds, not legal figures: the largest French commune has about 1.1 million
    /// résidences principales and the largest municipal budget is about 10 billion euros. They
    /// keep absurd input out and make decimal overflow impossible in the levy product.
    /// </summary>
    public const int ResidencesPrincipalesMaximum = 5_000_000;

    /// <summary>Upper bound for any amount in euros (1,000 billion).</summary>
    public const decimal MontantMaximum = 1_000_000_000_000m;

    /// <summary>Upper bound for the potentiel fiscal per inhabitant, euros.</summary>
    public const decimal PotentielFiscalParHabitantMaximum = 1_000_000m;

    /// <summary>Every problem of <paramref name="donnees"/>; empty when the computation can run.</summary>
    public static IReadOnlyList<ErreurChamp> Valider(in DonneesCalculSru donnees, ParametresSru parametres)
    {
        ArgumentNullException.ThrowIfNull(parametres);
        var erreurs = new List<ErreurChamp>();
        ValiderResidencesPrincipales(erreurs, donnees);
        ValiderInventaire(erreurs, donnees, parametres);
        ValiderFinances(erreurs, donnees);
        ValiderCarenceEtRang(erreurs, donnees, parametres);
        return erreurs;
    }

    private static void ValiderResidencesPrincipales(List<ErreurChamp> erreurs, in DonneesCalculSru donnees)
    {
        var rp = donnees.ResidencesPrincipales;
        if (rp <= 0)
        {
            erreurs.Add(
                new(
                    ChampsSru.ResidencesPrincipales,
                    "Le nombre de résidences principales doit être strictement positif."
                )
            );
        }
        else if (rp > ResidencesPrincipalesMaximum)
        {
            erreurs.Add(
                new(
                    ChampsSru.ResidencesPrincipales,
                    $"Le nombre de résidences principales ne peut pas dépasser {Nombre(ResidencesPrincipalesMaximum)}."
                )
            );
        }
    }

    /// <summary>Chaque catégorie est positive ; le total décompté ne dépasse pas les résidences principales.</summary>
    private static void ValiderInventaire(
        List<ErreurChamp> erreurs,
        in DonneesCalculSru donnees,
        ParametresSru parametres
    )
    {
        var inventaire = donnees.LogementsSociaux;
        var categoriesValides = true;
        categoriesValides &= PositifOuNul(
            erreurs,
            ChampsSru.LogementsSociauxPlai,
            inventaire.Plai,
            "Le nombre de logements PLAI"
        );
        categoriesValides &= PositifOuNul(
            erreurs,
            ChampsSru.LogementsSociauxPlus,
            inventaire.Plus,
            "Le nombre de logements PLUS"
        );
        categoriesValides &= PositifOuNul(
            erreurs,
            ChampsSru.LogementsSociauxPls,
            inventaire.Pls,
            "Le nombre de logements PLS"
        );
        categoriesValides &= PositifOuNul(
            erreurs,
            ChampsSru.LogementsSociauxPlacesFoyer,
            inventaire.PlacesFoyer,
            "Le nombre de places en logement-foyer"
        );
        categoriesValides &= PositifOuNul(
            erreurs,
            ChampsSru.LogementsSociauxPslaBrs,
            inventaire.PslaBrs,
            "Le nombre de logements PSLA ou BRS"
        );
        // A non-broken-down inventory is carried in Autres: report it under the API's single field.
        var champAutres = EstNonVentile(inventaire) ? ChampsSru.LogementsSociaux : ChampsSru.LogementsSociauxAutres;
        categoriesValides &= PositifOuNul(
            erreurs,
            champAutres,
            inventaire.Autres,
            champAutres == ChampsSru.LogementsSociaux
                ? "Le nombre de logements sociaux"
                : "Le nombre d'autres logements décomptés"
        );
        var rp = donnees.ResidencesPrincipales;
        if (categoriesValides && rp > 0)
        {
            var total = inventaire.Total(parametres.PlacesFoyerParLogement);
            if (total > rp)
            {
                erreurs.Add(
                    new(
                        ChampsSru.LogementsSociaux,
                        $"Le nombre de logements sociaux décomptés ({Nombre(total)}) ne peut pas dépasser "
                            + $"le nombre de résidences principales ({Nombre(rp)})."
                    )
                );
            }
        }
    }

    /// <summary>Taux cible, montants, taux de plafonnement et potentiel fiscal médian.</summary>
    private static void ValiderFinances(List<ErreurChamp> erreurs, in DonneesCalculSru donnees)
    {
        if (donnees.TauxCible is < 0m or > 1m)
        {
            erreurs.Add(
                new(ChampsSru.TauxCible, "Le taux cible doit être compris entre 0 et 1 (par exemple 0,25 pour 25 %).")
            );
        }
        Montant(
            erreurs,
            ChampsSru.PotentielFiscalParHabitant,
            donnees.PotentielFiscalParHabitant,
            PotentielFiscalParHabitantMaximum,
            "Le potentiel fiscal par habitant"
        );
        Montant(
            erreurs,
            ChampsSru.DepensesReellesFonctionnement,
            donnees.DepensesReellesFonctionnement,
            MontantMaximum,
            "Le montant des dépenses réelles de fonctionnement"
        );
        Montant(
            erreurs,
            ChampsSru.DepensesDeductibles,
            donnees.DepensesDeductibles,
            MontantMaximum,
            "Le montant des dépenses déductibles"
        );
        if (donnees.TauxPlafond is decimal plafond && plafond is < 0m or > 1m)
        {
            erreurs.Add(
                new(
                    ChampsSru.TauxPlafond,
                    "Le taux de plafonnement doit être compris entre 0 et 1 (par exemple 0,05 pour 5 %)."
                )
            );
        }
        if (
            donnees.PotentielFiscalMedian is decimal mediane
            && (mediane <= 0m || mediane > PotentielFiscalParHabitantMaximum)
        )
        {
            erreurs.Add(
                new(
                    ChampsSru.PotentielFiscalMedian,
                    "Le potentiel fiscal médian doit être strictement positif et au plus "
                        + $"{Nombre(PotentielFiscalParHabitantMaximum)} €."
                )
            );
        }
    }

    private static void ValiderCarenceEtRang(
        List<ErreurChamp> erreurs,
        in DonneesCalculSru donnees,
        ParametresSru parametres
    )
    {
        if (
            donnees.CoefficientMajorationCarence is decimal coefficient
            && (coefficient < 1m || coefficient > parametres.CoefficientMajorationCarenceMaximum)
        )
        {
            erreurs.Add(
                new(
                    ChampsSru.CoefficientMajorationCarence,
                    "Le coefficient de majoration de carence doit être compris entre 1 et "
                        + $"{Nombre(parametres.CoefficientMajorationCarenceMaximum)} (CCH L302-9-1)."
                )
            );
        }
        if (donnees.RangPeriodeNouvellementSoumise is int rang && rang < 1)
        {
            erreurs.Add(
                new(ChampsSru.RangPeriodeNouvellementSoumise, "Le rang de la période triennale doit être au moins 1.")
            );
        }
    }

    /// <summary>Errors grouped by field, the shape of <c>ValidationProblemDetails.Errors</c>.</summary>
    public static Dictionary<string, string[]> ParChamp(this IEnumerable<ErreurChamp> erreurs)
    {
        ArgumentNullException.ThrowIfNull(erreurs);
        var resultat = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var groupe in erreurs.GroupBy(e => e.Champ, StringComparer.Ordinal))
        {
            resultat[groupe.Key] = groupe.Select(e => e.Message).ToArray();
        }
        return resultat;
    }

    private static bool EstNonVentile(in InventaireLogementsSociaux i) =>
        i.Plai == 0 && i.Plus == 0 && i.Pls == 0 && i.PlacesFoyer == 0 && i.PslaBrs == 0;

    private static bool PositifOuNul(List<ErreurChamp> erreurs, string champ, int valeur, string libelle)
    {
        if (valeur >= 0)
        {
            return true;
        }
        erreurs.Add(new(champ, $"{libelle} doit être positif ou nul."));
        return false;
    }

    private static void Montant(
        List<ErreurChamp> erreurs,
        string champ,
        decimal valeur,
        decimal maximum,
        string libelle
    )
    {
        if (valeur < 0m)
        {
            erreurs.Add(new(champ, $"{libelle} doit être positif ou nul."));
        }
        else if (valeur > maximum)
        {
            erreurs.Add(new(champ, $"{libelle} ne peut pas dépasser {Nombre(maximum)} €."));
        }
    }

    /// <summary>French thousands grouping with a no-break space, independent of the server's culture data.</summary>
    internal static string Nombre(decimal valeur) =>
        valeur.ToString("#,0.##", CultureInfo.InvariantCulture).Replace(',', '\u00A0').Replace('.', ',');
}
