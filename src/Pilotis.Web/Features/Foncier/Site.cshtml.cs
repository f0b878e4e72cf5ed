using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Foncier;

/// <summary>
/// La page d'un site : ses parcelles, sa capacité, son historique (journal) et ses transitions de statut
/// (<see cref="TransitionsSite"/>) ; « engager une opération » le lie à une opération de sa commune que l'acteur
/// peut lire. 404 pour un site inconnu ou hors des droits de lecture.
/// </summary>
public sealed class SiteModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    public SiteFoncier Site { get; private set; } = null!;
    public NomsTerritoire Noms { get; private set; } = new([], []);
    public string? NomPorteur { get; private set; }
    public Operation? OperationLiee { get; private set; }
    public bool OperationLisible { get; private set; }
    public bool PeutModifier { get; private set; }
    public List<OperationChoisie> Operations { get; private set; } = [];
    public List<EvenementHistorique> Historique { get; private set; } = [];
    public string? Refus { get; private set; }

    [TempData]
    public string? Succes { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFoncier(acteur))
            return Forbid();
        var site = await db.SitesFonciers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (site is null || !Habilitations.Autorise(acteur, Ressource.Foncier, Acte.Lire, site.Cible()))
            return NotFound();
        await ChargerAsync(acteur, site, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTransitionAsync(
        int id,
        ActionSite action,
        int? operationId,
        Guid jeton,
        CancellationToken ct
    )
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFoncier(acteur))
            return Forbid();
        var site = await db.SitesFonciers.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (site is null || !Habilitations.Autorise(acteur, Ressource.Foncier, Acte.Lire, site.Cible()))
            return NotFound();
        if (!Habilitations.Autorise(acteur, Ressource.Foncier, Acte.Modifier, site.Cible()))
            return Forbid();
        if (site.Jeton != jeton)
            return await EchecAsync(
                acteur,
                site,
                "Le site a été modifié entre-temps : vérifiez son statut et recommencez.",
                ct
            );
        var contexte = await ContexteAsync(acteur, site, operationId, ct);
        if (TransitionsSite.Appliquer(site, action, contexte) is string refus)
            return await EchecAsync(acteur, site, refus, ct);
        site.ModifieLe = horloge.GetUtcNow();
        await db.SaveChangesAsync(ct);
        Succes = $"Statut du site : {site.Statut.Libelle()}.";
        return Redirect($"/foncier/sites/{site.Id}");
    }

    /// <summary>L'opération visée, lue seulement si l'acteur peut la lire (sinon : comme si elle n'existait pas).
    /// </summary>
    private async Task<ContexteTransitionSite> ContexteAsync(
        Acteur acteur,
        SiteFoncier site,
        int? operationId,
        CancellationToken ct
    )
    {
        var aujourdhui = Francais.JourAParis(horloge.GetUtcNow());
        var idVise = operationId ?? site.OperationId;
        if (idVise is not int opId)
            return new ContexteTransitionSite(aujourdhui);
        var op = await db
            .Operations.AsNoTracking()
            .Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire))
            .Where(o => o.Id == opId)
            .Select(o => new
            {
                o.Id,
                o.CommuneCode,
                Livree = o.DateLivraison != null || o.DateMiseEnService != null,
            })
            .FirstOrDefaultAsync(ct);
        if (op is null)
            return new ContexteTransitionSite(aujourdhui);
        var lieeAilleurs = await db.SitesFonciers.AnyAsync(s => s.OperationId == op.Id && s.Id != site.Id, ct);
        return new ContexteTransitionSite(aujourdhui, op.Id, op.CommuneCode, lieeAilleurs, op.Livree);
    }

    private async Task<IActionResult> EchecAsync(Acteur acteur, SiteFoncier site, string refus, CancellationToken ct)
    {
        await db.Entry(site).ReloadAsync(ct);
        Refus = refus;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        await ChargerAsync(acteur, site, ct);
        return Page();
    }

    private async Task ChargerAsync(Acteur acteur, SiteFoncier site, CancellationToken ct)
    {
        Site = site;
        PeutModifier = Habilitations.Autorise(acteur, Ressource.Foncier, Acte.Modifier, site.Cible());
        Noms = await NomsTerritoire.LireAsync(db, [site.CommuneCode], [site.EpciSiren], ct);
        if (site.PorteurId is int porteur)
            NomPorteur = await db.Organisations.Where(o => o.Id == porteur).Select(o => o.Nom).FirstOrDefaultAsync(ct);
        var lisibles = db
            .Operations.AsNoTracking()
            .Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire));
        if (site.OperationId is int op)
        {
            OperationLiee = await db.Operations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == op, ct);
            OperationLisible = await lisibles.AnyAsync(o => o.Id == op, ct);
        }
        if (PeutModifier && TransitionsSite.Trouver(site.Statut, ActionSite.EngagerOperation) is not null)
        {
            var dejaLiees = db.SitesFonciers.Where(s => s.OperationId != null).Select(s => s.OperationId!.Value);
            Operations = await lisibles
                .Where(o => o.CommuneCode == site.CommuneCode && !dejaLiees.Contains(o.Id))
                .OrderBy(o => o.Numero)
                .Select(o => new OperationChoisie(o.Id, o.Numero, o.Nom))
                .Take(200)
                .ToListAsync(ct);
        }
        var cle = site.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entrees = await db
            .Journal.AsNoTracking()
            .Where(j => j.Entite == nameof(SiteFoncier) && j.EntiteId == cle)
            .OrderByDescending(j => j.Id)
            .Take(100)
            .Select(j => new
            {
                j.Quand,
                j.Auteur,
                j.Action,
                j.Avant,
                j.Apres,
            })
            .ToListAsync(ct);
        Historique = entrees
            .Select(j => EvenementHistorique.Depuis(j.Quand, j.Auteur, j.Action, j.Avant, j.Apres))
            .ToList();
    }
}
