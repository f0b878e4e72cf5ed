namespace Pilotis.Domain.Production.Lissage;

/// <summary>
/// Agréments d'une année mois par mois (seed 000 : deux tiers des agréments après le 1er novembre).
/// Un lot compte dans le mois de sa date d'agrément ; une opération compte une fois par mois même avec plusieurs lots ;
/// les opérations annulées ou supprimées ne comptent pas (contrat de GET /api/v1/statistiques/production/lissage).
/// </summary>
public sealed record TableauLissage(int Annee, IReadOnlyList<MoisLissage> Mois)
{
    public int LogementsAgreesTotal => Mois.Sum(m => m.LogementsAgrees);

    /// <summary>(novembre + décembre) / année, en logements ; 0 quand l'année n'en compte aucun.</summary>
    public double PartLogementsAgreesApres1erNovembre =>
        LogementsAgreesTotal == 0
            ? 0d
            : (double)(Mois[10].LogementsAgrees + Mois[11].LogementsAgrees) / LogementsAgreesTotal;

    /// <summary>Cumul des logements agréés à la fin de chaque mois.</summary>
    public IReadOnlyList<int> Cumul
    {
        get
        {
            var cumul = new int[12];
            var somme = 0;
            for (var i = 0; i < 12; i++)
            {
                somme += Mois[i].LogementsAgrees;
                cumul[i] = somme;
            }
            return cumul;
        }
    }

    /// <summary>Cible linéaire : un douzième de l'objectif annuel par mois, en cumul.</summary>
    public static IReadOnlyList<decimal> CibleLineaire(int objectifAnnuel) =>
        Enumerable
            .Range(1, 12)
            .Select(m => Math.Round(objectifAnnuel * m / 12m, 1, MidpointRounding.AwayFromZero))
            .ToList();

    /// <summary>Complète les mois absents d'une agrégation SQL : toujours 12 mois, dans l'ordre.</summary>
    public static TableauLissage Depuis(int annee, IEnumerable<MoisLissage> mois)
    {
        var parMois = mois.ToDictionary(m => m.Mois);
        return new TableauLissage(
            annee,
            Enumerable
                .Range(1, 12)
                .Select(m => parMois.TryGetValue(m, out var v) ? v : new MoisLissage(m, 0, 0))
                .ToList()
        );
    }
}
