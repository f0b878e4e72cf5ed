using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Les conventions de réservation en flux (CCH L441-1, R441-5) que l'acteur peut lire : le bailleur les siennes, le
/// réservataire celles dont il est partie, la DDTM celles du département. Filtres, pagination côté serveur, exports.
/// </summary>
public sealed class ConventionsModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    private const int Taille = Pagination.TailleParDefaut;

    [BindProperty(SupportsGet = true)]
    public StatutConvention? Statut { get; set; }

    [BindProperty(SupportsGet = true)]
    public Contingent? Contingent { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Recherche { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<LigneConvention> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Taille);
    public bool PeutCreer { get; private set; }
    public HashSet<int> Modifiables { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFlux(acteur))
            return Forbid();
        PeutCreer = AccesPages.ModifierFlux(acteur);
        var requete =
            from c in AccesFlux.Visibles(db, acteur).AsNoTracking()
            join b in db.Organisations on c.BailleurId equals b.Id
            join r in db.Organisations on c.ReservataireId equals r.Id
            select new
            {
                c,
                Bailleur = b.Nom,
                Reservataire = r.Nom,
            };
        if (Statut is StatutConvention s)
            requete = requete.Where(x => x.c.Statut == s);
        if (Contingent is Domain.Attribution.Contingent k)
            requete = requete.Where(x => x.c.Contingent == k);
        if (!string.IsNullOrWhiteSpace(Departement))
            requete = requete.Where(x => x.c.DepartementCode == Departement.Trim());
        if (!string.IsNullOrWhiteSpace(Recherche))
        {
            var texte = Recherche.Trim();
            requete = requete.Where(x => x.Bailleur.Contains(texte) || x.Reservataire.Contains(texte));
        }
        requete = requete
            .OrderBy(x => x.c.DepartementCode)
            .ThenBy(x => x.Bailleur)
            .ThenBy(x => x.c.Contingent)
            .ThenBy(x => x.c.DateDebut)
            .ThenBy(x => x.c.Id);
        if (Format is "csv" or "xlsx")
        {
            var toutes = (await requete.ToListAsync(ct)).Select(x => new LigneConvention(
                x.c,
                x.Bailleur,
                x.Reservataire
            ));
            var lignes = toutes.Select(l => l.Export());
            return Format == "csv"
                ? ExportTableau.Csv("conventions-flux", LigneConvention.Entetes, lignes)
                : ExportTableau.Xlsx("conventions-flux", "Conventions de flux", LigneConvention.Entetes, lignes);
        }
        var total = await requete.CountAsync(ct);
        var pages = Math.Max(1, (total + Taille - 1) / Taille);
        NumeroPage = Math.Clamp(NumeroPage, 1, pages);
        Lignes = (await requete.Skip((NumeroPage - 1) * Taille).Take(Taille).ToListAsync(ct))
            .Select(x => new LigneConvention(x.c, x.Bailleur, x.Reservataire))
            .ToList();
        Pagination = new Pagination(NumeroPage, total, Taille);
        Modifiables.UnionWith(Lignes.Where(l => AccesFlux.Modifier(acteur, l.Convention)).Select(l => l.Convention.Id));
        return Page();
    }

    public string LienExport(string format) =>
        "/flux/conventions"
        + Microsoft.AspNetCore.Http.QueryString.Create(
            new Dictionary<string, string?>
            {
                ["statut"] = Statut?.ToString(),
                ["contingent"] = Contingent?.ToString(),
                ["departement"] = Departement,
                ["recherche"] = Recherche,
                ["format"] = format,
            }.Where(v => !string.IsNullOrEmpty(v.Value))
        );
}
