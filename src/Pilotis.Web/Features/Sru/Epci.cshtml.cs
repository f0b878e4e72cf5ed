using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Page SRU d'une intercommunalité : la somme de ses communes soumises (résidences principales, logements sociaux,
/// logements manquants, objectifs, prélèvements) et le tableau commune par commune. Ouverte à qui peut consulter
/// l'EPCI entier (l'EPCI lui-même, la DDTM et la DREAL de son territoire).
/// </summary>
public sealed class EpciModel(
    PilotisDbContext db,
    RequetesSru situations,
    ActeurCourant acteurCourant,
    TimeProvider horloge
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Siren { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tri { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public Epci Epci { get; private set; } = null!;
    public List<int> Annees { get; private set; } = [];
    public List<LigneSru> Lignes { get; private set; } = [];
    public TotauxSru Totaux { get; private set; } = TotauxSru.De([]);
    public int CommunesMembres { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var epci = await db.Epcis.AsNoTracking().FirstOrDefaultAsync(e => e.Siren == Siren, ct);
        if (epci is null)
            return NotFound();
        Epci = epci;
        CommunesMembres = await db.Communes.CountAsync(c => c.EpciSiren == Siren && c.Type == TypeCommune.Actuelle, ct);
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireSruEpci(acteur, await CiblesEpciSru.LireAsync(db, Siren, ct)))
            return Forbid();

        Annees = await situations.AnneesAsync(ct);
        if (Annee is null || !Annees.Contains(Annee.Value))
            Annee = Annees.FirstOrDefault(horloge.GetLocalNow().Year);
        var calculees = await situations.CalculerAsync(Annee.Value, epci: Siren, ct: ct);
        if (!TableauSru.TriValide(Tri))
            Tri = null;
        Lignes = TableauSru.Trier(await situations.LignesVisiblesAsync(acteur, calculees, ct), Tri);
        Totaux = TotauxSru.De(Lignes);

        if (Format is "csv" or "xlsx")
        {
            var nom = $"sru-epci-{Siren}-{Annee}";
            var lignes = Lignes.Select(TableauSru.LigneExport);
            return Format == "csv"
                ? ExportTableau.Csv(nom, TableauSru.EntetesExport, lignes)
                : ExportTableau.Xlsx(nom, $"SRU {Annee}", TableauSru.EntetesExport, lignes);
        }
        return Page();
    }

    public string LienTri(string cle) => $"/sru/epci/{Siren}?annee={Annee}&tri={(Tri == cle ? "-" + cle : cle)}";

    public string? AriaSort(string cle) =>
        Tri?.TrimStart('-') == cle || (Tri is null && cle == "commune")
            ? (Tri?.StartsWith('-') == true ? "descending" : "ascending")
            : null;
}
