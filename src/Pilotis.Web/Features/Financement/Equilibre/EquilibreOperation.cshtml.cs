using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Financement.Equilibre;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement.Equilibre;

/// <summary>
/// L'équilibre d'une opération sous la loi actuelle et les propositions nationales, côte à côte (seed 001, II §2),
/// puis les flux annuels d'un scénario ; export CSV ou XLSX des flux. Ouvert à qui peut lire l'opération.
/// </summary>
public sealed class EquilibreOperationModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Scenario { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public Operation Operation { get; private set; } = null!;
    public IReadOnlyList<ResultatEquilibre> Resultats { get; private set; } = [];
    public ResultatEquilibre Choisi { get; private set; } = null!;
    public DateOnly Date { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var operation = await db
            .Operations.AsNoTracking()
            .Include(o => o.Lots)
            .Include(o => o.Financements)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (operation is null)
            return NotFound();
        if (!Habilitations.Autorise(acteur, Ressource.Operations, Acte.Lire, operation.Cible()))
            return Forbid();
        Operation = operation;
        Date = Affichage.JourAParis(horloge.GetUtcNow());
        Resultats = await RequetesEquilibre.EquilibreAsync(db, operation, Date, ct);
        Choisi = TableauEquilibre.Choisi(Resultats, Scenario);
        if (Format is "csv" or "xlsx")
        {
            var nom = $"equilibre-{operation.Numero}";
            var lignes = TableauEquilibre.LignesAnnees(Resultats);
            return Format == "csv"
                ? ExportTableau.Csv(nom, TableauEquilibre.EntetesAnnees, lignes)
                : ExportTableau.Xlsx(nom, "Flux annuels", TableauEquilibre.EntetesAnnees, lignes);
        }
        return Page();
    }
}
