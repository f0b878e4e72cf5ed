using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Financement;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement;

/// <summary>
/// La fiche publique d'une aide : HTML de la source nettoyé à l'import (affiché tel quel), liens, « cette aide m'a été
/// utile » (un compteur, sans savoir qui) ; le bailleur la rattache à une ligne du plan de financement d'une de ses
/// opérations (droit de modifier l'opération) ; le financeur qui la tient la modifie.
/// </summary>
public sealed class FicheModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    public Aide Aide { get; private set; } = null!;
    public IReadOnlyList<LigneLiable> Lignes { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public bool Merci { get; private set; }
    public string? Message { get; private set; }

    [BindProperty]
    public int? LigneId { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, bool merci, bool lie, CancellationToken ct)
    {
        if (!await ChargerAsync(slug, ct))
            return NotFound();
        Merci = merci;
        Message = lie ? "L'aide est rattachée à la ligne du plan de financement." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostUtileAsync(string slug, CancellationToken ct)
    {
        var aide = await db.Aides.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, ct);
        if (aide is null)
            return NotFound();
        var jour = DateOnly.FromDateTime(db.Horloge.GetUtcNow().UtcDateTime);
        // Un compteur par aide et par jour, sans compte ni adresse ; il ne va pas au journal des écritures.
        db.JournalDetailleSuspendu = true;
        var n = await db
            .AvisAides.Where(a => a.AideId == aide.Id && a.Jour == jour)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Utile, a => a.Utile + 1), ct);
        if (n == 0)
        {
            db.AvisAides.Add(
                new AvisAide
                {
                    AideId = aide.Id,
                    Jour = jour,
                    Utile = 1,
                }
            );
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Un autre avis du même jour vient de créer la ligne : on l'incrémente.
                db.ChangeTracker.Clear();
                await db
                    .AvisAides.Where(a => a.AideId == aide.Id && a.Jour == jour)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Utile, a => a.Utile + 1), ct);
            }
        }
        return Redirect($"/aides/{slug}?merci=true");
    }

    public async Task<IActionResult> OnPostLierAsync(string slug, CancellationToken ct)
    {
        if (!await ChargerAsync(slug, ct))
            return NotFound();
        var ligne = Lignes.FirstOrDefault(l => l.LigneId == LigneId);
        if (ligne is null)
        {
            ModelState.AddModelError(
                nameof(LigneId),
                "Choisissez une ligne du plan de financement d'une de vos opérations."
            );
            return Page();
        }
        if (ligne.Liee)
        {
            ModelState.AddModelError(nameof(LigneId), "Cette aide est déjà rattachée à cette ligne.");
            return Page();
        }
        db.LiensAidesFinancements.Add(
            new LienAideFinancement
            {
                AideId = Aide.Id,
                OperationId = ligne.OperationId,
                LigneFinancementId = ligne.LigneId,
                Quand = db.Horloge.GetUtcNow(),
            }
        );
        await db.SaveChangesAsync(ct);
        return Redirect($"/aides/{slug}?lie=true");
    }

    private async Task<bool> ChargerAsync(string slug, CancellationToken ct)
    {
        var aide = await db.Aides.AsNoTracking().FirstOrDefaultAsync(a => a.Slug == slug, ct);
        if (aide is null)
            return false;
        Aide = aide;
        var acteur = await acteurCourant.LireAsync();
        var titulaire =
            aide.Locale && aide.OrganisationId is { } id
                ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct)
                : null;
        PeutModifier = AccesPages.ModifierAide(acteur, titulaire);
        Lignes = acteur is null ? [] : await LignesAsync(acteur, aide.Id, ct);
        return true;
    }

    /// <summary>Les lignes de financement des opérations que l'acteur peut modifier (les siennes).</summary>
    private async Task<List<LigneLiable>> LignesAsync(Acteur acteur, int aideId, CancellationToken ct)
    {
        if (Habilitations.PorteeAccordee(acteur, Ressource.Operations, Acte.Modifier) != Portee.Organisation)
            return [];
        var lignes = await db
            .FinancementsOperation.AsNoTracking()
            .Join(
                db.Operations.Where(o => o.BailleurId == acteur.OrganisationId),
                f => f.OperationId,
                o => o.Id,
                (f, o) =>
                    new
                    {
                        f.Id,
                        OperationId = o.Id,
                        o.Numero,
                        o.Nom,
                        f.Type,
                        f.Financeur,
                        f.Montant,
                    }
            )
            .OrderBy(x => x.Numero)
            .ThenBy(x => x.Id)
            .Take(500)
            .ToListAsync(ct);
        var liees = await db
            .LiensAidesFinancements.Where(l => l.AideId == aideId)
            .Select(l => l.LigneFinancementId)
            .ToListAsync(ct);
        return lignes
            .Select(x => new LigneLiable(
                x.Id,
                x.OperationId,
                $"{x.Numero} — {x.Nom}",
                x.Type.Libelle() + (x.Financeur is null ? "" : $" ({x.Financeur})"),
                x.Montant,
                liees.Contains(x.Id)
            ))
            .ToList();
    }
}
