using System.Globalization;
using Pilotis.Domain.Sru;
// Alias : les pages SRU (tableau départemental) définissent leur propre TotauxSru dans ce même espace de noms.
using TotauxScenarioSru = Pilotis.Domain.Sru.TotauxSru;

namespace Pilotis.Web.Features.Sru;

/// <summary>Ce que l'on compare d'un scénario à l'autre, commune par commune.</summary>
public enum MesureSru
{
    Manquants,
    Objectif,
    Brut,
    Net,
}

/// <summary>Une commune du périmètre et ses résultats, dans l'ordre de <see cref="ResultatsSimulateurSru.Scenarios"/>.</summary>
public sealed record LigneCommuneSimulee(
    CommuneSimulee Commune,
    string? NomEpci,
    ResultatCommuneScenario[] ParScenario
);

/// <summary>Un EPCI : totaux de toutes ses communes soumises simulées (y compris hors du département), par scénario.</summary>
public sealed record LigneEpciSimulee(
    string Siren,
    string Nom,
    int CommunesDansPerimetre,
    TotauxScenarioSru[] ParScenario
);

/// <summary>
/// Total d'un scénario sur les communes du périmètre, et combien de communes y gagnent ou y perdent par rapport à
/// la loi actuelle (objectif triennal, prélèvement net).
/// </summary>
public sealed record SyntheseScenarioSru(
    ScenarioSru Scenario,
    TotauxScenarioSru Total,
    int ObjectifEnBaisse,
    int ObjectifEnHausse,
    int NetEnBaisse,
    int NetEnHausse
);

/// <summary>
/// Résultats du simulateur mis en lignes pour la page et les exports. Aucun calcul de règle ici : tout vient de
/// <see cref="SimulateurScenariosSru.Comparer"/> ; on ne fait que regrouper, additionner (<see cref="Pilotis.Domain.Sru.TotauxSru.Plus"/>)
/// et soustraire à la loi actuelle.
/// </summary>
public sealed class ResultatsSimulateurSru
{
    public static IReadOnlyList<ScenarioSru> Scenarios => OptionsScenariosSru.TousLesScenarios;

    public DonneesSimulateurSru Donnees { get; }
    public decimal TauxCibleUnique { get; }
    public ComparaisonScenariosSru Comparaison { get; }
    public IReadOnlyList<LigneCommuneSimulee> Communes { get; }
    public IReadOnlyList<LigneEpciSimulee> Epcis { get; }
    public IReadOnlyList<SyntheseScenarioSru> Synthese { get; }

    /// <summary>Communes simulées hors du département parce que leur EPCI le déborde (mutualisation sur tout l'EPCI).</summary>
    public IReadOnlyList<CommuneSimulee> HorsPerimetre { get; }

