using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>
/// Une séance de CALEOL : ordre du jour (logements dont les candidats sont désignés), présences et quorum, décisions
/// par candidat (CCH R441-3), clôture ; puis l'offre, la réponse et le bail pour chaque logement attribué. Les règles
/// sont celles du domaine, appliquées par <see cref="ServiceCaleol"/> et <see cref="ServiceOffresCaleol"/>.
/// </summary>
public sealed class SeanceModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    ServiceCaleol service,
    ServiceOffresCaleol offres
) : PageModel
{
    public VueSeance Vue { get; private set; } = null!;
    public bool PeutModifier { get; private set; }
    public List<(int Id, string Libelle)> Inscriptibles { get; private set; } = [];

    /// <summary>Le candidat à qui revient l'offre, par logement attribué.</summary>
    public Dictionary<int, DecisionCaleol?> Courants { get; } = [];

    public List<string> Erreurs { get; private set; } = [];

    /// <summary>Le logement dont les décisions ont été refusées (le formulaire garde la saisie).</summary>
    public int? LogementEnErreur { get; private set; }

    public List<FormulaireDecision> Saisies { get; private set; } = [];

    public DateOnly Aujourdhui => offres.Aujourdhui;

    private async Task<IActionResult?> ChargerAsync(int id, CancellationToken ct)
    {
        var vue = await RequetesAttributionCaleol.SeanceAsync(db, id, ct);
        if (vue is null)
            return NotFound();
        var acteur = await acteurCourant.LireAsync();
        var cibles = await AccesCaleol.CiblesSeanceAsync(db, vue.Seance, vue.Commission, vue.Bailleur, ct);
        // Une séance hors de la portée de l'acteur n'existe pas pour lui (404, comme un identifiant inconnu).
        if (!AccesCaleol.PeutLire(acteur, cibles))
            return NotFound();
        Vue = vue;
        PeutModifier = AccesCaleol.PeutModifier(acteur, cibles[0]);
        if (PeutModifier && !vue.Seance.Close)
            Inscriptibles = await InscriptiblesAsync(vue.Commission.BailleurId, ct);
        foreach (var l in vue.Logements.Where(l => l.LogementAAttribuer.Etape >= EtapeAttribution.Attribue))
        {
            var decisions = l.Candidats.Select(c => c.Decision).OfType<DecisionCaleol>();
            Courants[l.LogementAAttribuer.Id] =
                l.LogementAAttribuer.Etape == EtapeAttribution.BailSigne
                    ? decisions.FirstOrDefault(d => d.Reponse == ReponseOffre.Acceptee)
                    : ReglesCaleol.ProchainCandidat(decisions, d => d);
        }
        return null;
    }

    /// <summary>Les logements du bailleur dont les candidats sont désignés : ils peuvent être inscrits.</summary>
    private async Task<List<(int, string)>> InscriptiblesAsync(int bailleurId, CancellationToken ct)
    {
        var lignes = await (
            from la in db.LogementsAAttribuer
            join l in db.Logements on la.LogementId equals l.Id
            where l.BailleurId == bailleurId && la.Etape == EtapeAttribution.CandidatsDesignes
            orderby la.DateDisponibilite
            select new
            {
                la.Id,
                l.IdentifiantRpls,
                l.CommuneCode,
                l.Typologie,
                l.Financement,
            }
        )
            .Take(200)
            .ToListAsync(ct);
        return lignes
            .Select(l => (l.Id, $"{l.IdentifiantRpls} — {l.CommuneCode} — {l.Typologie} — {l.Financement.Libelle()}"))
            .ToList();
    }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await ChargerAsync(id, ct) ?? Page();

    /// <summary>Charge la séance et vérifie le droit de la modifier ; rend le refus ou null.</summary>
    private async Task<IActionResult?> PourModifierAsync(int id, CancellationToken ct)
    {
        if (await ChargerAsync(id, ct) is IActionResult r)
            return r;
        return PeutModifier ? null : Forbid();
    }

    private async Task<IActionResult> ApresAsync(int id, string? erreur, CancellationToken ct, string ancre = "")
    {
        if (erreur is null)
            return Redirect($"/caleol/seances/{id}{ancre}");
        Erreurs = [erreur];
        // La page est relue : elle montre l'état réel, rien n'ayant été écrit.
        db.ChangeTracker.Clear();
        await ChargerAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostInscrireAsync(int id, int logement, CancellationToken ct) =>
        await PourModifierAsync(id, ct) ?? await ApresAsync(id, await service.InscrireAsync(id, logement, ct), ct);

    public async Task<IActionResult> OnPostPresencesAsync(int id, List<int> membres, CancellationToken ct) =>
        await PourModifierAsync(id, ct)
        ?? await ApresAsync(id, await service.PresencesAsync(id, membres ?? [], ct), ct, "#presences");

    public async Task<IActionResult> OnPostDeciderAsync(
        int id,
        int logement,
        List<FormulaireDecision> decisions,
        CancellationToken ct
    )
    {
        if (await PourModifierAsync(id, ct) is IActionResult r)
            return r;
        var saisies = (decisions ?? [])
            .Select(d => new SaisieDecision(
                d.DemandeId,
                d.Nature,
                d.Rang,
                d.Motif,
                d.VotesPour,
                d.VotesContre,
                d.DetenteurPour
            ))
            .ToList();
        var refus = await service.DeciderAsync(id, logement, saisies, ct);
        if (refus.Count == 0)
            return Redirect($"/caleol/seances/{id}#logement-{logement}");
        db.ChangeTracker.Clear();
        await ChargerAsync(id, ct);
        Erreurs = refus.ToList();
        LogementEnErreur = logement;
        Saisies = decisions ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostCloreAsync(int id, CancellationToken ct) =>
        await PourModifierAsync(id, ct) ?? await ApresAsync(id, await service.CloreAsync(id, ct), ct);

    public async Task<IActionResult> OnPostOffreAsync(int id, long decision, DateOnly? date, CancellationToken ct) =>
        await PourModifierAsync(id, ct)
        ?? await ApresAsync(
            id,
            date is DateOnly d ? await offres.OffrirAsync(decision, d, ct) : "La date de l'offre est obligatoire.",
            ct
        );

    public async Task<IActionResult> OnPostReponseAsync(
        int id,
        long decision,
        bool acceptee,
        string? motif,
        DateOnly? date,
        CancellationToken ct
    ) =>
        await PourModifierAsync(id, ct)
        ?? await ApresAsync(
            id,
            date is DateOnly d
                ? await offres.RepondreAsync(decision, acceptee, motif, d, ct)
                : "La date de la réponse est obligatoire.",
            ct
        );

    public async Task<IActionResult> OnPostBailAsync(int id, long decision, DateOnly? date, CancellationToken ct)
    {
        if (await PourModifierAsync(id, ct) is IActionResult r)
            return r;
        if (date is not DateOnly d)
            return await ApresAsync(id, "La date de signature du bail est obligatoire.", ct);
        var (_, refus) = await offres.SignerBailAsync(decision, d, ct);
        return await ApresAsync(id, refus, ct);
    }

    /// <summary>La valeur à montrer pour un candidat : la saisie refusée, sinon la décision enregistrée.</summary>
    public FormulaireDecision Valeur(int logement, VueCandidat c)
    {
        if (
            LogementEnErreur == logement
            && Saisies.FirstOrDefault(s => s.DemandeId == c.Designation.DemandeId) is { } s
        )
            return s;
        var d = c.Decision;
        return new FormulaireDecision
        {
            DemandeId = c.Designation.DemandeId,
            Nature = d?.Nature ?? NatureDecision.NonAttribution,
            Rang = d?.Rang,
            Motif = d?.Motif,
            VotesPour = d?.VotesPour,
            VotesContre = d?.VotesContre,
        };
    }
}
