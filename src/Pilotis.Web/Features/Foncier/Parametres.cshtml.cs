using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Foncier;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Foncier;

/// <summary>
/// Les paramètres datés de la capacité estimée d'un EPCI (densité par zone du PLU, part de logements sociaux, source) :
/// l'EPCI ajoute une ligne qui vaut à partir de sa date ; les capacités de ses sites sont alors recalculées.
/// </summary>
public sealed class ParametresModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty]
    public string? Zone { get; set; }

    [BindProperty]
    public string? Densite { get; set; }

    [BindProperty]
    public string? Part { get; set; }

    [BindProperty]
    public string? ValideDepuis { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public List<ParametreCapacite> Lignes { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public Dictionary<string, string> Erreurs { get; } = [];

    [TempData]
    public string? Succes { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFoncier(acteur))
            return Forbid();
        if (!await ChargerAsync(acteur, ct))
            return NotFound();
        ValideDepuis = Francais.JourAParis(horloge.GetUtcNow()).ToString("yyyy-MM-dd", Francais.Culture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFoncier(acteur))
            return Forbid();
        if (!await ChargerAsync(acteur, ct))
            return NotFound();
        if (!PeutModifier)
            return Forbid();
        var p = new ParametreCapacite { EpciSiren = Epci!, Source = Source?.Trim() ?? "" };
        if (LibellesFoncier.TryZone(Zone, out var zone))
            p.Zone = zone;
        else
            Erreurs.TryAdd(nameof(Zone), "Choisissez la zone du PLU.");
        if (LectureValeurs.Nombre(Densite, out var densite))
            p.DensiteLogementsHectare = densite;
        else
            Erreurs.TryAdd(nameof(Densite), "Indiquez la densité en logements par hectare (nombre).");
        if (LectureValeurs.Nombre(Part, out var part))
            p.PartLls = part / 100m;
        else
            Erreurs.TryAdd(nameof(Part), "Indiquez la part de logements sociaux en % (nombre de 0 à 100).");
        if (LectureValeurs.Date(ValideDepuis, out var depuis))
            p.ValideDepuis = depuis;
        else
            Erreurs.TryAdd(nameof(ValideDepuis), MessagesSaisie.PasUneDate(ValideDepuis));
        foreach (var e in CapaciteFonciere.Valider(p))
            Erreurs.TryAdd(
                e.Champ switch
                {
                    "DensiteLogementsHectare" => nameof(Densite),
                    "PartLls" => nameof(Part),
                    _ => e.Champ,
                },
                e.Message
            );
        if (Erreurs.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        db.ParametresCapacite.Add(p);
        await db.SaveChangesAsync(ct);
        var changes = await RequetesFoncier.RecalculerCapacitesAsync(
            db,
            p.EpciSiren,
            Francais.JourAParis(horloge.GetUtcNow()),
            ct
        );
        await db.SaveChangesAsync(ct);
        Succes = $"Paramètre enregistré ; {changes} site(s) ont une nouvelle capacité estimée.";
        return Redirect($"/foncier/parametres?epci={p.EpciSiren}");
    }

    /// <summary>
    /// Les EPCI (de la région de l'acteur) dont il lit l'observatoire ; faux quand l'EPCI demandé n'en est pas. Un EPCI
    /// à cheval sur deux départements est retenu si l'un de ses lieux l'est.
    /// </summary>
    private async Task<bool> ChargerAsync(Acteur acteur, CancellationToken ct)
    {
        var region = acteur.RegionCode;
        var lieux = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle && c.RegionCode == region && c.EpciSiren != null)
            .Select(c => new
            {
                Siren = c.EpciSiren!,
                c.DepartementCode,
                c.RegionCode,
            })
            .Distinct()
            .ToListAsync(ct);
        bool Autorise(string siren, Acte acte) =>
            lieux
                .Where(l => l.Siren == siren)
                .Any(l =>
                    Habilitations.Autorise(
                        acteur,
                        Ressource.Foncier,
                        acte,
                        new Cible(null, new Localisation(null, siren, l.DepartementCode, l.RegionCode))
                    )
                );
        var lisibles = lieux.Select(l => l.Siren).Distinct().Where(s => Autorise(s, Acte.Lire)).ToList();
        Epcis = (await db.Epcis.AsNoTracking().Where(e => lisibles.Contains(e.Siren)).ToListAsync(ct))
            .Select(e => (e.Siren, e.Nom))
            .OrderBy(e => e.Nom, Francais.Ordre)
            .ToList();
        Epci ??= acteur.Perimetre.Niveau == NiveauPerimetre.Epci ? acteur.Perimetre.Code : Epcis.FirstOrDefault().Siren;
        if (Epci is null)
            return true;
        if (!lisibles.Contains(Epci))
            return false;
        PeutModifier = Autorise(Epci, Acte.Modifier);
        Lignes = await db
            .ParametresCapacite.AsNoTracking()
            .Where(p => p.EpciSiren == Epci)
            .OrderBy(p => p.Zone)
            .ThenByDescending(p => p.ValideDepuis)
            .ToListAsync(ct);
        return true;
    }
}
