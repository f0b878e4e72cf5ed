using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;

namespace Pilotis.Web.Features.Sru;

/// <summary>Une ligne des tableaux SRU (département, EPCI) : la situation calculée et le nom de l'EPCI.</summary>
public sealed record LigneSru(SituationSru Situation, string? NomEpci)
{
    public ResultatCalculSru R => Situation.Resultat;
    public string Code => Situation.Inventaire.CommuneCode;
    public int Realisees => Situation.Bilan?.Realisations.Total ?? 0;
    public bool Deficitaire => R.LogementsManquants > 0;
}

/// <summary>Sommes d'un ensemble de communes (ligne de totaux, page EPCI). Aucun calcul de règle ici : des additions.</summary>
public sealed record TotauxSru(
    int Communes,
    long ResidencesPrincipales,
    long LogementsSociaux,
    long LogementsManquants,
    long Objectif,
    long PlaiMinimum,
    long PlsMaximum,
    long Realisees,
    decimal PrelevementBrut,
    decimal PrelevementNet,
    int Carencees
)
{
    /// <summary>Taux de l'ensemble (logements sociaux / résidences principales), par la fonction du domaine.</summary>
    public decimal Taux =>
        ResidencesPrincipales > int.MaxValue ? 0m : CalculSru.Taux((int)ResidencesPrincipales, LogementsSociaux);

    /// <summary>Réalisations de la période rapportées à l'objectif cumulé, 4 décimales ; null sans objectif.</summary>
    public decimal? Atteinte => Objectif > 0 ? ArrondiSru.Taux((decimal)Realisees / Objectif) : null;

    public static TotauxSru De(IReadOnlyCollection<LigneSru> lignes) =>
        new(
            lignes.Count,
            lignes.Sum(l => (long)l.R.ResidencesPrincipales),
            lignes.Sum(l => (long)l.R.LogementsSociauxDecomptes),
            lignes.Sum(l => (long)l.R.LogementsManquants),
            lignes.Sum(l => (long)l.R.ObjectifTriennal),
            lignes.Sum(l => (long)l.R.ObjectifPlaiMinimum),
            lignes.Sum(l => (long)l.R.ObjectifPlsMaximum),
            lignes.Sum(l => (long)l.Realisees),
            lignes.Sum(l => l.R.PrelevementBrut),
            lignes.Sum(l => l.R.PrelevementNet),
            lignes.Count(l => l.Situation.EtatCarence == EtatCarence.Carencee)
        );
}

/// <summary>Tri, filtres et export partagés par le tableau départemental et la page EPCI.</summary>
public static class TableauSru
{
    /// <summary>Colonnes triables : clé du paramètre <c>?tri=</c> (préfixe « - » pour l'ordre décroissant) et libellé.</summary>
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

    private static readonly StringComparer Francais = StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), true);

    public static List<LigneSru> Trier(IEnumerable<LigneSru> lignes, string? tri)
    {
        var descendant = tri?.StartsWith('-') == true;
        var cle = tri?.TrimStart('-') ?? "commune";
        IOrderedEnumerable<LigneSru> Par<T>(Func<LigneSru, T> selecteur, IComparer<T>? comparateur = null) =>
            descendant ? lignes.OrderByDescending(selecteur, comparateur) : lignes.OrderBy(selecteur, comparateur);
        var triees = cle switch
        {
            "epci" => Par(l => l.NomEpci ?? "", Francais),
            "rp" => Par(l => l.R.ResidencesPrincipales),
            "lls" => Par(l => l.R.LogementsSociauxDecomptes),
            "taux" => Par(l => l.R.Taux),
            "manquants" => Par(l => l.R.LogementsManquants),
            "objectif" => Par(l => l.R.ObjectifTriennal),
            "atteinte" => Par(l => l.Situation.Bilan?.TauxAtteinte ?? -1m),
            "brut" => Par(l => l.R.PrelevementBrut),
            "net" => Par(l => l.R.PrelevementNet),
            "carence" => Par(l => (int)l.Situation.EtatCarence),
            _ => Par(l => l.Situation.Nom, Francais),
        };
        return triees.ThenBy(l => l.Situation.Nom, Francais).ToList();
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

    /// <summary>Garde les situations que l'acteur peut consulter (la table des habilitations, commune par commune).</summary>
    public static async Task<List<LigneSru>> LignesVisiblesAsync(
        PilotisDbContext db,
        Acteur acteur,
        IEnumerable<SituationSru> situations,
        CancellationToken ct
    )
    {
        var liste = situations.ToList();
        var departements = liste.Select(s => s.DepartementCode).Distinct().ToList();
        var regions = await db
            .Departements.AsNoTracking()
            .Where(d => departements.Contains(d.Code))
            .ToDictionaryAsync(d => d.Code, d => d.RegionCode, ct);
        var sirens = liste.Select(s => s.EpciSiren).OfType<string>().Distinct().ToList();
        var epcis = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        return liste
            .Where(s =>
                HabilitationsSru.PeutConsulter(
                    acteur,
                    Cible(
                        s.Inventaire.CommuneCode,
                        s.EpciSiren,
                        s.DepartementCode,
                        regions.GetValueOrDefault(s.DepartementCode)
                    )
                )
            )
            .Select(s => new LigneSru(
                s,
                s.EpciSiren is null ? null : epcis.GetValueOrDefault(s.EpciSiren, s.EpciSiren)
            ))
            .ToList();
    }

    public static Cible Cible(string commune, string? epci, string departement, string? region) =>
        new(null, new Localisation(commune, epci, departement, region));
}

/// <summary>Mise en forme française des chiffres SRU (les valeurs viennent toutes du calcul du domaine).</summary>
public static class FormatSru
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static string Euros(decimal montant) => montant.ToString("N0", Fr) + " €";

    public static string Nombre(long valeur) => valeur.ToString("N0", Fr);

    public static string Pourcent(decimal? taux) =>
        taux is null ? "—" : (taux.Value * 100m).ToString("0.00", Fr) + " %";

    public static string PourcentCourt(decimal taux) => (taux * 100m).ToString("0.##", Fr) + " %";

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";
}

/// <summary>Erreurs de formulaire par champ, à la manière du DSFR (classe « --error » du groupe, message sous le champ).</summary>
public static class ErreursFormulaire
{
    public static string? Message(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary etat, string champ) =>
        etat.TryGetValue(champ, out var entree) && entree.Errors.Count > 0
            ? string.Join(" ", entree.Errors.Select(e => e.ErrorMessage))
            : null;

    public static string Classe(
        this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary etat,
        string champ,
        string groupe = "fr-input-group"
    ) => etat.Message(champ) is null ? "" : groupe + "--error";
}