    private ResultatsSimulateurSru(DonneesSimulateurSru donnees, decimal taux, ComparaisonScenariosSru comparaison)
    {
        Donnees = donnees;
        TauxCibleUnique = taux;
        Comparaison = comparaison;
        var resultats = Scenarios.Select(comparaison.Pour).ToArray();

        var communes = new List<LigneCommuneSimulee>();
        var totaux = new TotauxScenarioSru[Scenarios.Count];
        var baisses = new (int Objectif, int Net)[Scenarios.Count];
        var hausses = new (int Objectif, int Net)[Scenarios.Count];
        for (var i = 0; i < donnees.Communes.Length; i++)
        {
            var commune = donnees.Communes[i];
            if (!commune.DansPerimetre)
                continue;
            var parScenario = new ResultatCommuneScenario[Scenarios.Count];
            for (var s = 0; s < Scenarios.Count; s++)
            {
                var r = resultats[s].ParCommune[i];
                parScenario[s] = r;
                totaux[s] = totaux[s].Plus(r);
                var actuel = resultats[0].ParCommune[i];
                if (r.ObjectifTriennal < actuel.ObjectifTriennal)
                    baisses[s].Objectif++;
                if (r.ObjectifTriennal > actuel.ObjectifTriennal)
                    hausses[s].Objectif++;
                if (r.PrelevementNet < actuel.PrelevementNet)
                    baisses[s].Net++;
                if (r.PrelevementNet > actuel.PrelevementNet)
                    hausses[s].Net++;
            }
            communes.Add(
                new LigneCommuneSimulee(
                    commune,
                    commune.EpciSiren is null
                        ? null
                        : donnees.NomsEpci.GetValueOrDefault(commune.EpciSiren, commune.EpciSiren),
                    parScenario
                )
            );
        }
        Communes = communes;
        Synthese =
        [
            .. Scenarios.Select(
                (s, k) =>
                    new SyntheseScenarioSru(
                        s,
                        totaux[k],
                        baisses[k].Objectif,
                        hausses[k].Objectif,
                        baisses[k].Net,
                        hausses[k].Net
                    )
            ),
        ];

        var dansPerimetre = communes
            .Where(c => c.Commune.EpciSiren is not null)
            .GroupBy(c => c.Commune.EpciSiren!)
            .ToDictionary(g => g.Key, g => g.Count());
        var ordre = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true);
        Epcis =
        [
            .. comparaison
                .Epcis.Where(dansPerimetre.ContainsKey)
                .Select(siren => new LigneEpciSimulee(
                    siren,
                    donnees.NomsEpci.GetValueOrDefault(siren, siren),
                    dansPerimetre[siren],
                    [.. Scenarios.Select(s => comparaison.TotauxEpci(s, siren))]
                ))
                .OrderBy(e => e.Nom, ordre),
        ];
        HorsPerimetre = [.. donnees.Communes.Where(c => !c.DansPerimetre)];
    }

    public static ResultatsSimulateurSru Calculer(DonneesSimulateurSru donnees, decimal tauxCibleUnique)
    {
        var options = new OptionsScenariosSru
        {
            TauxCibleUnique = tauxCibleUnique,
            PotentielFiscalMedian = donnees.PotentielFiscalMedian,
        };
        var comparaison = SimulateurScenariosSru.Comparer(donnees.Entrees, donnees.Parametres, options);
        return new ResultatsSimulateurSru(donnees, tauxCibleUnique, comparaison);
    }

    public static decimal Valeur(MesureSru mesure, in ResultatCommuneScenario r) =>
        mesure switch
        {
            MesureSru.Manquants => r.LogementsManquants,
            MesureSru.Objectif => r.ObjectifTriennal,
            MesureSru.Brut => r.PrelevementBrut,
            _ => r.PrelevementNet,
        };

    public static decimal Valeur(MesureSru mesure, in TotauxScenarioSru t) =>
        mesure switch
        {
            MesureSru.Manquants => t.LogementsManquants,
            MesureSru.Objectif => t.ObjectifTriennal,
            MesureSru.Brut => t.PrelevementBrut,
            _ => t.PrelevementNet,
        };

    /// <summary>Plus grand écart absolu à la loi actuelle sur les trois scénarios de réforme (tri « les plus touchées d'abord »).</summary>
    public static decimal EcartMaximal(MesureSru mesure, LigneCommuneSimulee ligne)
    {
        var actuel = Valeur(mesure, ligne.ParScenario[0]);
        var max = 0m;
        for (var s = 1; s < ligne.ParScenario.Length; s++)
            max = Math.Max(max, Math.Abs(Valeur(mesure, ligne.ParScenario[s]) - actuel));
        return max;
    }
}

/// <summary>Libellés et explications en français des scénarios et des mesures.</summary>
public static class LibellesSimulateurSru
{
    public static string Libelle(ScenarioSru scenario, decimal tauxCibleUnique) =>
        scenario switch
        {
            ScenarioSru.LoiActuelle => "Loi actuelle",
            ScenarioSru.CibleUnique20 => $"Cible unique de {Pourcentage(tauxCibleUnique)}",
            ScenarioSru.MutualisationEpci => "Mutualisation dans l'EPCI",
            _ => "Dépenses déductibles de l'année",
        };

