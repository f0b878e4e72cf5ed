using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Data.Demande;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Les baux derrière un chiffre du tableau des objectifs : ceux du dénominateur de l'indicateur, chacun marqué s'il
/// compte au numérateur, par la même règle du domaine (<see cref="QuotasAttribution.DansNumerateur"/>). Aucune
/// donnée personnelle. Paginé, export CSV et XLSX.
/// </summary>
public sealed class BauxObjectifModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    public sealed record LigneBail(BailDetaille Bail, bool PremierQuartile, bool AuNumerateur);

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee(ValidationObjectifCia.AnneeMinimum, ValidationObjectifCia.AnneeMaximum)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true, Name = "indicateur")]
    public string? CodeIndicateur { get; set; }

    /// <summary>Seulement les baux comptés au numérateur.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Numerateur { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public IndicateurAttribution Indicateur { get; private set; }
    public string NomEpci { get; private set; } = "";
    public int Denominateur { get; private set; }
    public int AuNumerateur { get; private set; }
    public List<LigneBail> PageCourante { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.LireAttributions(acteur))
            return Forbid();
        Annee ??= Affichage.JourAParis(horloge.GetUtcNow()).Year;
        var visibles = await AccesAttributions.EpcisVisiblesAsync(db, acteur, ct);
        Epci = string.IsNullOrWhiteSpace(Epci) ? visibles.FirstOrDefault().Siren : Epci.Trim();
        if (Epci is null)
            return Page();
        var epci = visibles.FirstOrDefault(e => e.Siren == Epci);
        if (epci.Siren is null)
            return NotFound();
        NomEpci = epci.Nom;
        Indicateur = LibellesIndicateurs.DepuisCode(CodeIndicateur) ?? IndicateurAttribution.HorsQpvPremierQuartile;
        CodeIndicateur = Indicateur.Code();

        var seuil = (await RequetesDemande.SeuilQuartileAsync(db, Epci, Annee.Value, ct)).Valeur;
        var lignes = (await RequetesObjectifsAttribution.BauxAsync(db, [Epci], Annee.Value, ct))
            .Where(b => QuotasAttribution.DansDenominateur(Indicateur, b.PourQuotas()))
            .Select(b => new LigneBail(
                b,
                QuotasAttribution.PremierQuartile(b.RessourcesAnnuellesParUc, seuil),
                QuotasAttribution.DansNumerateur(Indicateur, b.PourQuotas(), seuil)
            ))
            .ToList();
        Denominateur = lignes.Count;
        AuNumerateur = lignes.Count(l => l.AuNumerateur);
        if (Numerateur)
            lignes = lignes.Where(l => l.AuNumerateur).ToList();
        if (Format is "csv" or "xlsx")
            return Exporter(lignes);
        var taille = Pagination.TailleParDefaut;
        Pagination = new Pagination(1, lignes.Count, taille);
        Pagination = Pagination with { Page = Math.Clamp(NumeroPage, 1, Pagination.NombrePages) };
        PageCourante = lignes.Skip((Pagination.Page - 1) * taille).Take(taille).ToList();
        return Page();
    }

    public string LienDetail(bool numerateur) =>
        $"/attributions/objectifs/baux?annee={Annee}&epci={Epci}&indicateur={CodeIndicateur}"
        + (numerateur ? "&numerateur=true" : "");

    public string LienExport(string format) =>
        $"/attributions/objectifs/baux?annee={Annee}&epci={Epci}&indicateur={CodeIndicateur}"
        + (Numerateur ? "&numerateur=true" : "")
        + $"&format={format}";

    public static readonly string[] EntetesExport =
    [
        "Numéro d'attribution",
        "Bailleur",
        "Code commune",
        "Commune",
        "Logement en QPV",
        "Contingent",
        "Date de signature du bail",
        "Premier quartile",
        "DALO",
        "Prioritaire",
        "Relogement (renouvellement urbain)",
        "Compté au numérateur",
    ];

    private FileContentResult Exporter(List<LigneBail> lignes)
    {
        var valeurs = lignes.Select(l =>
            (IReadOnlyList<object?>)
                [
                    l.Bail.NumeroAttribution,
                    l.Bail.Bailleur,
                    l.Bail.CommuneCode,
                    l.Bail.Commune,
                    l.Bail.LogementEnQpv,
                    l.Bail.Contingent.Libelle(),
                    l.Bail.DateSignatureBail,
                    l.PremierQuartile,
                    l.Bail.Dalo,
                    l.Bail.Prioritaire,
                    l.Bail.RelogementRenouvellementUrbain,
                    l.AuNumerateur,
                ]
        );
        var nom = $"baux-{CodeIndicateur}-{Epci}-{Annee}";
        return Format == "csv"
            ? ExportTableau.Csv(nom, EntetesExport, valeurs)
            : ExportTableau.Xlsx(nom, "Baux", EntetesExport, valeurs);
    }
}
