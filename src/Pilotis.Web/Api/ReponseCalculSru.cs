using System.Text.Json;
using Pilotis.Domain.Sru;
using Pilotis.Web.Infrastructure;
using static Pilotis.Web.Api.ApiPilotis;

namespace Pilotis.Web.Api;

/// <summary>
/// Résultat du simulateur. Arrondis : taux à 4 décimales (affichage seulement, les comparaisons se font en unités
/// exactes) ; logements manquants et objectif à l'entier supérieur ; minimum PLAI à l'entier supérieur ;
/// maximum PLS à l'entier inférieur ; montants à l'euro le plus proche (demi-euro arrondi à l'euro supérieur).
/// </summary>
public sealed record ReponseCalculSru(
    decimal Taux,
    int LogementsManquants,
    int ObjectifTriennal,
    int ObjectifPlaiMinimum,
    int ObjectifPlsMaximum,
    decimal PrelevementBrut,
    decimal PlafondPrelevement,
    decimal PrelevementNet,
    decimal TauxPlafondApplique,
    decimal PrelevementPlafonne,
    decimal DepensesDeductiblesImputees,
    decimal ReliquatDepensesDeductibles,
    decimal PartRattrapage,
    string Exoneration,
    string Regles
);
