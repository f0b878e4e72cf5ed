namespace Pilotis.Domain.Production.Lissage;

/// <summary>Les alertes du tableau de lissage (seed 000, question 1 : prévenir tôt les glissements).</summary>
public static class AlertesProduction
{
    /// <summary>
    /// Au-delà de ce nombre de jours après le dépôt, un dossier toujours incomplet est signalé (paramètre).
    /// </summary>
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
        if (!o.Statut.EstAvantAgrement())
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
                $"Déposé le {depot:dd/MM/yyyy}, toujours incomplet après "
                    + $"{aujourdhui.DayNumber - depot.DayNumber} jours."
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
                        $"Déposé le {d:dd/MM/yyyy}, après la date limite du "
                            + $"{echeance.Libelle.ToLowerInvariant()} "
                            + $"({echeance.DateLimite:dd/MM/yyyy})."
                    );
                }
                else if (o.DateDepot is null && aujourdhui > echeance.DateLimite)
                {
                    yield return new(
                        TypeAlerte.DepotApresCalendrier,
                        o.Id,
                        "Pas encore déposé, la date limite du "
                            + $"{echeance.Libelle.ToLowerInvariant()} "
                            + $"({echeance.DateLimite:dd/MM/yyyy}) est passée."
                    );
                }
            }
        }
    }
}
