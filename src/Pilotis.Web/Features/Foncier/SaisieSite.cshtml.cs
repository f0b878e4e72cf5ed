using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Foncier;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Foncier;

/// <summary>
/// Créer ou modifier un site (l'EPCI sur son territoire, l'EPF sur les sites qu'il porte) : saisie relue avec un
/// message par champ, règles du domaine, capacité recalculée avec les paramètres de l'EPCI ; rien n'est écrit au
/// moindre refus ; concurrence optimiste ; chaque écriture va au journal (historique du site). Le statut ne change que
/// par les transitions de la page du site.
/// </summary>
public sealed class SaisieSiteModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty]
    public SaisieSite Saisie { get; set; } = new();

    public int? Id { get; private set; }
    public Dictionary<string, string> Erreurs { get; } = [];
    public List<(int Id, string Nom)> Epf { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.ModifierFoncier(acteur))
            return Forbid();
        Id = id;
        if (id is int i)
        {
            var site = await db.SitesFonciers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == i, ct);
            if (site is null || !Habilitations.Autorise(acteur, Ressource.Foncier, Acte.Lire, site.Cible()))
                return NotFound();
            if (!Habilitations.Autorise(acteur, Ressource.Foncier, Acte.Modifier, site.Cible()))
                return Forbid();
            Saisie = SaisieSite.Depuis(site);
        }
        // L'EPF ne modifie que les sites qu'il porte (table des droits) : son site nouveau est porté par lui.
        else if (Habilitations.PorteeAccordee(acteur, Ressource.Foncier, Acte.Modifier) == Portee.Organisation)
            (Saisie.Proprietaire, Saisie.PorteurId) = (TypeProprietaire.Epf.Code(), acteur.OrganisationId);
        await ChargerEpfAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.ModifierFoncier(acteur))
            return Forbid();
        Id = id;
        SiteFoncier site;
        if (id is int i)
        {
            var existant = await db.SitesFonciers.FirstOrDefaultAsync(s => s.Id == i, ct);
            if (existant is null || !Habilitations.Autorise(acteur, Ressource.Foncier, Acte.Lire, existant.Cible()))
                return NotFound();
            if (!Habilitations.Autorise(acteur, Ressource.Foncier, Acte.Modifier, existant.Cible()))
                return Forbid();
            site = existant;
            db.Entry(site).Property(s => s.Jeton).OriginalValue = Saisie.Jeton;
        }
        else
            site = new SiteFoncier
            {
                Identifiant = "",
                Nom = "",
                CommuneCode = "",
                DepartementCode = "",
                RegionCode = "",
                Parcelles = "",
            };
        await ChargerEpfAsync(ct);
        var code = Saisie.Commune?.Trim().ToUpperInvariant() ?? "";
        var lieu = (await RequetesFoncier.LieuxAsync(db, [code], ct)).GetValueOrDefault(code);
        foreach (var e in Saisie.Lire(site, lieu))
            Erreurs.TryAdd(e.Champ, e.Message);
        if (site.PorteurId is int p && !Epf.Any(o => o.Id == p))
            Erreurs.TryAdd(nameof(SaisieSite.PorteurId), "Choisissez un établissement public foncier de la liste.");
        if (Erreurs.Count == 0 && !Habilitations.Autorise(acteur, Ressource.Foncier, Acte.Modifier, site.Cible()))
            Erreurs.TryAdd(nameof(SaisieSite.Commune), "Cette commune (ou ce porteur) est hors de votre périmètre.");
        if (Erreurs.Count == 0 && await IdentifiantPrisAsync(site, ct))
            Erreurs.TryAdd(nameof(SaisieSite.Identifiant), "Un autre site de l'EPCI porte déjà cet identifiant.");
        if (Erreurs.Count > 0)
            return Echec();
        return await EnregistrerAsync(site, ct);
    }

    private async Task<IActionResult> EnregistrerAsync(SiteFoncier site, CancellationToken ct)
    {
        var aujourdhui = Francais.JourAParis(horloge.GetUtcNow());
        var parametres = await RequetesFoncier.ParametresAsync(db, site.EpciSiren is null ? [] : [site.EpciSiren], ct);
        site.CapaciteEstimee = CapaciteFonciere.Estimer(site, parametres, aujourdhui);
        site.ModifieLe = horloge.GetUtcNow();
        if (site.Id == 0)
        {
            site.CreeLe = site.ModifieLe;
            site.DateStatut = aujourdhui;
            db.SitesFonciers.Add(site);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Erreurs.TryAdd("", "Le site a été modifié entre-temps : rechargez la page et recommencez.");
            return Echec();
        }
        return Redirect($"/foncier/sites/{site.Id}");
    }

    private async Task<bool> IdentifiantPrisAsync(SiteFoncier site, CancellationToken ct) =>
        await db.SitesFonciers.AnyAsync(
            s => s.Id != site.Id && s.EpciSiren == site.EpciSiren && s.Identifiant == site.Identifiant,
            ct
        );

    private PageResult Echec()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task ChargerEpfAsync(CancellationToken ct) =>
        Epf = (
            await db
                .Organisations.AsNoTracking()
                .Where(o => AccesFoncier.TypesPorteurs.Contains(o.Type) && o.Active)
                .Select(o => new { o.Id, o.Nom })
                .ToListAsync(ct)
        )
            .Select(o => (o.Id, o.Nom))
            .ToList();

    public string? Erreur(string champ) => Erreurs.GetValueOrDefault(champ);
}
