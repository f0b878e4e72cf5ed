using System.Globalization;
using Pilotis.Domain.Sru;
using Pilotis.Web.Infrastructure;
// Alias : les pages SRU (tableau départemental) définissent leur propre TotauxSru dans ce même espace de noms.
using TotauxScenarioSru = Pilotis.Domain.Sru.TotauxSru;

namespace Pilotis.Web.Features.Sru;

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
                "Le calcul officiel (CCH L302-5 à L302-9-1) : chaque commune doit atteindre son propre taux cible "
                    + "(25 % ou 20 % "
                    + "des résidences principales). Les logements manquants fixent l'objectif triennal (33 %, 50 % "
                    + "ou 100 % du "
                    + "déficit selon l'écart à la cible) et le prélèvement (25 % du potentiel fiscal par habitant "
                    + "par logement "
                    + "manquant, plafonné à 5 % ou 7,5 % des dépenses de fonctionnement, majoré en cas de carence), "
                    + "dont on déduit "
                    + $"les dépenses déductibles validées de l'année {annee - 2} (N−2). Il n'est pas prélevé sous 4 "
                    + "000 €.",
            ScenarioSru.CibleUnique20 =>
                $"Proposition du Gard : un seul taux cible de {Pourcentage(tauxCibleUnique)} pour toutes les "
                    + "communes soumises, "
                    + "au lieu de 25 % ou 20 % selon la tension. Tout le reste du calcul est celui de la loi "
                    + "actuelle, appliqué à "
                    + "cette nouvelle cible : logements manquants, part de rattrapage, prélèvement, plafond, "
                    + "dépenses de N−2.",
            ScenarioSru.MutualisationEpci =>
                "Proposition du Gard : les obligations sont mises en commun entre toutes les communes soumises d'une "
                    + "même "
                    + "intercommunalité. Les logements sociaux en plus d'une commune qui dépasse sa cible (comptés "
                    + "en logements "
                    + "entiers) compensent les logements manquants des communes en dessous. Ce qui reste à produire "
                    + "est réparti "
                    + "entre les communes déficitaires au prorata de leur propre déficit, à l'unité près (les unités "
                    + "restantes vont "
                    + "aux plus forts restes) : le total de l'EPCI ne peut que baisser, jamais augmenter. L'objectif "
                    + "triennal "
                    + "applique à chaque commune la part de rattrapage de l'EPCI entier (selon l'écart de son taux "
                    + "global à la "
                    + "cible) ; le prélèvement, son plafond, la majoration de carence et les dépenses déductibles "
                    + "restent ceux de "
                    + "chaque commune, calculés sur ses logements manquants après répartition. Une commune hors EPCI "
                    + "garde le calcul "
                    + "actuel. Seules les communes soumises comptent ; pour un département, les communes soumises de "
                    + "ses EPCI situées "
                    + "dans un département voisin sont simulées aussi.",
            _ => "Proposition du Gard : une dépense déductible (subvention foncière, travaux, cession sous la "
                + "valeur…) vient en "
                + $"déduction du prélèvement de l'année où elle est engagée ({annee}) au lieu de deux ans plus "
                + "tard. La simulation "
                + $"déduit donc les dépenses validées de {annee} au lieu de celles de {annee - 2} ; le reste est "
                + "inchangé. "
                + "Sur une année isolée, une commune qui avait des dépenses en N−2 mais pas encore en N paie "
                + "davantage.",
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

    public static string Pourcentage(decimal taux) => Affichage.Pourcentage(taux);

    public static string Nombre(decimal valeur, bool euros) =>
        euros ? Affichage.Euros(valeur) : Affichage.Nombre(valeur);

    /// <summary>Écart signé (« +12 », « −3 400 € », « = »).</summary>
    public static string Ecart(decimal ecart, bool euros) =>
        ecart == 0m ? "=" : (ecart > 0m ? "+" : "−") + Nombre(Math.Abs(ecart), euros);
}
