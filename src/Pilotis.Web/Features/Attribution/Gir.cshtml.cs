using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Les groupes inter-réservataires (GIR) des programmes neufs (seed 001, solution 11) : l'EPCI en crée un pour les
/// premières attributions d'un programme agréé de son territoire, avec les réservataires du programme ; chacun suit
/// ensuite la liste de candidats et le calendrier communs. Indicateur : GIR créés par année.
/// </summary>
public sealed class GirModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty]
    public int? OperationId { get; set; }

    [BindProperty]
    public string? Nom { get; set; }

    [BindProperty]
    public List<int> Membres { get; set; } = [];

    public sealed record LigneGir(
        int Id,
        string Nom,
        string Operation,
        string Commune,
        DateTimeOffset CreeLe,
        int Membres
    );

    public List<LigneGir> Groupes { get; private set; } = [];
    public List<(int Annee, int Nombre)> ParAnnee { get; private set; } = [];
    public List<Operation> Programmes { get; private set; } = [];
    public List<Organisation> Reservataires { get; private set; } = [];
    public bool PeutCreer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        if (!PeutCreer)
            return Forbid();
        ModelState.Clear();
        var programme = Programmes.FirstOrDefault(p => p.Id == OperationId);
        if (programme is null)
            ModelState.AddModelError(nameof(OperationId), "Choisissez un programme agréé de votre territoire.");
        else if (await db.GroupesInterReservataires.AnyAsync(g => g.OperationId == programme.Id, ct))
            ModelState.AddModelError(nameof(OperationId), "Ce programme a déjà son groupe inter-réservataires.");
        var nom = Nom?.Trim() ?? "";
        if (nom.Length == 0)
            ModelState.AddModelError(nameof(Nom), "Nommez le groupe.");
        else if (nom.Length > GroupeInterReservataires.LongueurNomMaximum)
            ModelState.AddModelError(
                nameof(Nom),
                MessagesSaisie.TropLong("Le nom", GroupeInterReservataires.LongueurNomMaximum)
            );
        var membres = Membres.Distinct().Where(m => Reservataires.Any(r => r.Id == m)).ToList();
        if (membres.Count < 2 || membres.Count != Membres.Distinct().Count())
            ModelState.AddModelError(nameof(Membres), "Choisissez au moins deux réservataires dans la liste.");
        if (!ModelState.IsValid)
            return Page();
        var groupe = new GroupeInterReservataires
        {
            EpciSiren = programme!.EpciSiren!,
            OperationId = programme.Id,
            Nom = nom,
            CreeLe = horloge.GetUtcNow(),
            Membres = membres.Select(m => new MembreGir { OrganisationId = m }).ToList(),
        };
        db.GroupesInterReservataires.Add(groupe);
        await db.SaveChangesAsync(ct);
        return Redirect($"/attribution/gir/{groupe.Id}?cree=1");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || Habilitations.PorteeAccordee(acteur, Ressource.Gir, Acte.Lire) == Portee.Aucune)
            return Forbid();
        var operations = db.Operations.AsNoTracking().Where(AccesOperations.Filtre(acteur, Ressource.Gir, Acte.Lire));
        Groupes = await (
            from g in db.GroupesInterReservataires.AsNoTracking()
            join o in operations on g.OperationId equals o.Id
            join c in db.Communes on o.CommuneCode equals c.Code
            where c.Type == Pilotis.Domain.Territoire.TypeCommune.Actuelle
            orderby g.CreeLe descending
            select new LigneGir(g.Id, g.Nom, o.Nom, c.Nom, g.CreeLe, g.Membres.Count)
        ).ToListAsync(ct);
        ParAnnee = Groupes
            .GroupBy(g => Affichage.HeureDeParis(g.CreeLe).Year)
            .OrderByDescending(g => g.Key)
            .Select(g => (g.Key, g.Count()))
            .ToList();
        PeutCreer = Habilitations.PorteeAccordee(acteur, Ressource.Gir, Acte.Modifier) != Portee.Aucune;
        if (PeutCreer)
            await ChargerChoixAsync(acteur, ct);
        return null;
    }

    /// <summary>Les programmes agréés du territoire sans groupe, et qui peut désigner dans le département.</summary>
    private async Task ChargerChoixAsync(Acteur acteur, CancellationToken ct)
    {
        Programmes = await db
            .Operations.AsNoTracking()
            .Where(AccesOperations.Filtre(acteur, Ressource.Gir, Acte.Modifier))
            .Where(o =>
                o.EpciSiren != null && o.Statut >= StatutOperation.Engagee && o.Statut <= StatutOperation.Soldee
            )
            .Where(o => !db.GroupesInterReservataires.Any(g => g.OperationId == o.Id))
            .OrderBy(o => o.Nom)
            .Take(500)
            .ToListAsync(ct);
        var departement = acteur.DepartementCode;
        // Les membres possibles : les organisations qui désignent des candidats (table des habilitations).
        var designent = AccesPages.TypesAutorises(Ressource.Candidatures, Acte.Modifier).ToList();
        Reservataires = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Active && o.DepartementCode == departement && designent.Contains(o.Type))
            .OrderBy(o => o.Type)
            .ThenBy(o => o.Nom)
            .ToListAsync(ct);
    }
}
