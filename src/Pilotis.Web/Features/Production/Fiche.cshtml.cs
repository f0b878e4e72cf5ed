using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Fiche d'une opération : contenu (lots, prix de revient, financement et équilibre), dates clés, statut SIAP, frise
/// des
/// événements, et les transitions que la table du domaine ouvre à l'acteur (un petit formulaire par transition).
/// </summary>
public sealed class FicheModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    ServiceTransitionsOperation transitions
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public Operation Operation { get; private set; } = null!;
    public string NomCommune { get; private set; } = "";
    public string? NomEpci { get; private set; }
    public string NomBailleur { get; private set; } = "";
    public IReadOnlyList<TransitionOperation> Possibles { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public bool EstBailleur { get; private set; }
    public List<InstantaneOperation> Instantanes { get; private set; } = [];
    public Completude? Completude { get; private set; }
    public DateOnly Aujourdhui => transitions.Aujourdhui;

    /// <summary>Refus de la dernière transition demandée (motif en français), avec ce qui avait été saisi.</summary>
    public string? ErreurTransition { get; private set; }
    public ActionOperation? ActionRefusee { get; private set; }
    public string? MotifSaisi { get; private set; }
    public string? DateSaisie { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (acteur, refus) = await ChargerAsync(suivi: false, ct);
        return refus ?? await AfficherAsync(acteur!, ct);
    }

    public async Task<IActionResult> OnPostTransitionAsync(
        string? action,
        string? date,
        string? motif,
        string? jeton,
        CancellationToken ct
    )
    {
        var (acteur, refus) = await ChargerAsync(suivi: true, ct);
        if (refus is not null)
            return refus;
        var roles = AccesOperations.RolesSur(acteur!, Operation);
        if (roles.Count == 0)
            return Forbid();
        MotifSaisi = motif;
        DateSaisie = date;
        if (!Enum.TryParse<ActionOperation>(action, out var choisie) || !Enum.IsDefined(choisie))
        {
            ErreurTransition = "Action inconnue.";
            return await AfficherAsync(acteur!, ct);
        }
        ActionRefusee = choisie;
        if (!LectureValeurs.Date(date, out var jour))
        {
            ErreurTransition = string.IsNullOrWhiteSpace(date)
                ? "La date de l'acte est obligatoire (JJ/MM/AAAA)."
                : LectureValeurs.ErreurDate(date);
            return await AfficherAsync(acteur!, ct);
        }
        // L'acteur qui agit : celui que la table attend s'il le tient, sinon l'un de ses rôles (le domaine dira alors à
        // qui revient l'action).
        var attendu = TransitionsOperation.Trouver(Operation.Statut, choisie)?.Acteur;
        var qui = attendu is ActeurOperation a && roles.Contains(a) ? a : roles.Min();
        var resultat = await transitions.AppliquerAsync(
            Operation,
            new DemandeTransitionOperation(choisie, qui, jour, motif),
            NomAuteur(),
            Guid.TryParse(jeton, out var j) ? j : Guid.Empty,
            ct
        );
        if (!resultat.Reussie)
        {
            ErreurTransition = resultat.Erreur;
            // Rien n'est enregistré : on relit l'opération telle qu'elle est en base.
            db.ChangeTracker.Clear();
            var (_, relu) = await ChargerAsync(suivi: false, ct);
            return relu ?? await AfficherAsync(acteur!, ct);
        }
        return Redirect($"/operations/{Id}?transition={choisie}#statut");
    }

    private async Task<IActionResult> AfficherAsync(Acteur acteur, CancellationToken ct)
    {
        var o = Operation;
        NomCommune = await db
            .Communes.AsNoTracking()
            .Where(c => c.Code == o.CommuneCode && c.Type == TypeCommune.Actuelle)
            .Select(c => c.Nom)
            .FirstOrDefaultAsync(ct)
            ?? o.CommuneCode;
        NomEpci = o.EpciSiren is null
            ? null
            : await db
                .Epcis.AsNoTracking()
                .Where(e => e.Siren == o.EpciSiren)
                .Select(e => e.Nom)
                .FirstOrDefaultAsync(ct);
        NomBailleur = await db
            .Organisations.AsNoTracking()
            .Where(b => b.Id == o.BailleurId)
            .Select(b => b.Nom)
            .FirstOrDefaultAsync(ct)
            ?? "";
        var roles = AccesOperations.RolesSur(acteur, o);
        EstBailleur = roles.Contains(ActeurOperation.Bailleur);
        Possibles = TransitionsOperation.Possibles(o.Statut, roles);
        PeutModifier = EstBailleur && o.Statut.ModifiableParBailleur();
        // Résumé de la complétude (le détail est sur la page du dossier) : il explique les refus des étapes
        // d'instruction.
        if (!o.Statut.EstSortie())
            Completude = await transitions.CompletudeAsync(o, ct);
        Instantanes = await db
            .InstantanesOperation.AsNoTracking()
            .Where(i => i.OperationId == o.Id)
            .OrderBy(i => i.PrisLe)
            .ToListAsync(ct);
        return Page();
    }

    private async Task<(Acteur? Acteur, IActionResult? Refus)> ChargerAsync(bool suivi, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return (null, Forbid());
        var requete = db
            .Operations.Include(o => o.Lots)
            .Include(o => o.Financements)
            .Include(o => o.Evenements)
            .AsSplitQuery();
        var operation = await (suivi ? requete : requete.AsNoTracking()).FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (operation is null)
            return (null, NotFound());
        if (!Habilitations.Autorise(acteur, Ressource.Operations, Acte.Lire, operation.Cible()))
            return (null, Forbid());
        Operation = operation;
        return (acteur, null);
    }

    private string NomAuteur() =>
        User.FindFirst(RevendicationsPilotis.NomComplet)?.Value ?? User.Identity?.Name ?? "inconnu";

    public string ClassePhase(PhaseOperation phase) => Operation.Phase == phase ? "fr-badge--info" : "";
}
