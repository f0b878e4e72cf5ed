using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>
/// Une commission : ses réglages et ses membres (modifiables par son bailleur), ses séances, et la création d'une
/// séance (date, lieu).
/// </summary>
public sealed class CommissionModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty]
    public SaisieCommission Saisie { get; set; } = new();

    [BindProperty]
    public DateTime? DateSeance { get; set; }

    [BindProperty]
    public string? LieuSeance { get; set; }

    public CommissionCaleol Commission { get; private set; } = null!;
    public string Bailleur { get; private set; } = "";
    public List<SeanceCaleol> Seances { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public Dictionary<string, string> Erreurs { get; private set; } = [];
    public string? Message { get; private set; }

    private async Task<IActionResult?> ChargerAsync(int id, CancellationToken ct)
    {
        var commission = await db.CommissionsCaleol.Include(c => c.Membres).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (commission is null)
            return NotFound();
        var bailleur = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == commission.BailleurId, ct);
        var acteur = await acteurCourant.LireAsync();
        var cible = AccesCaleol.Commission(commission, bailleur);
        if (!AccesCaleol.PeutLire(acteur, [cible]))
            return NotFound();
        Commission = commission;
        Bailleur = bailleur.Nom;
        PeutModifier = AccesCaleol.PeutModifier(acteur, cible);
        Seances = await db
            .SeancesCaleol.AsNoTracking()
            .Where(s => s.CommissionId == id)
            .OrderByDescending(s => s.Date)
            .ToListAsync(ct);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ChargerAsync(id, ct) is IActionResult r)
            return r;
        Saisie = SaisieCommission.De(Commission);
        Saisie.AjouterLignesVides();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await ChargerAsync(id, ct) is IActionResult r)
            return r;
        if (!PeutModifier)
            return Forbid();
        var departement = (await acteurCourant.LireAsync())!.DepartementCode;
        Erreurs = await Saisie.ErreursAsync(db, departement, ct);
        var retires = Commission.Membres.Where(m => Saisie.MembresNommes.All(n => n.Id != m.Id)).Select(m => m.Id);
        if (await db.PresencesCaleol.AnyAsync(p => retires.Contains(p.MembreId), ct))
            Erreurs["Saisie.Membres"] = "Un membre noté présent à une séance ne peut pas être retiré.";
        if (Erreurs.Count > 0)
        {
            Saisie.AjouterLignesVides();
            return Page();
        }
        Saisie.Appliquer(Commission);
        await db.SaveChangesAsync(ct);
        return Redirect($"/caleol/commissions/{id}");
    }

    /// <summary>Nouvelle séance : date et heure (heure de Paris) et lieu.</summary>
    public async Task<IActionResult> OnPostSeanceAsync(int id, CancellationToken ct)
    {
        if (await ChargerAsync(id, ct) is IActionResult r)
            return r;
        if (!PeutModifier)
            return Forbid();
        Saisie = SaisieCommission.De(Commission);
        Saisie.AjouterLignesVides();
        if (DateSeance is null)
            Erreurs["DateSeance"] = "La date et l'heure de la séance sont obligatoires.";
        if (string.IsNullOrWhiteSpace(LieuSeance))
            Erreurs["LieuSeance"] = "Le lieu de la séance est obligatoire.";
        else if (LieuSeance.Trim().Length > SeanceCaleol.LongueurLieuMaximum)
            Erreurs["LieuSeance"] = MessagesSaisie.TropLong("Le lieu", SeanceCaleol.LongueurLieuMaximum);
        if (Erreurs.Count > 0)
            return Page();
        var locale = DateTime.SpecifyKind(DateSeance!.Value, DateTimeKind.Unspecified);
        var seance = new SeanceCaleol
        {
            CommissionId = id,
            // Saisie en heure de Paris, rangée en UTC (PostgreSQL n'écrit que des instants UTC).
            Date = new DateTimeOffset(locale, Francais.FuseauParis.GetUtcOffset(locale)).ToUniversalTime(),
            Lieu = LieuSeance!.Trim(),
        };
        db.SeancesCaleol.Add(seance);
        await db.SaveChangesAsync(ct);
        return Redirect($"/caleol/seances/{seance.Id}");
    }
}
