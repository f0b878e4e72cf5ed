using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Territoire;

/// <summary>
/// Vue d'ensemble d'un département : chiffres, EPCI, communes filtrables et exportables. Page publique.
/// </summary>
public sealed class DepartementModel(RequetesTerritoire requetes, PilotisDbContext db) : PageModel
{
    private const int Taille = 50;

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public DepartementResume Departement { get; private set; } = null!;
    public string NomRegion { get; private set; } = "";
    public List<EpciResume> Epcis { get; private set; } = [];
    public PageResultats<CommuneResume> Communes { get; private set; } = null!;
    public Pagination Pagination { get; private set; } = null!;

    public string NomEpci(string siren) => Epcis.FirstOrDefault(e => e.Siren == siren)?.Nom ?? siren;

    public string LienExport(string format) =>
        $"/territoires/departements/{Code}?format={format}"
        + (string.IsNullOrEmpty(Q) ? "" : $"&q={Uri.EscapeDataString(Q)}")
        + (string.IsNullOrEmpty(Epci) ? "" : $"&epci={Epci}");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!RequetesTerritoire.CodeDepartementValide(Code))
            return NotFound();
        var departement = await requetes.DepartementAsync(Code, ct);
        if (departement is null)
            return NotFound();
        Departement = departement;
        NomRegion = await db.Regions.Where(r => r.Code == departement.Region).Select(r => r.Nom).FirstOrDefaultAsync(ct)
            ?? departement.Region;
        Epcis = await requetes.EpcisAsync(Code, ct);
        if (Epci is not null && !RequetesTerritoire.SirenValide(Epci))
            Epci = null;

        if (Format is "csv" or "xlsx")
        {
            var toutes = await requetes.CommunesAsync(Code, Epci, Q, 1, RequetesTerritoire.TailleMaximale, ct);
            string[] entetes = ["code_insee", "nom", "population", "siren_epci", "epci"];
            var lignes = toutes.Items.Select(c =>
                (IReadOnlyList<object?>)[c.Code, c.Nom, c.Population, c.Epci, c.Epci is null ? null : NomEpci(c.Epci)]
            );
            var nom = $"communes-{Code}";
            return Format == "csv"
                ? ExportTableau.Csv(nom, entetes, lignes)
                : ExportTableau.Xlsx(nom, "Communes", entetes, lignes);
        }

        NumeroPage = Math.Max(1, NumeroPage);
        Communes = await requetes.CommunesAsync(Code, Epci, Q, NumeroPage, Taille, ct);
        Pagination = new Pagination(Math.Max(1, NumeroPage), Communes.Total, Taille);
        return Page();
    }
}
