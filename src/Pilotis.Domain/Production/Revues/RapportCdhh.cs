namespace Pilotis.Domain.Production.Revues;

/// <summary>Rapport annuel au comité départemental de l'habitat et de l'hébergement (CDHH, CCH R364-1 et s.).</summary>
public sealed record RapportCdhh(
    int Annee,
    int Revues,
    int OperationsExaminees,
    IReadOnlyDictionary<CategorieBlocage, int> BlocagesParCategorie,
    int Escalades,
    int Resolues,
    int AtteignentAgrement,
    int OuvrentChantier,
    int SontLivrees
)
{
    /// <summary>
    /// Opérations examinées qui franchissent au moins une étape dans l'année (agrément, ouverture du chantier ou
    /// livraison), chacune comptée une fois : l'indicateur S1 de la feuille de route.
    /// </summary>
    public int Reussissent { get; init; }

    /// <summary>
    /// « Opérations qui réussissent » (seed 001, solution 1) : parmi les opérations examinées en revue,
    /// celles qui atteignent l'agrément, l'ouverture du chantier ou la livraison pendant l'année.
    /// </summary>
    public static RapportCdhh Calculer(
        int annee,
        int revues,
        IReadOnlyList<DifficulteRapport> difficultes,
        IReadOnlyList<OperationSuivie> operations
    )
    {
        ArgumentNullException.ThrowIfNull(difficultes);
        ArgumentNullException.ThrowIfNull(operations);
        var delAnnee = difficultes
            .Where(d =>
                d.SignaleeLe.Year == annee
                || (d.SignaleeLe.Year < annee && (d.ResolueLe is null || d.ResolueLe.Value.Year >= annee))
            )
            .ToList();
        var examinees = delAnnee.Select(d => d.OperationId).ToHashSet();
        var suivies = operations.Where(o => examinees.Contains(o.OperationId) && !o.Statut.EstSortie()).ToList();
        return new RapportCdhh(
            annee,
            revues,
            examinees.Count,
            Enum.GetValues<CategorieBlocage>().ToDictionary(c => c, c => delAnnee.Count(d => d.Categorie == c)),
            delAnnee.Count(d => d.EscaladeeLe?.Year == annee),
            delAnnee.Count(d => d.ResolueLe?.Year == annee),
            suivies.Count(o => o.Agrement?.Year == annee),
            suivies.Count(o => o.OuvertureChantier?.Year == annee),
            suivies.Count(o => o.Livraison?.Year == annee)
        )
        {
            Reussissent = suivies.Count(o =>
                o.Agrement?.Year == annee || o.OuvertureChantier?.Year == annee || o.Livraison?.Year == annee
            ),
        };
    }
}
