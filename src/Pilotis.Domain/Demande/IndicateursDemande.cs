namespace Pilotis.Domain.Demande;

/// <summary>Indicateurs des tableaux de bord de la demande : ancienneté, pression, libellés.</summary>
public static class IndicateursDemande
{
    /// <summary>Limite basse (date de dépôt la plus récente exclue) de chaque tranche, en mois avant
    /// aujourd'hui.</summary>
    public static readonly IReadOnlyList<(TrancheAnciennete Tranche, int MoisMinimum)> Tranches =
    [
        (TrancheAnciennete.MoinsDe6Mois, 0),
        (TrancheAnciennete.De6A12Mois, 6),
        (TrancheAnciennete.De1A2Ans, 12),
        (TrancheAnciennete.De2A3Ans, 24),
        (TrancheAnciennete.De3A5Ans, 36),
        (TrancheAnciennete.CinqAnsEtPlus, 60),
    ];

    /// <summary>Tranche d'une demande déposée à <paramref name="depot"/> : une demande déposée il y a exactement 6 mois
    /// a « 6 à 12 mois ».</summary>
    public static TrancheAnciennete Tranche(DateOnly depot, DateOnly aujourdhui)
    {
        var resultat = TrancheAnciennete.MoinsDe6Mois;
        foreach (var (tranche, mois) in Tranches)
        {
            if (depot <= aujourdhui.AddMonths(-mois))
                resultat = tranche;
        }
        return resultat;
    }

    public static string Libelle(this TrancheAnciennete t) =>
        t switch
        {
            TrancheAnciennete.MoinsDe6Mois => "Moins de 6 mois",
            TrancheAnciennete.De6A12Mois => "6 à 12 mois",
            TrancheAnciennete.De1A2Ans => "1 à 2 ans",
            TrancheAnciennete.De2A3Ans => "2 à 3 ans",
            TrancheAnciennete.De3A5Ans => "3 à 5 ans",
            _ => "5 ans et plus",
        };

    /// <summary>
    /// Pression : demandes en attente par attribution des douze derniers mois (indicateur usuel des observatoires de la
    /// demande). Sans attribution sur la période, la pression n'est pas calculable (null), plutôt qu'infinie.
    /// </summary>
    public static decimal? Pression(int demandesActives, int attributions12Mois) =>
        attributions12Mois <= 0
            ? null
            : Math.Round((decimal)demandesActives / attributions12Mois, 1, MidpointRounding.AwayFromZero);

    /// <summary>Ancienneté en mois entre un mois de dépôt (année × 12 + mois) et aujourd'hui.</summary>
    public static decimal AncienneteMois(double moisDepotMoyen, DateOnly aujourdhui) =>
        Math.Round(
            (decimal)(aujourdhui.Year * 12 + aujourdhui.Month - moisDepotMoyen),
            1,
            MidpointRounding.AwayFromZero
        );

    /// <summary>Libellé long des typologies (tableaux de bord), depuis <see
    /// cref="CodesDemande.TypologiesCodes"/>.</summary>
    public static string Libelle(this Typologies t) => CodesDemande.Libelles(CodesDemande.TypologiesCodes, t);

    /// <summary>Lettre et libellé court des critères de l'article L441-1 du CCH, depuis <see
    /// cref="CodesDemande.Criteres"/>.</summary>
    public static string Libelle(this CriteresPrioritaires c) =>
        CodesDemande.Libelles(CodesDemande.Criteres, c, courts: true);
}
