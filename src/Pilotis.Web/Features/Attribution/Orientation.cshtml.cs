using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Orientation des logements libérés de l'année par le bailleur (gestion en flux, CCH L441-1, R441-5) : chaque logement
/// en attente avec la proposition de la règle <see cref="Orientation"/> et son explication ; le bailleur l'accepte
/// (un par un, toute la page, ou toute l'année en une passe) ou s'en écarte en choisissant un autre titulaire, avec un
/// motif obligatoire (gardé dans MotifDerogation). Chaque orientation est journalisée.
/// </summary>
public sealed class OrientationModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    private const int Taille = Pagination.TailleParDefaut;

    [BindProperty(SupportsGet = true)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    public List<PropositionLogement> Propositions { get; private set; } = [];
    public List<PropositionLogement> PageCourante { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Taille);
    public ContexteOrientation Contexte { get; private set; } = null!;
    public List<(string Valeur, string Libelle)> Titulaires { get; } = [];
    public Dictionary<int, string> Erreurs { get; } = [];
    public string? Message { get; private set; }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.ModifierFlux(acteur))
            return Forbid();
        if (Annee is null or < Domain.Commun.LectureValeurs.AnneeMinimum or > Domain.Commun.LectureValeurs.AnneeMaximum)
            Annee = horloge.GetLocalNow().Year;
        Contexte = await OrientationFlux.ContexteAsync(db, acteur.OrganisationId, Annee.Value, ct);
        var attente = await OrientationFlux.EnAttenteAsync(db, acteur.OrganisationId, Annee.Value, adresses: true, ct);
        Propositions = OrientationFlux.Proposer(Contexte, attente).ToList();
        foreach (var c in Contexte.Conventions.DistinctBy(c => (c.ReservataireId, c.Contingent)))
            Titulaires.Add(
                ($"{c.ReservataireId}|{c.Contingent}", $"{Contexte.Nom(c.ReservataireId)} ({c.Contingent.Libelle()})")
            );
        Titulaires.Add(($"0|{Contingent.Bailleur}", $"{Contexte.NomBailleur} (non réservé)"));
        var pages = Math.Max(1, (Propositions.Count + Taille - 1) / Taille);
        NumeroPage = Math.Clamp(NumeroPage, 1, pages);
        PageCourante = Propositions.Skip((NumeroPage - 1) * Taille).Take(Taille).ToList();
        Pagination = new Pagination(NumeroPage, Propositions.Count, Taille);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(bool orientes, int? nombre, CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (orientes)
            Message = $"{nombre ?? 0} logement{(nombre > 1 ? "s" : "")} orienté{(nombre > 1 ? "s" : "")}.";
        return Page();
    }

    public async Task<IActionResult> OnPostAccepterAsync(int id, CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var p = Propositions.FirstOrDefault(x => x.Logement.Id == id);
        if (p is null)
            return NotFound();
        return await EcrireAsync([(p, p.Proposition.ReservataireId, p.Proposition.Contingent, null)], ct);
    }

    public async Task<IActionResult> OnPostToutAccepterAsync(List<int> ids, CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var choisis = ids.ToHashSet();
        var lot = Propositions
            .Where(x => choisis.Contains(x.Logement.Id))
            .Select(x => (x, x.Proposition.ReservataireId, x.Proposition.Contingent, (string?)null))
            .ToList();
        return await EcrireAsync(lot, ct);
    }

    public async Task<IActionResult> OnPostDerogerAsync(int id, string? titulaire, string? motif, CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var p = Propositions.FirstOrDefault(x => x.Logement.Id == id);
        if (p is null)
            return NotFound();
        var choix = Titulaires.FirstOrDefault(t => t.Valeur == titulaire).Valeur;
        var texte = motif?.Trim();
        if (choix is null)
            Erreurs[id] = "Choisissez le titulaire retenu dans la liste.";
        else if (string.IsNullOrEmpty(texte))
            Erreurs[id] = "Donnez le motif qui vous fait écarter la proposition : il est obligatoire.";
        else if (texte.Length > LogementAAttribuer.LongueurMotifMaximum)
            Erreurs[id] = $"Le motif compte {LogementAAttribuer.LongueurMotifMaximum} caractères au plus.";
        if (Erreurs.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            Message = "L'orientation n'a pas été enregistrée : " + Erreurs[id];
            return Page();
        }
        var morceaux = choix!.Split('|');
        var reservataire = int.Parse(morceaux[0], System.Globalization.CultureInfo.InvariantCulture);
        var contingent = Enum.Parse<Contingent>(morceaux[1]);
        return await EcrireAsync([(p, reservataire == 0 ? null : reservataire, contingent, texte)], ct);
    }

    public async Task<IActionResult> OnPostOrienterAnneeAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var acteur = (await acteurCourant.LireAsync())!;
        var nombre = await OrientationFlux.OrienterAnneeAsync(db, acteur.OrganisationId, Annee!.Value, ct);
        return Redirect($"/flux/orientation?annee={Annee}&orientes=true&nombre={nombre}");
    }

    private async Task<IActionResult> EcrireAsync(
        List<(PropositionLogement P, int? Reservataire, Contingent Contingent, string? Motif)> lot,
        CancellationToken ct
    )
    {
        var ids = lot.Select(l => l.P.Logement.Id).ToList();
        var logements = await db
            .LogementsAAttribuer.Where(l => ids.Contains(l.Id) && l.Etape == EtapeAttribution.Declare)
            .ToDictionaryAsync(l => l.Id, ct);
        var maintenant = horloge.GetUtcNow();
        foreach (var (p, reservataire, contingent, motif) in lot)
        {
            if (!logements.TryGetValue(p.Logement.Id, out var l))
                continue;
            l.ReservataireProposeId = p.Proposition.ReservataireId;
            l.ContingentPropose = p.Proposition.Contingent;
            l.ExplicationOrientation = p.Proposition.Explication;
            l.ReservataireId = reservataire;
            l.Contingent = contingent;
            l.MotifDerogation = motif;
            l.Etape = EtapeAttribution.Oriente;
            l.OrienteLe = maintenant;
        }
        await db.SaveChangesAsync(ct);
        return Redirect($"/flux/orientation?annee={Annee}&orientes=true&nombre={logements.Count}");
    }

    public static string Nombre(decimal valeur) => valeur.ToString("#,0.0", Domain.Commun.Francais.Culture);
}
