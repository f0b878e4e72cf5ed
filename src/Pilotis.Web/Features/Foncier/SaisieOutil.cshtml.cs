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
/// Un outil foncier : lu par qui peut le lire, créé ou modifié par qui peut le modifier (la commune les siens, l'EPCI
/// ceux de ses communes, l'EPF ses conventions de portage). Un message par champ, rien n'est écrit au moindre refus,
/// concurrence optimiste, historique au journal.
/// </summary>
public sealed class SaisieOutilModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty]
    public SaisieOutil Saisie { get; set; } = new();

    public int? Id { get; private set; }
    public bool PeutModifier { get; private set; }
    public Dictionary<string, string> Erreurs { get; } = [];
    public List<(int Id, string Nom)> Epf { get; private set; } = [];
    public List<(int Id, string Nom)> Sites { get; private set; } = [];
    public List<EvenementHistorique> Historique { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireOutilsFonciers(acteur))
            return Forbid();
        Id = id;
        if (id is int i)
        {
            var outil = await db.OutilsFonciers.AsNoTracking().FirstOrDefaultAsync(o => o.Id == i, ct);
            if (outil is null || !Habilitations.Autorise(acteur, Ressource.OutilsFonciers, Acte.Lire, outil.Cible()))
                return NotFound();
            PeutModifier = Habilitations.Autorise(acteur, Ressource.OutilsFonciers, Acte.Modifier, outil.Cible());
            Saisie = SaisieOutil.Depuis(outil);
            await ChargerHistoriqueAsync(i, ct);
        }
        else
        {
            if (!AccesPages.ModifierOutilsFonciers(acteur))
                return Forbid();
            PeutModifier = true;
            if (acteur.Perimetre.Niveau == NiveauPerimetre.Commune)
                Saisie.Commune = acteur.Perimetre.Code;
        }
        await ChargerChoixAsync(acteur, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.ModifierOutilsFonciers(acteur))
            return Forbid();
        Id = id;
        PeutModifier = true;
        OutilFoncier outil;
        if (id is int i)
        {
            var existant = await db.OutilsFonciers.FirstOrDefaultAsync(o => o.Id == i, ct);
            if (
                existant is null
                || !Habilitations.Autorise(acteur, Ressource.OutilsFonciers, Acte.Lire, existant.Cible())
            )
                return NotFound();
            if (!Habilitations.Autorise(acteur, Ressource.OutilsFonciers, Acte.Modifier, existant.Cible()))
                return Forbid();
            outil = existant;
            db.Entry(outil).Property(o => o.Jeton).OriginalValue = Saisie.Jeton;
        }
        else
            outil = new OutilFoncier
            {
                Nom = "",
                CommuneCode = "",
                DepartementCode = "",
                RegionCode = "",
            };
        await ChargerChoixAsync(acteur, ct);
        var code = Saisie.Commune?.Trim().ToUpperInvariant() ?? "";
        var lieu = (await RequetesFoncier.LieuxAsync(db, [code], ct)).GetValueOrDefault(code);
        foreach (var e in Saisie.Lire(outil, lieu))
            Erreurs.TryAdd(e.Champ, e.Message);
        await VerifierPortageAsync(acteur, outil, ct);
        if (
            Erreurs.Count == 0
            && !Habilitations.Autorise(acteur, Ressource.OutilsFonciers, Acte.Modifier, outil.Cible())
        )
            Erreurs.TryAdd(nameof(SaisieOutil.Commune), "Cet outil (commune ou porteur) est hors de votre périmètre.");
        if (Erreurs.Count > 0)
            return Echec();
        outil.ModifieLe = horloge.GetUtcNow();
        if (outil.Id == 0)
        {
            outil.CreeLe = outil.ModifieLe;
            db.OutilsFonciers.Add(outil);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Erreurs.TryAdd("", "L'outil a été modifié entre-temps : rechargez la page et recommencez.");
            return Echec();
        }
        return Redirect($"/foncier/outils/saisie/{outil.Id}?enregistre=1");
    }

    /// <summary>Le site porté est un site lisible de la commune de la convention ; le porteur, un EPF.</summary>
    private async Task VerifierPortageAsync(Acteur acteur, OutilFoncier outil, CancellationToken ct)
    {
        if (outil.Type != TypeOutilFoncier.ConventionPortage)
            return;
        if (outil.PorteurId is int p && !Epf.Any(o => o.Id == p))
            Erreurs.TryAdd(nameof(SaisieOutil.PorteurId), "Choisissez un établissement public foncier de la liste.");
        if (outil.SiteId is int s)
        {
            var site = await db
                .SitesFonciers.AsNoTracking()
                .Where(AccesFoncier.Sites(acteur, Acte.Lire))
                .FirstOrDefaultAsync(x => x.Id == s, ct);
            if (site is null || site.CommuneCode != outil.CommuneCode)
                Erreurs.TryAdd(
                    nameof(SaisieOutil.SiteId),
                    "Choisissez un site de l'observatoire situé sur la commune."
                );
        }
    }

    private PageResult Echec()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task ChargerChoixAsync(Acteur acteur, CancellationToken ct)
    {
        Epf = (
            await db
                .Organisations.AsNoTracking()
                .Where(o => AccesFoncier.TypesPorteurs.Contains(o.Type) && o.Active)
                .Select(o => new { o.Id, o.Nom })
                .ToListAsync(ct)
        )
            .Select(o => (o.Id, o.Nom))
            .ToList();
        // Le site porté : un site de l'observatoire que l'acteur peut lire (ceux de sa commune pour un maire).
        Sites = (
            await db
                .SitesFonciers.AsNoTracking()
                .Where(AccesFoncier.Sites(acteur, Acte.Lire))
                .OrderBy(s => s.CommuneCode)
                .ThenBy(s => s.Nom)
                .Take(500)
                .Select(s => new
                {
                    s.Id,
                    s.Nom,
                    s.CommuneCode,
                })
                .ToListAsync(ct)
        ).Select(s => (s.Id, $"{s.Nom} ({s.CommuneCode})")).ToList();
    }

    private async Task ChargerHistoriqueAsync(int id, CancellationToken ct)
    {
        var cle = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entrees = await db
            .Journal.AsNoTracking()
            .Where(j => j.Entite == nameof(OutilFoncier) && j.EntiteId == cle)
            .OrderByDescending(j => j.Id)
            .Take(50)
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

    public string? Erreur(string champ) => Erreurs.GetValueOrDefault(champ);
}
