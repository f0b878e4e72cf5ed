using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Territoire;

/// <summary>Recherche de communes (accents ignorés) et liste des départements. Page publique.</summary>
public sealed class IndexModel(RequetesTerritoire requetes) : PageModel
{
    private const int Taille = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    public PageResultats<CommuneResume>? Resultats { get; private set; }
    public Pagination? Pagination { get; private set; }
    public List<DepartementResume> Departements { get; private set; } = [];

    public string NomDepartement(string code) => Departements.FirstOrDefault(d => d.Code == code)?.Nom ?? code;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Departements = await requetes.DepartementsAsync(ct);
        if (string.IsNullOrWhiteSpace(Q))
            return;
        NumeroPage = Math.Max(1, NumeroPage);
        Resultats = await requetes.CommunesAsync(null, null, Q, NumeroPage, Taille, ct);
        Pagination = new Pagination(Math.Max(1, NumeroPage), Resultats.Total, Taille);
    }
}
