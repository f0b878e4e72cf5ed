using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Les entrées du simulateur pour un périmètre et une année, lues en base comme <see cref="RequetesSru"/> les lit
/// pour la loi actuelle : inventaire de l'année (communes soumises), dépenses déductibles validées de N−2 (loi
/// actuelle) et de N (scénario « dépenses de l'année »), majoration de carence en vigueur au 1er janvier, médiane
/// nationale du potentiel fiscal des communes prélevables de l'année (plafond de 7,5 %).
/// </summary>
/// <param name="Communes">Dans l'ordre des <paramref name="Entrees"/> (même index).</param>
/// <param name="Entrees">Ce que reçoit <see cref="SimulateurScenariosSru.Comparer"/>.</param>
/// <param name="Exemptees">Communes soumises mais exemptées par décret au 1er janvier : hors simulation (pas de
/// prélèvement).</param>
/// <param name="Ecartees">Communes dont l'inventaire est impossible (RP nulles, plus de logements sociaux que de RP) :
/// hors simulation.</param>
public sealed record DonneesSimulateurSru(
    string Perimetre,
    int Annee,
    ParametresSru Parametres,
    decimal? PotentielFiscalMedian,
    CommuneSimulee[] Communes,
    CommuneSimulationSru[] Entrees,
    IReadOnlyDictionary<string, string> NomsEpci,
    IReadOnlyList<string> Exemptees,
    IReadOnlyList<string> Ecartees
);
