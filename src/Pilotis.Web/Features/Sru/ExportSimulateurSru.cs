using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Pilotis.Domain.Sru;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Exports du simulateur : un classeur XLSX avec une feuille par niveau (communes, EPCI, totaux) et une feuille des
/// paramètres ; ou un CSV par niveau (<see cref="ExportTableau.Csv"/>, « ; », UTF-8 avec BOM).
/// </summary>
public static class ExportSimulateurSru
{
    public const string FeuilleCommunes = "Communes";
    public const string FeuilleEpci = "EPCI";
    public const string FeuilleTotaux = "Totaux";
    public const string FeuilleParametres = "Paramètres";

    public static string NomFichier(ResultatsSimulateurSru r) =>
        $"simulation-sru-{r.Donnees.Perimetre.ToLowerInvariant()}-{r.Donnees.Annee}";

    public static FileContentResult Xlsx(ResultatsSimulateurSru r, string? nomScenario)
    {
        using var classeur = new XLWorkbook();
        foreach (var tableau in new[] { Communes(r), Epcis(r), Totaux(r), Parametres(r, nomScenario) })
        {
            Ecrire(classeur.Worksheets.Add(tableau.Feuille), tableau);
        }
        using var memoire = new MemoryStream();
        classeur.SaveAs(memoire);
        return new FileContentResult(memoire.ToArray(), ExportTableau.TypeXlsx)
        {
            FileDownloadName = NomFichier(r) + ".xlsx",
        };
    }

    public static FileContentResult Csv(ResultatsSimulateurSru r, string? niveau)
    {
        var (tableau, suffixe) = niveau switch
        {
            "epci" => (Epcis(r), "epci"),
            "total" or "totaux" => (Totaux(r), "totaux"),
            _ => (Communes(r), "communes"),
        };
        return ExportTableau.Csv($"{NomFichier(r)}-{suffixe}", tableau.Entetes, tableau.Lignes);
    }

    public static TableauExport Communes(ResultatsSimulateurSru r)
    {
        var entetes = new List<string>
        {
            "code_insee",
            "commune",
            "departement",
            "siren_epci",
            "epci",
            "residences_principales",
            "logements_sociaux",
            "taux",
            "taux_cible",
            "depenses_deductibles_n_moins_2",
            "depenses_deductibles_annee",
            "coefficient_carence",
        };
        foreach (var s in ResultatsSimulateurSru.Scenarios)
        {
            var cle = LibellesSimulateurSru.Cle(s);
            entetes.AddRange([
                $"{cle}_manquants",
                $"{cle}_objectif",
                $"{cle}_plai_min",
                $"{cle}_pls_max",
                $"{cle}_prelevement_brut",
                $"{cle}_prelevement_net",
            ]);
            if (s != ScenarioSru.LoiActuelle)
                entetes.AddRange([$"{cle}_ecart_manquants", $"{cle}_ecart_objectif", $"{cle}_ecart_prelevement_net"]);
        }
        var lignes = new List<IReadOnlyList<object?>>(r.Communes.Count);
        foreach (var l in r.Communes)
        {
            var c = l.Commune;
            var ligne = new List<object?>
            {
                c.Code,
                c.Nom,
                c.DepartementCode,
                c.EpciSiren,
                l.NomEpci,
                c.ResidencesPrincipales,
                c.LogementsSociaux,
                c.Taux,
                c.TauxCible,
                c.DepensesN2,
                c.DepensesAnnee,
                c.CoefficientCarence,
            };
            var actuel = l.ParScenario[0];
            for (var s = 0; s < l.ParScenario.Length; s++)
            {
                var x = l.ParScenario[s];
                ligne.AddRange([
                    x.LogementsManquants,
                    x.ObjectifTriennal,
                    x.ObjectifPlaiMinimum,
                    x.ObjectifPlsMaximum,
                    x.PrelevementBrut,
                    x.PrelevementNet,
                ]);
                if (s > 0)
                    ligne.AddRange([
                        x.LogementsManquants - actuel.LogementsManquants,
                        x.ObjectifTriennal - actuel.ObjectifTriennal,
                        x.PrelevementNet - actuel.PrelevementNet,
                    ]);
            }
            lignes.Add(ligne);
        }
        return new TableauExport(FeuilleCommunes, entetes, lignes);
    }

