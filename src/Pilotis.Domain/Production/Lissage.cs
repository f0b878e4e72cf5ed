namespace Pilotis.Domain.Production;

public sealed record MoisLissage(int Mois, int OperationsAgreees, int LogementsAgrees);

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

/// <summary>Une opération du pipeline non encore agréée, pour la prévision de fin d'année.</summary>
public sealed record OperationAttendue(
    int OperationId,
    int Logements,
    int? AnneeProgrammation,
    int? MoisAgrementPrevu,
    NiveauRisque Risque
);

public sealed record PrevisionFinAnnee(
    int DejaAgrees,
    int AttendusProbables,
    int AttendusIncertains,
    IReadOnlyList<int> ParMoisRestant
)
{
    /// <summary>Déjà agréés + attendus dont le risque n'est pas élevé.</summary>
    public int Prevision => DejaAgrees + AttendusProbables;
}

public static class PrevisionsLissage
{
    /// <summary>
    /// Prévision de fin d'année : les logements déjà agréés, plus ceux des opérations programmées pour l'année ;
    /// celles à risque élevé sont comptées à part (elles glisseront probablement en N+1).
    /// Un mois prévu déjà passé est reporté sur le mois courant.
    /// </summary>
    public static PrevisionFinAnnee Calculer(
        TableauLissage realise,
        IEnumerable<OperationAttendue> pipeline,
        DateOnly aujourdhui
    )
    {
        ArgumentNullException.ThrowIfNull(realise);
        var parMois = new int[12];
        var probables = 0;
        var incertains = 0;
        var moisCourant =
            realise.Annee == aujourdhui.Year ? aujourdhui.Month
            : realise.Annee < aujourdhui.Year ? 13
            : 1;
        foreach (var o in pipeline.Where(p => p.AnneeProgrammation == realise.Annee))
        {
            if (moisCourant > 12)
                break;
            if (o.Risque == NiveauRisque.Eleve)
            {
                incertains += o.Logements;
                continue;
            }
            var mois = Math.Max(o.MoisAgrementPrevu ?? 12, moisCourant);
            parMois[mois - 1] += o.Logements;
            probables += o.Logements;
        }
        return new PrevisionFinAnnee(realise.LogementsAgreesTotal, probables, incertains, parMois);
    }
}

public enum TypeAlerte
{
    ManqueraLAnnee = 0,
    IncompletTropLongtemps = 1,
    DepotApresCalendrier = 2,
}

public sealed record AlerteProduction(TypeAlerte Type, int OperationId, string Message)
{
    public string Libelle =>
        Type switch
        {
            TypeAlerte.ManqueraLAnnee => "Manquera l'année",
            TypeAlerte.IncompletTropLongtemps => "Incomplet depuis trop longtemps",
            _ => "Dépôt après le calendrier",
        };
}

/// <summary>Les alertes du tableau de lissage (seed 000, question 1 : prévenir tôt les glissements).</summary>
public static class AlertesProduction
{
    /// <summary>Au-delà de ce nombre de jours après le dépôt, un dossier toujours incomplet est signalé (paramètre).</summary>
    public const int JoursIncompletMaximum = 60;

    public static IEnumerable<AlerteProduction> Pour(
        Operation o,
        RisqueGlissement risque,
        IReadOnlyList<EcheanceDepot> calendrier,
        DateOnly aujourdhui,
        int joursIncompletMaximum = JoursIncompletMaximum
    )
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(risque);
        if (o.Statut.EstSortie() || o.Statut.EstAgreee())
            yield break;

        if (o.AnneeProgrammation == aujourdhui.Year && risque.Niveau == NiveauRisque.Eleve)
        {
            yield return new(
                TypeAlerte.ManqueraLAnnee,
                o.Id,
                "Risque élevé de glissement en "
                    + (aujourdhui.Year + 1)
                    + " : "
                    + string.Join(" ; ", risque.Raisons)
                    + "."
            );
        }
        if (
            o.DateDepot is DateOnly depot
            && o.DateDossierComplet is null
            && o.Statut.EnInstruction()
            && aujourdhui.DayNumber - depot.DayNumber > joursIncompletMaximum
        )
        {
            yield return new(
                TypeAlerte.IncompletTropLongtemps,
                o.Id,
                $"Déposé le {depot:dd/MM/yyyy}, toujours incomplet après {aujourdhui.DayNumber - depot.DayNumber} jours."
            );
        }
        if (o.AnneeProgrammation is int annee)
        {
            var echeance = calendrier.FirstOrDefault(e => e.Couvre(annee, o.MoisAgrementPrevu ?? 12));
            if (echeance is not null)
            {
                if (o.DateDepot is DateOnly d && d > echeance.DateLimite)
                {
                    yield return new(
                        TypeAlerte.DepotApresCalendrier,
                        o.Id,
                        $"Déposé le {d:dd/MM/yyyy}, après la date limite du {echeance.Libelle.ToLowerInvariant()} ({echeance.DateLimite:dd/MM/yyyy})."
                    );
                }
                else if (o.DateDepot is null && aujourdhui > echeance.DateLimite)
                {
                    yield return new(
                        TypeAlerte.DepotApresCalendrier,
                        o.Id,
                        $"Pas encore déposé, la date limite du {echeance.Libelle.ToLowerInvariant()} ({echeance.DateLimite:dd/MM/yyyy}) est passée."
                    );
                }
            }
        }
    }
}
