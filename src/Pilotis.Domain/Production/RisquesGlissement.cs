namespace Pilotis.Domain.Production;

/// <summary>
/// Risque qu'une opération programmée glisse de l'année N à N+1 (seed 000, question 1 : alerter tôt).
/// Règles de bon sens des instructeurs, chacune donnée comme raison : elles se lisent et se discutent.
/// </summary>
public static class RisquesGlissement
{
    /// <param name="difficulteOuverte">L'opération a une difficulté signalée non résolue (revue de projets).</param>
    public static RisqueGlissement Evaluer(Operation o, DateOnly aujourdhui, bool difficulteOuverte = false)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (!o.Statut.EstAvantAgrement() || o.AnneeProgrammation is null)
        {
            return new(NiveauRisque.Faible, []);
        }
        var eleve = new List<string>();
        var moyen = new List<string>();
        var annee = o.AnneeProgrammation.Value;
        var mois = o.MoisAgrementPrevu ?? 12;
        var prevu = new DateOnly(annee, mois, 1).AddMonths(1).AddDays(-1);
        var moisRestants = ((prevu.Year - aujourdhui.Year) * 12) + prevu.Month - aujourdhui.Month;

        if (annee < aujourdhui.Year)
            eleve.Add($"programmée en {annee} et toujours pas agréée");
        else if (prevu < aujourdhui)
            eleve.Add("le mois d'agrément prévu est passé");
        if (difficulteOuverte)
            eleve.Add("une difficulté signalée en revue de projets n'est pas résolue");
        var travaux = o.Nature is NatureOperation.Neuf or NatureOperation.DemolitionReconstruction;
        if (travaux && !o.FoncierMaitrise && moisRestants <= 6)
            eleve.Add("foncier non maîtrisé à moins de six mois de l'agrément prévu");
        if (travaux && o.Permis is EtatPermis.NonDepose && moisRestants <= 6)
            eleve.Add("permis non déposé à moins de six mois de l'agrément prévu");
        if (o.DateDepot is null && moisRestants <= 2 && annee == aujourdhui.Year)
            eleve.Add("dossier non déposé à moins de deux mois de l'agrément prévu");

        if (travaux && o.Permis is EtatPermis.Depose)
            moyen.Add("permis déposé, pas encore obtenu");
        if (travaux && !o.FoncierMaitrise && moisRestants > 6)
            moyen.Add("foncier non maîtrisé");
        if (!o.FinancementBoucle)
            moyen.Add("plan de financement non bouclé");
        if (o.DateDepot is null && annee == aujourdhui.Year && moisRestants > 2)
            moyen.Add("dossier pas encore déposé");

        return eleve.Count > 0 ? new(NiveauRisque.Eleve, [.. eleve, .. moyen])
            : moyen.Count > 0 ? new(NiveauRisque.Moyen, moyen)
            : new(NiveauRisque.Faible, []);
    }
}
