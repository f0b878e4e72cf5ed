using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Territoire;

/// <summary>
/// Ajout d'une valeur datée (zonage, QPV, statut SRU…) à une commune, par la DDTM de son département.
/// </summary>
[Authorize]
public sealed class AttributsCommuneModel(
    RequetesTerritoire requetes,
    PilotisDbContext db,
    ActeurCourant acteur,
    TimeProvider horloge
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public NatureAttribut? Nature { get; set; }

    [BindProperty]
    public string? Valeur { get; set; }

    [BindProperty]
    public DateOnly? ValideDepuis { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Enregistre { get; set; }

    public CommuneDetail Commune { get; private set; } = null!;
    public List<AttributCommune> Historique { get; private set; } = [];
    public HashSet<int> EnVigueur { get; private set; } = [];

    public string ClasseErreur(string champ) =>
        ModelState.TryGetValue(champ, out var etat) && etat.Errors.Count > 0
            ? "fr-input-group--error fr-select-group--error"
            : "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        return refus ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        foreach (var (champ, message) in ControleAttribut.Valider(Nature, Valeur, ValideDepuis, Source))
        {
            ModelState.AddModelError(
                champ switch
                {
                    "attribut" => nameof(Nature),
                    "valeur" => nameof(Valeur),
                    "valide_depuis" => nameof(ValideDepuis),
                    _ => nameof(Source),
                },
                message
            );
        }
        if (
            Nature is not null
            && ValideDepuis is not null
            && Historique.Any(a => a.Nature == Nature && a.ValideDepuis == ValideDepuis)
        )
        {
            ModelState.AddModelError(
                nameof(ValideDepuis),
                "Une valeur existe déjà à cette date pour cet attribut : choisissez une autre date d'effet."
            );
        }
        if (!ModelState.IsValid)
            return Page();

        db.AttributsCommunes.Add(
            new AttributCommune
            {
                CommuneCode = Commune.Code,
                Nature = Nature!.Value,
                Valeur = ValeursAttributs.Canonique(Nature.Value, Valeur)!,
                ValideDepuis = ValideDepuis!.Value,
                Source = Source!.Trim(),
            }
        );
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(
                nameof(ValideDepuis),
                "Une valeur vient d'être enregistrée à cette date par quelqu'un d'autre : rechargez la page."
            );
            return Page();
        }
        return RedirectToPage(new { Code = Commune.Code, Enregistre = true });
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        if (!RequetesTerritoire.CodeCommuneValide(Code))
            return NotFound();
        var commune = await requetes.CommuneAsync(Code, ct);
        if (commune is null)
            return NotFound();
        Commune = commune;
        if (!await acteur.AutoriseAsync(Ressource.AttributsCommunes, Acte.Modifier, CommuneModel.CibleCommune(commune)))
            return Forbid();
        Historique = await db
            .AttributsCommunes.AsNoTracking()
            .Where(a => a.CommuneCode == commune.Code)
            .OrderByDescending(a => a.ValideDepuis)
            .ThenBy(a => a.Nature)
            .ToListAsync(ct);
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        EnVigueur = Enum.GetValues<NatureAttribut>()
            .Select(n => ValeursAttributs.EnVigueur(Historique, n, aujourdhui)?.Id)
            .OfType<int>()
            .ToHashSet();
        return null;
    }
}