    /// <summary>Nom court et stable (colonnes d'export).</summary>
    public static string Cle(ScenarioSru scenario) =>
        scenario switch
        {
            ScenarioSru.LoiActuelle => "loi_actuelle",
            ScenarioSru.CibleUnique20 => "cible_unique",
            ScenarioSru.MutualisationEpci => "mutualisation_epci",
            _ => "depenses_annee",
        };

    public static string Explication(ScenarioSru scenario, decimal tauxCibleUnique, int annee) =>
        scenario switch
        {
            ScenarioSru.LoiActuelle =>
                "Le calcul officiel (CCH L302-5 à L302-9-1) : chaque commune doit atteindre son propre taux cible (25 % ou 20 % "
                    + "des résidences principales). Les logements manquants fixent l'objectif triennal (33 %, 50 % ou 100 % du "
                    + "déficit selon l'écart à la cible) et le prélèvement (25 % du potentiel fiscal par habitant par logement "
                    + "manquant, plafonné à 5 % ou 7,5 % des dépenses de fonctionnement, majoré en cas de carence), dont on déduit "
                    + $"les dépenses déductibles validées de l'année {annee - 2} (N−2). Il n'est pas prélevé sous 4 000 €.",
            ScenarioSru.CibleUnique20 =>
                $"Proposition du Gard : un seul taux cible de {Pourcentage(tauxCibleUnique)} pour toutes les communes soumises, "
                    + "au lieu de 25 % ou 20 % selon la tension. Tout le reste du calcul est celui de la loi actuelle, appliqué à "
                    + "cette nouvelle cible : logements manquants, part de rattrapage, prélèvement, plafond, dépenses de N−2.",
            ScenarioSru.MutualisationEpci =>
                "Proposition du Gard : les obligations sont mises en commun entre toutes les communes soumises d'une même "
                    + "intercommunalité. Les logements sociaux en plus d'une commune qui dépasse sa cible (comptés en logements "
                    + "entiers) compensent les logements manquants des communes en dessous. Ce qui reste à produire est réparti "
                    + "entre les communes déficitaires au prorata de leur propre déficit, à l'unité près (les unités restantes vont "
                    + "aux plus forts restes) : le total de l'EPCI ne peut que baisser, jamais augmenter. L'objectif triennal "
                    + "applique à chaque commune la part de rattrapage de l'EPCI entier (selon l'écart de son taux global à la "
                    + "cible) ; le prélèvement, son plafond, la majoration de carence et les dépenses déductibles restent ceux de "
                    + "chaque commune, calculés sur ses logements manquants après répartition. Une commune hors EPCI garde le calcul "
                    + "actuel. Seules les communes soumises comptent ; pour un département, les communes soumises de ses EPCI situées "
                    + "dans un département voisin sont simulées aussi.",
            _ =>
                $"Proposition du Gard : une dépense déductible (subvention foncière, travaux, cession sous la valeur…) vient en "
                    + $"déduction du prélèvement de l'année où elle est engagée ({annee}) au lieu de deux ans plus tard. La simulation "
                    + $"déduit donc les dépenses validées de {annee} au lieu de celles de {annee - 2} ; le reste est inchangé. "
                    + "Sur une année isolée, une commune qui avait des dépenses en N−2 mais pas encore en N paie davantage.",
        };

    public static string Libelle(this MesureSru mesure) =>
        mesure switch
        {
            MesureSru.Manquants => "Logements manquants",
            MesureSru.Objectif => "Objectif triennal",
            MesureSru.Brut => "Prélèvement brut",
            _ => "Prélèvement net",
        };

    public static bool EnEuros(this MesureSru mesure) => mesure is MesureSru.Brut or MesureSru.Net;

    public static string Pourcentage(decimal taux) =>
        (taux * 100m).ToString("0.##", CultureInfo.GetCultureInfo("fr-FR")) + " %";

    public static string Nombre(decimal valeur, bool euros) =>
        valeur.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")) + (euros ? " €" : "");

    /// <summary>Écart signé (« +12 », « −3 400 € », « = »).</summary>
    public static string Ecart(decimal ecart, bool euros) =>
        ecart == 0m ? "=" : (ecart > 0m ? "+" : "−") + Nombre(Math.Abs(ecart), euros);
}
