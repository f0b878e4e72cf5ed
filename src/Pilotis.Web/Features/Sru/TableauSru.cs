using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;

namespace Pilotis.Web.Features.Sru;

/// <summary>Tri, filtres et export partagés par le tableau départemental et la page EPCI.</summary>
public static class TableauSru
{
    /// <summary>
    /// Colonnes triables : clé du paramètre <c>?tri=</c> (préfixe « - » pour l'ordre décroissant) et libellé.
    /// </summary>
    public static readonly IReadOnlyList<(string Cle, string Libelle)> Colonnes =
    [
        ("commune", "Commune"),
        ("epci", "Intercommunalité"),
        ("rp", "Résidences principales"),
        ("lls", "Logements sociaux décomptés"),
        ("taux", "Taux / cible"),
        ("manquants", "Logements manquants"),
        ("objectif", "Objectif triennal"),
        ("atteinte", "Atteinte de la période"),
        ("brut", "Prélèvement brut"),
        ("net", "Prélèvement net"),
        ("carence", "Carence"),
    ];

    public static List<LigneSru> Trier(IEnumerable<LigneSru> lignes, string? tri)
    {
        var descendant = tri?.StartsWith('-') == true;
        var cle = tri?.TrimStart('-') ?? "commune";
        IOrderedEnumerable<LigneSru> Par<T>(Func<LigneSru, T> selecteur, IComparer<T>? comparateur = null) =>
            descendant ? lignes.OrderByDescending(selecteur, comparateur) : lignes.OrderBy(selecteur, comparateur);
        var triees = cle switch
        {
            "epci" => Par(l => l.NomEpci ?? "", Francais.Ordre),
            "rp" => Par(l => l.R.ResidencesPrincipales),
            "lls" => Par(l => l.R.LogementsSociauxDecomptes),
            "taux" => Par(l => l.R.Taux),
            "manquants" => Par(l => l.R.LogementsManquants),
            "objectif" => Par(l => l.R.ObjectifTriennal),
            "atteinte" => Par(l => l.Situation.Bilan?.TauxAtteinte ?? -1m),
            "brut" => Par(l => l.R.PrelevementBrut),
            "net" => Par(l => l.R.PrelevementNet),
            "carence" => Par(l => (int)l.Situation.EtatCarence),
            _ => Par(l => l.Situation.Nom, Francais.Ordre),
        };
        return triees.ThenBy(l => l.Situation.Nom, Francais.Ordre).ToList();
    }

    public static bool TriValide(string? tri) => tri is not null && Colonnes.Any(c => c.Cle == tri.TrimStart('-'));

    public static readonly IReadOnlyList<string> EntetesExport =
    [
        "annee",
        "code_insee",
        "commune",
        "siren_epci",
        "epci",
        "residences_principales",
        "logements_sociaux_decomptes",
        "taux",
        "taux_cible",
        "logements_manquants",
        "periode",
        "objectif_triennal",
        "objectif_plai_minimum",
        "objectif_pls_maximum",
        "logements_finances_periode",
        "atteinte",
        "part_plai",
        "part_pls",
        "prelevement_brut",
        "plafond",
        "prelevement_plafonne",
        "prelevement_majore",
        "depenses_deductibles_imputees",
        "prelevement_net",
        "carence",
        "coefficient_carence",
    ];

    public static IReadOnlyList<object?> LigneExport(LigneSru l)
    {
        var s = l.Situation;
        var r = s.Resultat;
        return
        [
            s.Inventaire.Annee,
            l.Code,
            s.Nom,
            s.EpciSiren,
            l.NomEpci,
            r.ResidencesPrincipales,
            r.LogementsSociauxDecomptes,
            r.Taux,
            r.TauxCible,
            r.LogementsManquants,
            s.Periode.Libelle,
            r.ObjectifTriennal,
            r.ObjectifPlaiMinimum,
            r.ObjectifPlsMaximum,
            s.Bilan?.Realisations.Total,
            s.Bilan?.TauxAtteinte,
            s.Bilan?.PartPlai,
            s.Bilan?.PartPls,
            r.PrelevementBrut,
            r.PlafondPrelevement,
            r.PrelevementPlafonne,
            r.PrelevementMajore,
            r.DepensesDeductiblesImputees,
            r.PrelevementNet,
            s.EtatCarence.Libelle(),
            s.CoefficientCarence,
        ];
    }
}
