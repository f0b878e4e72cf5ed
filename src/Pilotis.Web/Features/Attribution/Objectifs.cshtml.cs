using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Tableau des objectifs d'attribution (CCH L441-1, DOMAIN §5 « Quotas ») : pour une année et chaque EPCI que
/// l'acteur peut voir, les trois objectifs (numérateur, dénominateur, part, objectif, attendu à date), le contingent
/// du préfet à part, et l'alerte « En retard » du domaine (docs/adr/0016). Export XLSX et CSV.
/// </summary>
public sealed class ObjectifsModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [ValeurAnnee(ValidationObjectifCia.AnneeMinimum, ValidationObjectifCia.AnneeMaximum)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public List<QuotasEpci> Lignes { get; private set; } = [];
    public HashSet<string> CiaModifiables { get; } = [];
    public DateOnly Aujourdhui { get; private set; }

    public static readonly IndicateurAttribution[] Objectifs =
    [
        IndicateurAttribution.HorsQpvPremierQuartile,
        IndicateurAttribution.EnQpvAutresQuartiles,
        IndicateurAttribution.DaloOuPrioritaires,
    ];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.LireAttributions(acteur))
            return Forbid();
        Aujourdhui = Affichage.JourAParis(horloge.GetUtcNow());
        Annee ??= Aujourdhui.Year;
        Epcis = await AccesAttributions.EpcisVisiblesAsync(db, acteur, ct);
        var choisis = Epcis;
        if (!string.IsNullOrWhiteSpace(Epci))
        {
            choisis = Epcis.Where(e => e.Siren == Epci.Trim()).ToList();
            if (choisis.Count == 0)
                return Forbid();
        }
        var baux = await RequetesObjectifsAttribution.BauxAsync(
            db,
            choisis.Select(e => e.Siren).ToList(),
            Annee.Value,
            ct
        );
        Lignes = await RequetesObjectifsAttribution.QuotasAsync(db, choisis, Annee.Value, baux, ct);
        // Les EPCI en retard d'abord : c'est ce que le tableau doit montrer.
        Lignes = Lignes.OrderByDescending(l => l.EnRetard).ThenBy(l => l.Nom, Francais.Ordre).ToList();
        if (Format is "csv" or "xlsx")
            return Exporter();
        foreach (var l in Lignes)
        {
            if (await AccesAttributions.PeutModifierEpciAsync(db, acteur, l.Siren, ct))
                CiaModifiables.Add(l.Siren);
        }
        return Page();
    }

    public bool AnneeEnCours => Annee == Aujourdhui.Year;

    public string LienBaux(string siren, IndicateurAttribution indicateur) =>
        $"/attributions/objectifs/baux?annee={Annee}&epci={siren}&indicateur={indicateur.Code()}";

    public string LienExport(string format) =>
        "/attributions/objectifs"
        + QueryString.Create(
            new Dictionary<string, string?>
            {
                ["annee"] = Annee?.ToString(CultureInfo.InvariantCulture),
                ["epci"] = string.IsNullOrWhiteSpace(Epci) ? null : Epci,
                ["format"] = format,
            }.Where(v => v.Value is not null)
        );

    public static readonly string[] EntetesExport =
    [
        "Année",
        "SIREN EPCI",
        "EPCI",
        "Indicateur",
        "Numérateur",
        "Dénominateur",
        "Part",
        "Objectif",
        "Attendu à date",
        "Manquants",
        "État",
        "Objectif fixé par la CIA",
        "Seuil du premier quartile (€/UC)",
    ];

    private IActionResult Exporter()
    {
        var lignes = Lignes.SelectMany(l =>
            Enum.GetValues<IndicateurAttribution>().Select(i => (IReadOnlyList<object?>)LigneExport(l, i, l.Suivi(i)))
        );
        var nom = $"objectifs-attribution-{Annee}";
        return Format == "csv"
            ? ExportTableau.Csv(nom, EntetesExport, lignes)
            : ExportTableau.Xlsx(nom, $"Objectifs {Annee}", EntetesExport, lignes);
    }

    private static object?[] LigneExport(QuotasEpci l, IndicateurAttribution i, SuiviObjectif s) =>
        [
            l.Annee,
            l.Siren,
            l.Nom,
            i.Libelle(),
            s.Numerateur,
            s.Denominateur,
            s.Part,
            s.Objectif,
            s.Objectif is null ? null : s.Attendus,
            s.Objectif is null ? null : s.Manquants,
            LibelleEtat(s.Etat),
            i == IndicateurAttribution.EnQpvAutresQuartiles && l.ObjectifCiaEnQpv is not null,
            l.Seuil,
        ];

    public static string LibelleEtat(EtatObjectif etat) =>
        etat switch
        {
            EtatObjectif.Atteint => "Atteint",
            EtatObjectif.ASurveiller => "À surveiller",
            EtatObjectif.EnRetard => "En retard",
            _ => "Montré à part",
        };
}
