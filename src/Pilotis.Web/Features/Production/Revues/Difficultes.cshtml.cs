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
/// Les difficultés signalées, ouvertes ou résolues, que l'utilisateur peut lire (l'EPCI son territoire, la DDT(M) son
/// département, le bailleur ses propres opérations, en lecture seule) ; filtres par EPCI, catégorie, remontée au
/// préfet.
/// </summary>
public sealed class DifficultesModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Etat { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public CategorieBlocage? Categorie { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Escaladee { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageCourante { get; set; } = 1;

    public List<LigneDifficulte> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public List<(string Siren, string Nom)> ChoixEpci { get; private set; } = [];
    public Dictionary<string, string> NomsEpci { get; private set; } = [];
    public bool PeutSignaler { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireRevues(acteur))
            return Forbid();
        PeutSignaler = AccesPages.SignalerDifficulte(acteur);
        var operations = db
            .Operations.AsNoTracking()
            .Where(AccesOperations.Filtre(acteur, Ressource.RevuesProjets, Acte.Lire));
        var q =
            from d in db.Difficultes.AsNoTracking()
            join o in operations on d.OperationId equals o.Id
            select new { d, o };
        var sirens = await q.Where(x => x.o.EpciSiren != null).Select(x => x.o.EpciSiren!).Distinct().ToListAsync(ct);
        var fr = Francais.Ordre;
        NomsEpci = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        ChoixEpci = NomsEpci.OrderBy(e => e.Value, fr).Select(e => (e.Key, e.Value)).ToList();

        q = Etat switch
        {
            "resolues" => q.Where(x => x.d.ResolueLe != null),
            "toutes" => q,
            _ => q.Where(x => x.d.ResolueLe == null),
        };
        if (!string.IsNullOrWhiteSpace(Epci))
            q = q.Where(x => x.o.EpciSiren == Epci);
        if (Categorie is CategorieBlocage c)
            q = q.Where(x => x.d.Categorie == c);
        if (Escaladee is bool e)
            q = e ? q.Where(x => x.d.EscaladeeLe != null) : q.Where(x => x.d.EscaladeeLe == null);
        (Lignes, Pagination) = await q.OrderByDescending(x => x.d.SignaleeLe)
            .ThenByDescending(x => x.d.Id)
            .Select(x => new LigneDifficulte(
                x.d.Id,
                x.o.Id,
                x.o.Numero,
                x.o.Nom,
                x.o.EpciSiren,
                x.d.Categorie,
                x.d.SignaleeLe,
                x.d.EscaladeeLe,
                x.d.ResolueLe
            ))
            .PaginerAsync(PageCourante, ct);
        return Page();
    }
}
