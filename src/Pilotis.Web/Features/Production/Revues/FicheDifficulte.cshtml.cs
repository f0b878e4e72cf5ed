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
/// Une difficulté et son suivi. La DDT(M) y enregistre décisions et actions (qui, pour quand), la remonte au préfet,
/// la déclare résolue ; chaque étape s'inscrit sur la frise de l'opération. Les formulaires de l'ordre du jour d'une
/// revue postent ici (champ Revue : le suivi est rattaché à cette revue, et l'on y revient). Concurrence par jeton.
/// </summary>
public sealed class FicheDifficulteModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public Guid? Jeton { get; set; }

    [BindProperty]
    public int? Revue { get; set; }

    [BindProperty]
    public string? Decision { get; set; }

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Responsable { get; set; }

    [BindProperty]
    public DateOnly? Echeance { get; set; }

    [BindProperty]
    public string? Resolution { get; set; }

    [BindProperty(SupportsGet = true, Name = "suivi")]
    public string? Retour { get; set; }

    public Difficulte Difficulte { get; private set; } = null!;
    public OperationDifficulte Operation { get; private set; } = null!;
    public List<(SuiviDifficulte Suivi, int? NumeroRevue)> Suivis { get; private set; } = [];
    public bool PeutAnimer { get; private set; }
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public Task<IActionResult> OnPostDecisionAsync(CancellationToken ct) =>
        AgirAsync(
            (d, auteur, aujourdhui) =>
            {
                if (SuiviRevues.ValiderSuivi(d, Decision, Action, Responsable, Echeance, aujourdhui) is string erreur)
                {
                    ModelState.AddModelError(nameof(Decision), erreur);
                    return null;
                }
                db.SuivisDifficulte.Add(
                    new SuiviDifficulte
                    {
                        DifficulteId = d.Id,
                        RevueProjetsId = Revue,
                        Decision = Decision!.Trim(),
                        Action = Vide(Action),
                        Responsable = Vide(Responsable),
                        Echeance = Echeance,
                        CreeLe = horloge.GetUtcNow(),
                        Auteur = auteur,
                    }
                );
                return (
                    SuiviRevues.LibelleDecision(d.Categorie),
                    Decision.Trim()
                        + (
                            Vide(Action) is string a
                                ? $" — action : {a} "
                                    + $"({Vide(Responsable)}"
                                    + (Echeance is DateOnly e ? $", pour le {e:dd/MM/yyyy}" : "")
                                    + ")"
                                : ""
                        ),
                    "decision"
                );
            },
            ct
        );

    public Task<IActionResult> OnPostEscaladerAsync(CancellationToken ct) =>
        AgirAsync(
            (d, _, aujourdhui) =>
            {
                if (SuiviRevues.ValiderEscalade(d) is string erreur)
                {
                    Erreur = erreur;
                    return null;
                }
                d.EscaladeeLe = aujourdhui;
                return (SuiviRevues.LibelleEscalade(d.Categorie), d.Description, "escaladee");
            },
            ct
        );

    public Task<IActionResult> OnPostResoudreAsync(CancellationToken ct) =>
        AgirAsync(
            (d, _, aujourdhui) =>
            {
                if (SuiviRevues.ValiderResolution(d, Resolution) is string erreur)
                {
                    ModelState.AddModelError(nameof(Resolution), erreur);
                    return null;
                }
                d.ResolueLe = aujourdhui;
                d.Resolution = Resolution!.Trim();
                return (SuiviRevues.LibelleResolution(d.Categorie), d.Resolution, "resolue");
            },
            ct
        );

    /// <summary>
    /// Charge, vérifie le droit et le jeton, applique l'étape (qui rend l'événement de frise ou null si refusée),
    /// enregistre.
    /// </summary>
    private async Task<IActionResult> AgirAsync(
        Func<Difficulte, string, DateOnly, (string Libelle, string? Detail, string Retour)?> etape,
        CancellationToken ct
    )
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        if (!PeutAnimer)
            return Forbid();
        if (
            Revue is int r
            && !await db.RevuesProjets.AnyAsync(x => x.Id == r && x.EpciSiren == Operation.EpciSiren, ct)
        )
            Revue = null;
        if (Jeton is null || Jeton != Difficulte.Jeton)
        {
            Erreur =
                "La difficulté a été modifiée par quelqu'un d'autre depuis l'affichage "
                + "de la page : vérifiez-la puis recommencez (votre saisie est conservée "
                + "ci-dessous).";
            return Page();
        }
        var auteur = AccesRevues.Auteur(User);
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        db.Attach(Difficulte);
        db.Entry(Difficulte).Property(d => d.Jeton).OriginalValue = Jeton.Value;
        var evenement = etape(Difficulte, auteur, aujourdhui);
        if (evenement is null)
        {
            Erreur ??= "Rien n'a été enregistré : corrigez le champ signalé.";
            return Page();
        }
        // Le jeton change même quand seule une décision s'ajoute : deux décisions simultanées sur la même base se
        // voient.
        db.Entry(Difficulte).State = EntityState.Modified;
        db.EvenementsOperation.Add(
            AccesRevues.Evenement(
                Difficulte.OperationId,
                evenement.Value.Libelle,
                evenement.Value.Detail,
                auteur,
                horloge.GetUtcNow()
            )
        );
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await ChargerAsync(ct);
            Erreur =
                "La difficulté a été modifiée par quelqu'un d'autre pendant "
                + "l'enregistrement : vérifiez-la puis recommencez (votre saisie est "
                + "conservée ci-dessous).";
            return Page();
        }
        return Redirect(
            Revue is int revue
                ? $"/revues/{revue}?suivi={evenement.Value.Retour}#difficulte-{Id}"
                : $"/revues/difficultes/{Id}?suivi={evenement.Value.Retour}"
        );
    }

    private static string? Vide(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var d = await db.Difficultes.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, ct);
        if (d is null)
            return NotFound();
        var o = await ChargerOperationAsync(db, d.OperationId, ct);
        if (o is null)
            return NotFound();
        if (!Habilitations.Autorise(acteur, Ressource.RevuesProjets, Acte.Lire, o.Cible))
            return Forbid();
        Difficulte = d;
        Operation = o;
        PeutAnimer = AccesRevues.PeutAnimer(acteur, o.Cible);
        Suivis = (
            await db
                .SuivisDifficulte.AsNoTracking()
                .Where(s => s.DifficulteId == Id)
                .Select(s => new
                {
                    s,
                    Numero = db
                        .RevuesProjets.Where(r => r.Id == s.RevueProjetsId)
                        .Select(r => (int?)r.Numero)
                        .FirstOrDefault(),
                })
                .ToListAsync(ct)
        )
            .OrderBy(x => x.s.CreeLe)
            .ThenBy(x => x.s.Id)
            .Select(x => (x.s, x.Numero))
            .ToList();
        return null;
    }

    public static async Task<OperationDifficulte?> ChargerOperationAsync(
        PilotisDbContext db,
        int operationId,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var o = await db
            .Operations.AsNoTracking()
            .Where(x => x.Id == operationId)
            .Select(x => new
            {
                x.Id,
                x.Numero,
                x.Nom,
                x.CommuneCode,
                x.EpciSiren,
                x.DepartementCode,
                x.RegionCode,
                x.BailleurId,
                x.Statut,
                Commune = db
                    .Communes.Where(c =>
                        c.Code == x.CommuneCode && c.Type == Pilotis.Domain.Territoire.TypeCommune.Actuelle
                    )
                    .Select(c => c.Nom)
                    .FirstOrDefault(),
                Bailleur = db.Organisations.Where(b => b.Id == x.BailleurId).Select(b => b.Nom).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        return o is null
            ? null
            : new OperationDifficulte(
                o.Id,
                o.Numero,
                o.Nom,
                o.CommuneCode,
                o.Commune,
                o.EpciSiren,
                o.Bailleur ?? "",
                o.Statut,
                new Cible(o.BailleurId, new Localisation(o.CommuneCode, o.EpciSiren, o.DepartementCode, o.RegionCode))
            );
    }
}
