using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Territoire;

/// <summary>Page d'un EPCI : communes membres (liste), population, départements couverts. Page publique.</summary>
public sealed class EpciModel(RequetesTerritoire requetes) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Siren { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public EpciDetail Epci { get; private set; } = null!;
    public int PopulationCommunes { get; private set; }

    public string LibelleNature =>
        Epci.Type switch
        {
            "CA" => "Communauté d'agglomération",
            "CC" => "Communauté de communes",
            "CU" => "Communauté urbaine",
            "METRO" => "Métropole",
            _ => Epci.Type,
        };

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!RequetesTerritoire.SirenValide(Siren))
            return NotFound();
        var epci = await requetes.EpciAsync(Siren, ct);
        if (epci is null)
            return NotFound();
        Epci = epci;
        PopulationCommunes = epci.Communes.Sum(c => c.Population ?? 0);
        if (Format is "csv" or "xlsx")
        {
            string[] entetes = ["code_insee", "nom", "departement", "population"];
            var lignes = epci.Communes.Select(c =>
                (IReadOnlyList<object?>)[c.Code, c.Nom, c.Departement, c.Population]
            );
            var nom = $"communes-epci-{Siren}";
            return Format == "csv"
                ? ExportTableau.Csv(nom, entetes, lignes)
                : ExportTableau.Xlsx(nom, "Communes", entetes, lignes);
        }
        return Page();
    }
}
