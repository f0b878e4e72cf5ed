using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Une dépense déductible déclarée : sa fiche, et pour la DDTM la validation (elle vient alors en déduction du
/// prélèvement de l'année N+2) ou le refus motivé. Seule une dépense « déclarée » peut être décidée ; concurrence
/// optimiste par le jeton de la dépense.
/// </summary>
public sealed class DeciderDepenseModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    TimeProvider horloge,
    IConfiguration configuration,
    IWebHostEnvironment environnement
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid? Jeton { get; set; }

    [BindProperty]
    public string? MotifRefus { get; set; }

    public Commune Commune { get; private set; } = null!;
    public DepenseDeductibleSru Depense { get; private set; } = null!;
    public bool PeutInstruire { get; private set; }
    public bool FichierDisponible { get; private set; }
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public Task<IActionResult> OnPostValiderAsync(CancellationToken ct) => DeciderAsync(valider: true, ct);

    public Task<IActionResult> OnPostRefuserAsync(CancellationToken ct) => DeciderAsync(valider: false, ct);

    private async Task<IActionResult> DeciderAsync(bool valider, CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        if (!PeutInstruire)
            return Forbid();
        ModelState.Clear();
        if (Depense.Statut != StatutDepenseSru.Declaree)
        {
            return Echec(
                $"Cette dépense est déjà « {Depense.Statut.Libelle().ToLowerInvariant()} » : elle ne peut plus être "
                    + "décidée."
            );
        }
        if (Jeton is null || Jeton != Depense.Jeton)
        {
            return Echec(
                "La dépense a été modifiée par quelqu'un d'autre depuis l'affichage de la page : vérifiez-la puis "
                    + "recommencez."
            );
        }
        if (!valider && string.IsNullOrWhiteSpace(MotifRefus))
        {
            ModelState.AddModelError(
                nameof(MotifRefus),
                "Le motif du refus est obligatoire : il est communiqué à la commune."
            );
            return Echec("Le refus n'a pas été enregistré.");
        }
        if (!valider && MotifRefus!.Trim().Length > 500)
        {
            ModelState.AddModelError(nameof(MotifRefus), "Le motif ne peut pas dépasser 500 caractères.");
            return Echec("Le refus n'a pas été enregistré.");
        }

        db.Attach(Depense);
        db.Entry(Depense).Property(d => d.Jeton).OriginalValue = Jeton.Value;
        Depense.Statut = valider ? StatutDepenseSru.Validee : StatutDepenseSru.Refusee;
        Depense.MotifRefus = valider ? null : MotifRefus!.Trim();
        Depense.DecideeLe = horloge.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ChargerAsync(ct);
            return Echec(
                "La dépense a été modifiée par quelqu'un d'autre pendant l'enregistrement : vérifiez-la puis "
                    + "recommencez."
            );
        }
        return Redirect($"/sru/communes/{Code}?depense={(valider ? "validee" : "refusee")}#depenses");
    }

    private IActionResult Echec(string message)
    {
        Erreur = message;
        return Page();
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var commune = await db
            .Communes.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Code == Code && c.Type == TypeCommune.Actuelle, ct);
        var depense = await db
            .DepensesDeductiblesSru.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == Id && d.CommuneCode == Code, ct);
        if (commune is null || depense is null)
            return NotFound();
        Commune = commune;
        Depense = depense;
        var acteur = await acteurCourant.LireAsync();
        var cible = HabilitationsSru.Commune(commune);
        if (acteur is null || !HabilitationsSru.PeutConsulter(acteur, cible))
            return Forbid();
        PeutInstruire = HabilitationsSru.PeutInstruire(acteur, cible);
        FichierDisponible = JustificatifsSru.Depuis(configuration, environnement).Trouver(Code, Id) is not null;
        return null;
    }
}
