using System.Globalization;
using Pilotis.Domain.Sru;
// Alias : les pages SRU (tableau départemental) définissent leur propre TotauxSru dans ce même espace de noms.
using TotauxScenarioSru = Pilotis.Domain.Sru.TotauxSru;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Résultats du simulateur mis en lignes pour la page et les exports. Aucun calcul de règle ici : tout vient de
/// <see cref="SimulateurScenariosSru.Comparer"/> ; on ne fait que regrouper, additionner (<see
/// cref="Pilotis.Domain.Sru.TotauxSru.Plus"/>)
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

    /// <summary>
    /// Communes simulées hors du département parce que leur EPCI le déborde (mutualisation sur tout l'EPCI).
    /// </summary>
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
        var ordre = Francais.Ordre;
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

    /// <summary>
    /// Plus grand écart absolu à la loi actuelle sur les trois scénarios de réforme (tri « les plus touchées d'abord
    /// »).
    /// </summary>
    public static decimal EcartMaximal(MesureSru mesure, LigneCommuneSimulee ligne)
    {
        var actuel = Valeur(mesure, ligne.ParScenario[0]);
        var max = 0m;
        for (var s = 1; s < ligne.ParScenario.Length; s++)
            max = Math.Max(max, Math.Abs(Valeur(mesure, ligne.ParScenario[s]) - actuel));
        return max;
    }
}
