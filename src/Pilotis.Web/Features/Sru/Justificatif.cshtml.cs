using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Téléchargement du justificatif d'une dépense déductible, pour qui peut consulter la situation SRU de la commune.
/// </summary>
public sealed class JustificatifModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    IConfiguration configuration,
    IWebHostEnvironment environnement
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var commune = await db
            .Communes.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Code == Code && c.Type == TypeCommune.Actuelle, ct);
        var depense = await db
            .DepensesDeductiblesSru.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == Id && d.CommuneCode == Code, ct);
        if (commune is null || depense is null)
            return NotFound();
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !HabilitationsSru.PeutConsulter(acteur, HabilitationsSru.Commune(commune)))
        {
            return Forbid();
        }
        var fichier = JustificatifsSru.Depuis(configuration, environnement).Trouver(Code, Id);
        if (fichier is null)
            return NotFound();
        return PhysicalFile(fichier.Value.Chemin, fichier.Value.Type, depense.Justificatif);
    }
}
