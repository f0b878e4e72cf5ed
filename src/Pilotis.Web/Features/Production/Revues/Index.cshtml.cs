using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

/// <summary>
/// Les revues de projets d'une année, par EPCI (trois par an), et pour la DDT(M) la création d'une revue.
/// </summary>
public sealed class IndexModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [ValeurAnnee(1900, 2100)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true, Name = "revue")]
    public string? Retour { get; set; }

    public int AnneeAffichee { get; private set; }
    public List<LigneRevue> Revues { get; private set; } = [];
    public List<(string Siren, string Nom)> ChoixEpci { get; private set; } = [];
    public bool PeutCreer { get; private set; }
    public bool PeutSignaler { get; private set; }

    /// <summary>Les revues que l'acteur peut ouvrir (le lien « Revue n° » ne s'affiche que pour elles).</summary>
    public HashSet<int> Ouvrables { get; } = [];
    public bool LitLesRevues { get; private set; }
    public string? Departement { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireRevues(acteur))
            return Forbid();
        var portee = Habilitations.PorteeAccordee(acteur, Ressource.RevuesProjets, Acte.Lire);
        AnneeAffichee = Annee ?? DateOnly.FromDateTime(horloge.GetLocalNow().DateTime).Year;
        LitLesRevues = portee != Portee.Organisation;
        PeutSignaler = AccesPages.SignalerDifficulte(acteur);
        PeutCreer = Habilitations.PorteeAccordee(acteur, Ressource.RevuesProjets, Acte.Modifier) >= Portee.Departement;
        Departement = portee >= Portee.Departement ? acteur.DepartementCode : null;

        var visibles = await AccesRevues.VisiblesAsync(db, acteur, ct);
        var annee = AnneeAffichee;
        var q = visibles.Where(r => r.Annee == annee);
        if (!string.IsNullOrWhiteSpace(Epci))
            q = q.Where(r => r.EpciSiren == Epci);
        var lignes = await q.Select(r => new
            {
                r.Id,
                r.EpciSiren,
                r.Annee,
                r.Numero,
                r.Date,
                r.Statut,
                r.DepartementCode,
                Nom = db.Epcis.Where(e => e.Siren == r.EpciSiren).Select(e => e.Nom).FirstOrDefault(),
                Ouvertes = db
                    .Difficultes.Where(Difficulte.EstOuverte)
                    .Count(d => db.Operations.Any(o => o.Id == d.OperationId && o.EpciSiren == r.EpciSiren)),
            })
            .ToListAsync(ct);
        var departements = lignes.Select(l => l.DepartementCode).Distinct().ToList();
        var regions = await db
            .Departements.AsNoTracking()
            .Where(d => departements.Contains(d.Code))
            .ToDictionaryAsync(d => d.Code, d => d.RegionCode, ct);
        foreach (var l in lignes)
        {
            var cible = AccesRevues.Cible(l.EpciSiren, l.DepartementCode, regions.GetValueOrDefault(l.DepartementCode));
            if (AccesPages.LireRevue(acteur, cible))
                Ouvrables.Add(l.Id);
        }
        var fr = Francais.Ordre;
        Revues = lignes
            .Select(l => new LigneRevue(
                l.Id,
                l.EpciSiren,
                l.Nom ?? l.EpciSiren,
                l.Annee,
                l.Numero,
                l.Date,
                l.Statut,
                l.Ouvertes
            ))
            .OrderBy(l => l.EpciNom, fr)
            .ThenBy(l => l.Numero)
            .ToList();
        var sirens = visibles.Select(r => r.EpciSiren).Distinct();
        ChoixEpci = (
            await db
                .Epcis.AsNoTracking()
                .Where(e => sirens.Contains(e.Siren))
                .Select(e => new { e.Siren, e.Nom })
                .ToListAsync(ct)
        )
            .OrderBy(e => e.Nom, fr)
            .Select(e => (e.Siren, e.Nom))
            .ToList();
        return Page();
    }
}
