using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Où en est chaque EPCI dans la réforme des attributions (seeds 002 et 003, ticket 12 point 9) : CIL installée, CIA
/// signée, PPGDID adopté (dates), grille de cotation publiée (lue dans le module de cotation), conventions de flux,
/// points d'accueil des demandeurs et participation des élus en CIL. Paginé ; export CSV et XLSX.
/// </summary>
public sealed class ReformeModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public int Annee { get; private set; }
    public List<AvancementReforme> PageCourante { get; private set; } = [];
    public Dictionary<string, ParticipationCil> Participations { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);

    public static readonly TypeEtapeReforme[] Etapes = Enum.GetValues<TypeEtapeReforme>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.LireAttributions(acteur))
            return Forbid();
        Annee = Affichage.JourAParis(horloge.GetUtcNow()).Year;
        var epcis = await AccesAttributions.EpcisVisiblesAsync(db, acteur, ct);
        Participations = await RequetesAttributionReforme.ParticipationAsync(
            db,
            epcis.Select(e => e.Siren).ToList(),
            Annee,
            ct
        );
        if (Format is "csv" or "xlsx")
        {
            var toutes = await RequetesAttributionReforme.AvancementAsync(db, epcis, ct);
            var lignes = toutes.Select(a => (IReadOnlyList<object?>)LigneExport(a, Participations[a.Siren]));
            return Format == "csv"
                ? ExportTableau.Csv("reforme-attributions", EntetesExport, lignes)
                : ExportTableau.Xlsx("reforme-attributions", "Réforme", EntetesExport, lignes);
        }
        var taille = Pagination.TailleParDefaut;
        Pagination = new Pagination(1, epcis.Count, taille);
        Pagination = Pagination with { Page = Math.Clamp(NumeroPage, 1, Pagination.NombrePages) };
        var page = epcis.Skip((Pagination.Page - 1) * taille).Take(taille).ToList();
        PageCourante = await RequetesAttributionReforme.AvancementAsync(db, page, ct);
        return Page();
    }

    public static readonly string[] EntetesExport =
    [
        "SIREN EPCI",
        "EPCI",
        "CIL installée le",
        "CIA signée le",
        "PPGDID adopté le",
        "Grille de cotation publiée le",
        "Conventions de flux",
        "Points d'accueil",
        "Liste des points d'accueil",
        "Participation des élus en CIL (année)",
    ];

    private static object?[] LigneExport(AvancementReforme a, ParticipationCil p) =>
        [
            a.Siren,
            a.Nom,
            a.Etape(TypeEtapeReforme.InstallationCil)?.Date,
            a.Etape(TypeEtapeReforme.SignatureCia)?.Date,
            a.Etape(TypeEtapeReforme.AdoptionPpgdid)?.Date,
            a.CotationPublieeLe,
            a.ConventionsFlux,
            a.PointsAccueil.Count,
            string.Join(" ; ", a.PointsAccueil.Select(x => $"{x.Nom}, {x.Adresse}")),
            p.Part,
        ];
}
