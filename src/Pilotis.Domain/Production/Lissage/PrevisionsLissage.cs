namespace Pilotis.Domain.Production.Lissage;

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
