using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande.Cotation;

/// <summary>
/// Simulation d'un brouillon contre la version publiée, sur les demandes actives de l'EPCI (CCH L441-2-8) : combien
/// montent, descendent, restent, et les plus grands déplacements (numéro unique, scores, rangs : aucune donnée
/// personnelle). Puis « Publier » : archive la version publiée, publie le brouillon et recalcule les scores de l'EPCI.
/// </summary>
public sealed class SimulationModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    TimeProvider horloge,
    ILogger<SimulationModel> journal
) : PageModel
{
    public const int TaillePage = 50;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageDemandee { get; set; } = 1;

    [BindProperty]
    public string? Jeton { get; set; }

    public GrilleCotation Grille { get; private set; } = null!;
    public string EpciNom { get; private set; } = "";
    public SimulationGrille Simulation { get; private set; } = null!;
    public IReadOnlyList<MouvementClassement> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, TaillePage);
    public IReadOnlyList<string> ErreursGrille { get; private set; } = [];
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(suivi: false, ct);
        if (refus is not null)
            return refus;
        await SimulerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPublierAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(suivi: true, ct);
        if (refus is not null)
            return refus;
        var jeton = Guid.TryParse(Jeton, out var j) ? j : Guid.Empty;
        if (Grille.Statut != StatutGrille.Brouillon)
            Erreur = "Cette version n'est plus un brouillon : elle a déjà été publiée.";
        else if (ErreursGrille.Count > 0)
            Erreur = "La grille comporte des erreurs : corrigez-la avant de la publier.";
        else if (jeton != Grille.Jeton)
            Erreur = ModifierModel.MessageConcurrence + " Vérifiez la simulation à jour avant de publier.";
        if (Erreur is not null)
        {
            await SimulerAsync(ct);
            return Page();
        }
        db.Entry(Grille).Property(g => g.Jeton).OriginalValue = jeton;
        BilanCotation bilan;
        try
        {
            bilan = await GrillesCotationEpci.PublierAsync(db, Grille, Aujourdhui, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Erreur = ModifierModel.MessageConcurrence;
            db.ChangeTracker.Clear();
            await ChargerAsync(suivi: false, ct);
            await SimulerAsync(ct);
            return Page();
        }
        journal.LogInformation(
            "Grille de cotation {GrilleId} de l'EPCI {Epci} publiée : {Demandes} demandes recotées en {Duree} ms",
            Grille.Id,
            Grille.EpciSiren,
            bilan.DemandesCotees,
            (long)bilan.Duree.TotalMilliseconds
        );
        return Redirect($"/cotation/{Grille.EpciSiren}?publiee={Grille.Version}&demandes={bilan.DemandesCotees}");
    }

    private DateOnly Aujourdhui => DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);

    private async Task SimulerAsync(CancellationToken ct)
    {
        Simulation = await GrillesCotationEpci.SimulerAsync(db, Grille, Aujourdhui, ct);
        var tries = Simulation.Bilan.PlusGrandsDeplacements.ToList();
        Pagination = new Pagination(1, tries.Count, TaillePage);
        Pagination = Pagination with { Page = Math.Clamp(PageDemandee, 1, Pagination.NombrePages) };
        Lignes = tries.Skip((Pagination.Page - 1) * TaillePage).Take(TaillePage).ToList();
    }

    private async Task<IActionResult?> ChargerAsync(bool suivi, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var grille = await (suivi ? db.GrillesCotation : db.GrillesCotation.AsNoTracking()).FirstOrDefaultAsync(
            g => g.Id == Id,
            ct
        );
        if (grille is null)
            return NotFound();
        if (!AccesCotation.PeutModifier(acteur, grille.EpciSiren))
            return Forbid();
        Grille = grille;
        ErreursGrille = ValidationGrilleCotation.Valider(grille.Criteres).Select(e => e.Message).ToList();
        EpciNom = await db
            .Epcis.AsNoTracking()
            .Where(e => e.Siren == grille.EpciSiren)
            .Select(e => e.Nom)
            .FirstOrDefaultAsync(ct)
            ?? grille.EpciSiren;
        Jeton ??= grille.Jeton.ToString();
        return null;
    }
}
