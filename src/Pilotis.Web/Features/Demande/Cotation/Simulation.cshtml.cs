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
            bilan = await PublierAsync(db, Grille, Aujourdhui, ct);
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
        Simulation = await SimulerAsync(db, Grille, Aujourdhui, ct);
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

    /// <summary>
    /// Cycle de vie des grilles de cotation d'un EPCI (CCH L441-2-8) : une nouvelle version part de la version publiée
    /// (ou de la proposition par défaut), se modifie à l'état de brouillon, se simule sur les demandes actives, puis se
    /// publie : la version précédente est archivée avec sa date de fin et les scores de l'EPCI sont recalculés.
    /// Une grille publiée ou archivée ne se modifie jamais.
    /// </summary>
    // (simulation et publication : cette page seule)
    /// <summary>Classements avec la version publiée (ou sans grille : par date de dépôt) et avec le brouillon, à la
    /// même date.</summary>
    public static async Task<SimulationGrille> SimulerAsync(
        PilotisDbContext db,
        GrilleCotation brouillon,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(brouillon);
        var nouvelle = await CotationEnMasse.ContexteAsync(db, brouillon, date, ct);
        var publiee = await db
            .GrillesCotation.AsNoTracking()
            .FirstOrDefaultAsync(g => g.EpciSiren == brouillon.EpciSiren && g.Statut == StatutGrille.Publiee, ct);
        var ancienne = publiee is null ? null : await CotationEnMasse.ContexteAsync(db, publiee, date, ct);
        var scores = new List<ScoresDemande>();
        var numeros = new Dictionary<long, string>();
        await foreach (
            var d in CotationEnMasse.ActivesDe(db, brouillon.EpciSiren).AsAsyncEnumerable().WithCancellation(ct)
        )
        {
            numeros[d.Id] = d.NumeroUnique;
            scores.Add(
                new ScoresDemande(
                    d.Id,
                    d.Donnees.DateDepot,
                    ancienne is null
                        ? null
                        : CalculCotation.Total(ancienne.Grille.Criteres, d.Donnees, ancienne.Contexte),
                    CalculCotation.Total(brouillon.Criteres, d.Donnees, nouvelle.Contexte)
                )
            );
        }
        return new SimulationGrille(ComparaisonClassements.Comparer(scores), publiee, numeros, nouvelle.Seuil);
    }

    /// <summary>
    /// Publie un brouillon valide : archive la version publiée (fin d'application à la date), publie celle-ci, puis
    /// recalcule les scores de l'EPCI. Le changement des grilles passe par SaveChanges, donc au journal.
    /// </summary>
    public static async Task<BilanCotation> PublierAsync(
        PilotisDbContext db,
        GrilleCotation brouillon,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(brouillon);
        if (brouillon.Statut != StatutGrille.Brouillon)
            throw new InvalidOperationException("Seul un brouillon se publie.");
        if (ValidationGrilleCotation.Valider(brouillon.Criteres).Count > 0)
            throw new InvalidOperationException("La grille comporte des erreurs.");
        // Publication et recalcul ensemble : jamais une grille publiée avec les scores de la précédente.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var precedentes = await db
            .GrillesCotation.Where(g =>
                g.EpciSiren == brouillon.EpciSiren && g.Statut == StatutGrille.Publiee && g.Id != brouillon.Id
            )
            .ToListAsync(ct);
        foreach (var p in precedentes)
        {
            p.Statut = StatutGrille.Archivee;
            p.ArchiveeLe = date;
        }
        brouillon.Statut = StatutGrille.Publiee;
        brouillon.PublieeLe = date;
        await db.SaveChangesAsync(ct);
        var bilan = await CotationEnMasse.RecalculerAsync(db, brouillon.EpciSiren, date, null, ct);
        await transaction.CommitAsync(ct);
        return bilan;
    }
}
