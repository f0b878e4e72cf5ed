using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Journal;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Journal;

/// <summary>
/// Le journal des modifications que l'acteur peut lire : les écritures faites par les organisations de sa portée
/// (son département pour la DDTM, sa région pour la DREAL, sa propre organisation sinon), les plus récentes d'abord.
/// </summary>
public sealed class ListeModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "entite")]
    public string? Entite { get; set; }

    [BindProperty(SupportsGet = true, Name = "entiteId")]
    public string? EntiteId { get; set; }

    [BindProperty(SupportsGet = true, Name = "auteur")]
    public string? Auteur { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "du")]
    public DateOnly? Du { get; set; }

    [BindProperty(SupportsGet = true, Name = "au")]
    public DateOnly? Au { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    public List<LigneJournal> Entrees { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public List<string> Entites { get; private set; } = [];
    public List<string> Actions { get; private set; } = [];

    /// <summary>Nom lisible des objets de la page (organisation, compte), par (entité, identifiant).</summary>
    public Dictionary<(string, string), string> NomsObjets { get; private set; } = [];
    public bool Filtree =>
        !string.IsNullOrEmpty(Entite)
        || !string.IsNullOrEmpty(EntiteId)
        || !string.IsNullOrWhiteSpace(Auteur)
        || !string.IsNullOrEmpty(Action)
        || Du is not null
        || Au is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireJournal(acteur))
            return Forbid();
        if (Du is not null && Au is not null && Du > Au)
        {
            ModelState.AddModelError("au", "La date de fin doit être postérieure ou égale à la date de début.");
        }
        var dansPortee = DansPortee(acteur);
        Entites = await dansPortee.Select(e => e.Entite).Distinct().ToListAsync(ct);
        Actions = await dansPortee.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
        if (!ModelState.IsValid)
            return Page();
        (Entrees, Pagination) = await Requete(acteur).PaginerAsync(NumeroPage, ct);
        NomsObjets = await NomsObjetsAsync(ct);
        return Page();
    }

    public string NomObjet(LigneJournal l) =>
        l.EntiteId is not null && NomsObjets.TryGetValue((l.Entite, l.EntiteId), out var nom) ? nom : l.EntiteId ?? "";

    /// <summary>
    /// Deux petites requêtes pour les 50 lignes affichées : les noms des organisations et des comptes cités.
    /// </summary>
    private async Task<Dictionary<(string, string), string>> NomsObjetsAsync(CancellationToken ct)
    {
        var noms = new Dictionary<(string, string), string>();
        var organisations = Entrees
            .Where(e => e.Entite == "Organisation" && int.TryParse(e.EntiteId, out _))
            .Select(e => int.Parse(e.EntiteId!))
            .Distinct()
            .ToList();
        foreach (
            var o in await db
                .Organisations.Where(o => organisations.Contains(o.Id))
                .Select(o => new { o.Id, o.Nom })
                .ToListAsync(ct)
        )
        {
            noms[("Organisation", o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))] = o.Nom;
        }
        // Un rôle de compte a pour identifiant « compte|rôle ».
        var comptes = Entrees
            .Where(e => e.Entite is "Utilisateur" or "IdentityUserRole`1" && e.EntiteId is not null)
            .Select(e => (e.Entite, e.EntiteId!, Compte: e.EntiteId!.Split('|')[0]))
            .ToList();
        var ids = comptes.Select(c => c.Compte).Distinct().ToList();
        var nomsComptes = await db
            .Users.Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.NomComplet, ct);
        foreach (var (entite, id, compte) in comptes)
        {
            if (nomsComptes.TryGetValue(compte, out var nom))
                noms[(entite, id)] = nom;
        }
        return noms;
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireJournal(acteur))
            return Forbid();
        ColonneExport<LigneJournal>[] colonnes =
        [
            new("Date", e => e.Quand),
            new("Auteur", e => e.Auteur),
            new("Organisation de l'auteur", e => e.Organisation),
            new("Action", e => e.Action),
            new("Objet", e => Differences.Objet(e.Entite)),
            new("Identifiant", e => e.EntiteId),
            new("Champs modifiés", e => Differences.Resume(e.Avant, e.Apres)),
            new("Avant", e => e.Avant),
            new("Après", e => e.Apres),
        ];
        return Exports.Csv($"journal-{DateTime.Today:yyyy-MM-dd}.csv", colonnes, Requete(acteur).AsAsyncEnumerable());
    }

    private IQueryable<EntreeJournal> DansPortee(Acteur acteur)
    {
        var organisations = db
            .Organisations.Where(PorteeRequetes.Organisations(acteur, Ressource.Journal, Acte.Lire))
            .Select(o => o.Id);
        return db
            .Journal.AsNoTracking()
            .Where(e => e.OrganisationId != null && organisations.Contains(e.OrganisationId.Value));
    }

    private IQueryable<LigneJournal> Requete(Acteur acteur)
    {
        var requete = DansPortee(acteur);
        if (!string.IsNullOrEmpty(Entite))
            requete = requete.Where(e => e.Entite == Entite);
        if (!string.IsNullOrEmpty(EntiteId))
            requete = requete.Where(e => e.EntiteId == EntiteId);
        if (!string.IsNullOrEmpty(Action))
            requete = requete.Where(e => e.Action == Action);
        var auteur = Auteur?.Trim().ToLower();
        if (!string.IsNullOrEmpty(auteur))
            requete = requete.Where(e => e.Auteur.ToLower().Contains(auteur));
        // Les bornes sont des jours à l'heure de Paris ; « au » est inclus.
        if (Du is { } du)
        {
            var debut = DebutDuJour(du);
            requete = requete.Where(e => e.Quand >= debut);
        }
        if (Au is { } au)
        {
            var fin = DebutDuJour(au.AddDays(1));
            requete = requete.Where(e => e.Quand < fin);
        }
        return requete
            .OrderByDescending(e => e.Quand)
            .ThenByDescending(e => e.Id)
            .Select(e => new LigneJournal(
                e.Id,
                e.Quand,
                e.Auteur,
                db.Organisations.Where(o => o.Id == e.OrganisationId).Select(o => o.Nom).FirstOrDefault(),
                e.Action,
                e.Entite,
                e.EntiteId,
                e.Avant,
                e.Apres
            ));
    }

    private static DateTimeOffset DebutDuJour(DateOnly jour)
    {
        var local = jour.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, Affichage.FuseauParis.GetUtcOffset(local)).ToUniversalTime();
    }
}
