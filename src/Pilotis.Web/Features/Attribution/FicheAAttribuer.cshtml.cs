using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Un logement à attribuer : où il en est, et, pour le titulaire de l'orientation (réservataire, ou bailleur pour un
/// logement non réservé), les demandes candidates classées par la cotation de l'EPCI du logement, parmi lesquelles il
/// désigne au moins trois candidats (CCH R441-3) ou nomme l'exception qui s'applique.
/// </summary>
public sealed class FicheAAttribuerModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    public const int CandidatsAffiches = 30;

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public List<long> Demandes { get; set; } = [];

    [BindProperty]
    public string? Exception { get; set; }

    public LogementAAttribuer AAttribuer { get; private set; } = null!;
    public Logement Logement { get; private set; } = null!;
    public string NomCommune { get; private set; } = "";
    public string Bailleur { get; private set; } = "";
    public string? Reservataire { get; private set; }
    public string? ReservatairePropose { get; private set; }
    public bool PeutDesigner { get; private set; }
    public bool PeutDeclarer { get; private set; }
    public IReadOnlyList<CandidatMarque> Candidats { get; private set; } = [];
    public IReadOnlyList<DesignationAffichee> Designes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        if (PeutDesigner)
            Candidats = await RequetesAttribution.CandidatsAsync(db, Logement, Annee, CandidatsAffiches, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDesignerAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        if (!PeutDesigner)
            return Forbid();
        ModelState.Clear();
        var erreur = await DesignerAsync(ct);
        if (erreur is not null)
        {
            ModelState.AddModelError(nameof(Demandes), erreur);
            Candidats = await RequetesAttribution.CandidatsAsync(db, Logement, Annee, CandidatsAffiches, ct);
            return Page();
        }
        return Redirect($"/attribution/a-attribuer/{Id}?designes=1");
    }

    private int Annee => Francais.JourAParis(horloge.GetUtcNow()).Year;

    /// <summary>Vérifie puis enregistre la désignation ; rend la raison d'un refus (rien n'est alors écrit).</summary>
    private async Task<string?> DesignerAsync(CancellationToken ct)
    {
        var exception = ExceptionTroisCandidats.Aucune;
        if (!string.IsNullOrEmpty(Exception) && !LectureValeurs.Choix(Exception, out exception))
            return "Choisissez l'exception dans la liste.";
        var choisis = Demandes.Distinct().ToList();
        var eligibles = await DesignationLogement.EligiblesAsync(db, Logement, choisis, Annee, ct);
        var refuses = choisis.Where(d => !eligibles.ContainsKey(d)).ToList();
        if (refuses.Count > 0)
            return await DesignationLogement.MessageIneligiblesAsync(db, refuses, ct);
        var disponibles = (await RequetesAttribution.CandidatsAsync(db, Logement, Annee, 3, ct)).Count;
        var contexte = new ContexteDesignation(
            AAttribuer.Contingent == Contingent.Prefet,
            choisis.Count > 0 && choisis.All(d => eligibles[d].Dalo),
            Logement.Financement == FinancementOrigine.PlaiAdapte,
            disponibles
        );
        if (ReglesDesignation.VerifierNombre(choisis.Count, exception, contexte) is string refus)
            return refus;
        var acteur = (await acteurCourant.LireAsync())!;
        await DesignationLogement.EnregistrerAsync(
            db,
            AAttribuer.Id,
            choisis.Select(d => eligibles[d]).ToList(),
            exception,
            acteur.OrganisationId,
            horloge.GetUtcNow(),
            ct
        );
        return null;
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var a = await db.LogementsAAttribuer.AsNoTracking().FirstOrDefaultAsync(x => x.Id == Id, ct);
        if (a is null)
            return NotFound();
        AAttribuer = a;
        Logement = await db.Logements.AsNoTracking().FirstAsync(l => l.Id == a.LogementId, ct);
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var cible = await RequetesAttributionParc.CibleAsync(db, Logement, ct);
        var titulaire = new Cible(a.ReservataireId ?? Logement.BailleurId, cible.Lieu);
        var lit =
            Habilitations.Autorise(acteur, Ressource.Logements, Acte.Lire, cible)
            || Habilitations.Autorise(acteur, Ressource.Candidatures, Acte.Lire, titulaire);
        if (!lit)
            return Forbid();
        PeutDesigner =
            a.Etape is EtapeAttribution.Oriente or EtapeAttribution.CandidatsDesignes
            && Habilitations.Autorise(acteur, Ressource.Candidatures, Acte.Modifier, titulaire);
        PeutDeclarer = Habilitations.Autorise(acteur, Ressource.Logements, Acte.Modifier, cible);
        await ChargerNomsAsync(ct);
        Designes = await DesignesAsync(a.Id, ct);
        return null;
    }

    private async Task<List<DesignationAffichee>> DesignesAsync(int id, CancellationToken ct) =>
        await (
            from d in db.Designations.AsNoTracking()
            where d.LogementAAttribuerId == id
            join dem in db.Demandes on d.DemandeId equals dem.Id
            join o in db.Organisations on d.DesigneParId equals o.Id
            orderby d.Ordre
            select new DesignationAffichee(
                d.Ordre,
                d.DemandeId,
                dem.NumeroUnique,
                dem.NombrePersonnes,
                dem.Score,
                d.Dalo,
                d.Prioritaire,
                d.PremierQuartile,
                o.Nom
            )
        ).ToListAsync(ct);

    private async Task ChargerNomsAsync(CancellationToken ct)
    {
        var ids = new[] { Logement.BailleurId, AAttribuer.ReservataireId ?? 0, AAttribuer.ReservataireProposeId ?? 0 };
        var noms = await db
            .Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Nom, ct);
        Bailleur = noms.GetValueOrDefault(Logement.BailleurId, "");
        Reservataire = AAttribuer.ReservataireId is int r ? noms.GetValueOrDefault(r) : null;
        ReservatairePropose = AAttribuer.ReservataireProposeId is int p ? noms.GetValueOrDefault(p) : null;
        NomCommune = await db
            .Communes.AsNoTracking()
            .Where(c => c.Code == Logement.CommuneCode)
            .Select(c => c.Nom)
            .FirstOrDefaultAsync(ct)
            ?? Logement.CommuneCode;
    }
}