    public static TableauExport Epcis(ResultatsSimulateurSru r)
    {
        var entetes = new List<string> { "siren_epci", "epci", "communes_dans_le_perimetre" };
        foreach (var s in ResultatsSimulateurSru.Scenarios)
        {
            var cle = LibellesSimulateurSru.Cle(s);
            entetes.AddRange([
                $"{cle}_communes",
                $"{cle}_manquants",
                $"{cle}_objectif",
                $"{cle}_plai_min",
                $"{cle}_pls_max",
                $"{cle}_prelevement_brut",
                $"{cle}_prelevement_net",
                $"{cle}_communes_prelevees",
            ]);
            if (s != ScenarioSru.LoiActuelle)
                entetes.AddRange([$"{cle}_ecart_manquants", $"{cle}_ecart_objectif", $"{cle}_ecart_prelevement_net"]);
        }
        var lignes = new List<IReadOnlyList<object?>>(r.Epcis.Count);
        foreach (var e in r.Epcis)
        {
            var ligne = new List<object?> { e.Siren, e.Nom, e.CommunesDansPerimetre };
            var actuel = e.ParScenario[0];
            for (var s = 0; s < e.ParScenario.Length; s++)
            {
                var t = e.ParScenario[s];
                ligne.AddRange([
                    t.Communes,
                    t.LogementsManquants,
                    t.ObjectifTriennal,
                    t.ObjectifPlaiMinimum,
                    t.ObjectifPlsMaximum,
                    t.PrelevementBrut,
                    t.PrelevementNet,
                    t.CommunesPrelevees,
                ]);
                if (s > 0)
                    ligne.AddRange([
                        t.LogementsManquants - actuel.LogementsManquants,
                        t.ObjectifTriennal - actuel.ObjectifTriennal,
                        t.PrelevementNet - actuel.PrelevementNet,
                    ]);
            }
            lignes.Add(ligne);
        }
        return new TableauExport(FeuilleEpci, entetes, lignes);
    }

    public static TableauExport Totaux(ResultatsSimulateurSru r)
    {
        string[] entetes =
        [
            "scenario",
            "communes",
            "logements_manquants",
            "objectif_triennal",
            "objectif_plai_min",
            "objectif_pls_max",
            "prelevement_brut",
            "prelevement_net",
            "communes_prelevees",
            "ecart_manquants",
            "ecart_objectif",
            "ecart_prelevement_brut",
            "ecart_prelevement_net",
            "communes_objectif_en_baisse",
            "communes_objectif_en_hausse",
            "communes_prelevement_en_baisse",
            "communes_prelevement_en_hausse",
        ];
        var actuel = r.Synthese[0].Total;
        var lignes = r
            .Synthese.Select(x =>
                (IReadOnlyList<object?>)
                    [
                        LibellesSimulateurSru.Libelle(x.Scenario, r.TauxCibleUnique),
                        x.Total.Communes,
                        x.Total.LogementsManquants,
                        x.Total.ObjectifTriennal,
                        x.Total.ObjectifPlaiMinimum,
                        x.Total.ObjectifPlsMaximum,
                        x.Total.PrelevementBrut,
                        x.Total.PrelevementNet,
                        x.Total.CommunesPrelevees,
                        x.Total.LogementsManquants - actuel.LogementsManquants,
                        x.Total.ObjectifTriennal - actuel.ObjectifTriennal,
                        x.Total.PrelevementBrut - actuel.PrelevementBrut,
                        x.Total.PrelevementNet - actuel.PrelevementNet,
                        x.ObjectifEnBaisse,
                        x.ObjectifEnHausse,
                        x.NetEnBaisse,
                        x.NetEnHausse,
                    ]
            )
            .ToList();
        return new TableauExport(FeuilleTotaux, entetes, lignes);
    }

    private static TableauExport Parametres(ResultatsSimulateurSru r, string? nomScenario)
    {
        var d = r.Donnees;
        var lignes = new List<IReadOnlyList<object?>>
        {
            new object?[] { "Scénario enregistré", nomScenario ?? "(non enregistré)" },
            new object?[]
            {
                "Périmètre",
                d.Perimetre == ChargementSimulateurSru.France ? "France entière" : $"Département {d.Perimetre}",
            },
            new object?[] { "Année", d.Annee },
            new object?[] { "Taux cible unique", r.TauxCibleUnique },
            new object?[] { "Règles", d.Parametres.Source },
            new object?[] { "Médiane du potentiel fiscal par habitant (plafond de 7,5 %)", d.PotentielFiscalMedian },
            new object?[] { "Communes simulées dans le périmètre", r.Communes.Count },
            new object?[] { "Communes exemptées (non simulées)", string.Join(", ", d.Exemptees) },
            new object?[] { "Communes écartées (inventaire impossible)", string.Join(", ", d.Ecartees) },
        };
        foreach (var s in ResultatsSimulateurSru.Scenarios)
        {
            lignes.Add([
                LibellesSimulateurSru.Libelle(s, r.TauxCibleUnique),
                LibellesSimulateurSru.Explication(s, r.TauxCibleUnique, d.Annee),
            ]);
        }
        return new TableauExport(FeuilleParametres, ["parametre", "valeur"], lignes);
    }

    private static void Ecrire(IXLWorksheet feuille, TableauExport tableau) =>
        ExportTableau.Remplir(feuille, tableau.Entetes, tableau.Lignes);
}
