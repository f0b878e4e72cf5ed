using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Les besoins que les élus expriment pour la conférence intercommunale du logement (seed 001, solution 10) : la
/// commune saisit les siens (typologie, public, logements souhaités, commentaire) ; l'EPCI voit ceux de ses
/// communes. Paginé, export CSV et XLSX.
/// </summary>
public sealed class BesoinsCilModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    [BindProperty]
    public string? Commune { get; set; }

    [BindProperty]
    public string? Typologie { get; set; }

    [BindProperty]
    public string? Public { get; set; }

    [BindProperty]
    public string? Nombre { get; set; }

    [BindProperty]
    public string? Commentaire { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];

    /// <summary>Les communes pour lesquelles l'acteur peut exprimer un besoin.</summary>
    public List<Commune> CommunesSaisissables { get; private set; } = [];

    public List<BesoinCil> PageCourante { get; private set; } = [];
    public Dictionary<string, string> NomsCommunes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var requete = Requete();
        if (Format is "csv" or "xlsx")
            return Exporter(await requete.ToListAsync(ct));
        (PageCourante, Pagination) = await requete.PaginerAsync(NumeroPage, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (CommunesSaisissables.Count == 0)
            return Forbid();
        var commune = CommunesSaisissables.FirstOrDefault(c => c.Code == Commune?.Trim());
        if (commune is null)
            ModelState.AddModelError(nameof(Commune), "Choisissez une commune pour laquelle vous pouvez saisir.");
        if (!LectureValeurs.Entier(Nombre, out var nombre))
            ModelState.AddModelError(nameof(Nombre), MessagesSaisie.PasUnEntier(Nombre));
        var besoin = new BesoinCil
        {
            CommuneCode = commune?.Code ?? "",
            EpciSiren = commune?.EpciSiren ?? "",
            Date = Affichage.JourAParis(horloge.GetUtcNow()),
            Typologie = Typologie?.Trim() ?? "",
            Public = Public?.Trim() ?? "",
            NombreLogements = nombre,
            Commentaire = string.IsNullOrWhiteSpace(Commentaire) ? null : Commentaire.Trim(),
            OrganisationId = (await acteurCourant.LireAsync())!.OrganisationId,
        };
        ModelState.AjouterErreurs(
            ValidationReforme
                .Valider(besoin, besoin.Date)
                .Select(e => e.Champ == nameof(BesoinCil.NombreLogements) ? e with { Champ = nameof(Nombre) } : e)
        );
        if (!ModelState.IsValid)
        {
            (PageCourante, Pagination) = await Requete().PaginerAsync(1, ct);
            return Page();
        }
        besoin.ModifieLe = horloge.GetUtcNow();
        db.BesoinsCil.Add(besoin);
        await db.SaveChangesAsync(ct);
        Confirmation = $"Besoin de {commune!.Nom} enregistré : il est transmis à la CIL de l'intercommunalité.";
        return Redirect("/attributions/cil/besoins");
    }

    private IQueryable<BesoinCil> Requete()
    {
        var sirens = Epcis.Select(e => e.Siren).ToList();
        if (!string.IsNullOrWhiteSpace(Epci))
            sirens = sirens.Where(s => s == Epci).ToList();
        return db
            .BesoinsCil.AsNoTracking()
            .Where(b => sirens.Contains(b.EpciSiren))
            .OrderByDescending(b => b.Date)
            .ThenBy(b => b.CommuneCode)
            .ThenBy(b => b.Id);
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireAttributions(acteur))
            return Forbid();
        Epcis = await AccesAttributions.EpcisVisiblesAsync(db, acteur, ct);
        if (!string.IsNullOrWhiteSpace(Epci) && !Epcis.Any(e => e.Siren == Epci))
            return Forbid();
        var sirens = Epcis.Select(e => e.Siren).ToList();
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle && c.EpciSiren != null && sirens.Contains(c.EpciSiren))
            .ToListAsync(ct);
        NomsCommunes = communes.ToDictionary(c => c.Code, c => c.Nom);
        CommunesSaisissables = communes
            .Where(c =>
                Habilitations.Autorise(acteur, Ressource.Attributions, Acte.Modifier, AccesAttributions.CibleCommune(c))
            )
            .OrderBy(c => c.Nom, Francais.Ordre)
            .ToList();
        return null;
    }

    public static readonly string[] EntetesExport =
    [
        "Date",
        "Code commune",
        "Commune",
        "SIREN EPCI",
        "Typologie",
        "Public",
        "Logements souhaités",
        "Commentaire",
    ];

    private FileContentResult Exporter(List<BesoinCil> besoins)
    {
        var lignes = besoins.Select(b =>
            (IReadOnlyList<object?>)
                [
                    b.Date,
                    b.CommuneCode,
                    NomsCommunes.GetValueOrDefault(b.CommuneCode, b.CommuneCode),
                    b.EpciSiren,
                    b.Typologie,
                    b.Public,
                    b.NombreLogements,
                    b.Commentaire,
                ]
        );
        return Format == "csv"
            ? ExportTableau.Csv("besoins-cil", EntetesExport, lignes)
            : ExportTableau.Xlsx("besoins-cil", "Besoins CIL", EntetesExport, lignes);
    }
}
