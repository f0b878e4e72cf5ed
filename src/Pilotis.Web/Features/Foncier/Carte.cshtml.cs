using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Foncier;

/// <summary>
/// Carte des sites localisés (coordonnées, ou premier point de leur géométrie GeoJSON) que l'acteur peut lire :
/// Leaflet servi depuis npm, sans serveur de tuiles (fond blanc ; ADR 0024). La même liste est donnée en tableau pour
/// qui n'a pas la carte.
/// </summary>
public sealed class CarteModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    /// <summary>Au-delà, la carte n'aide plus : on filtre par EPCI.</summary>
    public const int Maximum = 5000;

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    public List<PointCarte> Points { get; private set; } = [];
    public int NonLocalises { get; private set; }
    public string Donnees { get; private set; } = "[]";
    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFoncier(acteur))
            return Forbid();
        var visibles = db.SitesFonciers.AsNoTracking().Where(AccesFoncier.Sites(acteur, Acte.Lire));
        var sirens = await visibles
            .Where(s => s.EpciSiren != null)
            .Select(s => s.EpciSiren!)
            .Distinct()
            .ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(Epci))
            visibles = visibles.Where(s => s.EpciSiren == Epci);
        var sites = await visibles.OrderBy(s => s.Id).Take(Maximum).ToListAsync(ct);
        var noms = await NomsTerritoire.LireAsync(db, sites.Select(s => s.CommuneCode), sirens, ct);
        Epcis = noms.Epcis.Select(e => (e.Key, e.Value)).OrderBy(e => e.Value, Francais.Ordre).ToList();
        foreach (var s in sites)
        {
            if (ValidationSiteFoncier.Point(s) is not var (lon, lat))
            {
                NonLocalises++;
                continue;
            }
            Points.Add(
                new PointCarte(
                    s.Id,
                    s.Nom,
                    noms.Commune(s.CommuneCode),
                    s.Statut.Libelle(),
                    s.Statut.Code(),
                    s.CapaciteEstimee,
                    lon,
                    lat,
                    s.Geometrie
                )
            );
        }
        Donnees = JsonSerializer.Serialize(Points, JsonSerializerOptions.Web);
        return Page();
    }
}
