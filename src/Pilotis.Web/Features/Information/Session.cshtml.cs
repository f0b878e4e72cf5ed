using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Foncier;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// Une session de formation : ses inscrits (ceux que l'acteur peut lire : la commune les siens, la DDTM tous),
/// l'inscription d'un élu par sa commune, la présence et le questionnaire de satisfaction saisis par la DDTM.
/// </summary>
public sealed class SessionModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty]
    public SaisieInscription Saisie { get; set; } = new();

    public SessionFormation Session { get; private set; } = null!;
    public List<InscriptionFormation> Inscriptions { get; private set; } = [];
    public Dictionary<string, string> NomsCommunes { get; private set; } = [];
    public int Inscrits { get; private set; }
    public bool PeutInscrire { get; private set; }
    public string? CommuneImposee { get; private set; }
    public bool PeutGerer { get; private set; }
    public bool PresenceOuverte { get; private set; }
    public bool Passee { get; private set; }
    public Dictionary<string, string> Erreurs { get; } = [];
    public int? InscriptionEnErreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        return await ChargerAsync(acteur, id, ct) ?? Page();
    }

    public async Task<IActionResult> OnPostInscrireAsync(int id, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (await ChargerAsync(acteur, id, ct) is IActionResult refus)
            return refus;
        if (!AccesPages.InscrireElus(acteur))
            return Forbid();
        var code = (string.IsNullOrWhiteSpace(Saisie.Commune) ? CommuneImposee : Saisie.Commune)?.Trim() ?? "";
        var lieu = (await RequetesFoncier.LieuxAsync(db, [code], ct)).GetValueOrDefault(code);
        var inscription = new InscriptionFormation
        {
            SessionId = Session.Id,
            Nom = "",
            CommuneCode = lieu?.Code ?? code,
            EpciSiren = lieu?.EpciSiren,
            DepartementCode = lieu?.DepartementCode ?? "",
            RegionCode = lieu?.RegionCode ?? "",
            Courriel = "",
        };
        if (lieu is null)
            Erreurs.TryAdd(nameof(Saisie.Commune), "Indiquez le code INSEE d'une commune actuelle (ex. 30007).");
        // Une commune n'inscrit que ses propres élus, la DDTM ceux des communes du département (table des droits).
        else if (!Habilitations.Autorise(acteur!, Ressource.Formations, Acte.Modifier, inscription.Cible()))
            return Forbid();
        foreach (var e in Saisie.Lire(inscription))
            Erreurs.TryAdd(e.Champ, e.Message);
        var dejaInscrit = await db.InscriptionsFormation.AnyAsync(
            i => i.SessionId == Session.Id && i.Courriel == inscription.Courriel,
            ct
        );
        var regles = ValidationFormation.ValiderInscription(Session, Inscrits, dejaInscrit, Aujourdhui, inscription);
        foreach (var e in regles)
            Erreurs.TryAdd(e.Champ, e.Message);
        if (Erreurs.Count > 0)
            return Echec();
        inscription.InscritLe = horloge.GetUtcNow();
        db.InscriptionsFormation.Add(inscription);
        await db.SaveChangesAsync(ct);
        return Redirect($"/formations/{Session.Id}?inscrit=1");
    }

    public async Task<IActionResult> OnPostPresenceAsync(int id, int inscription, bool present, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (await ChargerAsync(acteur, id, ct) is IActionResult refus)
            return refus;
        if (!PeutGerer)
            return Forbid();
        var i = await db.InscriptionsFormation.FirstOrDefaultAsync(x => x.Id == inscription && x.SessionId == id, ct);
        if (i is null)
            return NotFound();
        foreach (var e in ValidationFormation.ValiderPresence(Session, i, present, Aujourdhui))
            Erreurs.TryAdd(e.Champ, e.Message);
        if (Erreurs.Count > 0)
        {
            InscriptionEnErreur = i.Id;
            return Echec();
        }
        i.Present = present;
        await db.SaveChangesAsync(ct);
        return Redirect($"/formations/{Session.Id}?presence=1#inscription-{i.Id}");
    }

    public async Task<IActionResult> OnPostSatisfactionAsync(
        int id,
        int inscription,
        string? note,
        string? commentaire,
        CancellationToken ct
    )
    {
        var acteur = await acteurCourant.LireAsync();
        if (await ChargerAsync(acteur, id, ct) is IActionResult refus)
            return refus;
        if (!PeutGerer)
            return Forbid();
        var i = await db.InscriptionsFormation.FirstOrDefaultAsync(x => x.Id == inscription && x.SessionId == id, ct);
        if (i is null)
            return NotFound();
        int? valeur = LectureValeurs.Entier(note, out var n) ? n : null;
        var texte = string.IsNullOrWhiteSpace(commentaire) ? null : commentaire.Trim();
        foreach (var e in ValidationFormation.ValiderSatisfaction(i, valeur, texte))
            Erreurs.TryAdd(e.Champ, e.Message);
        if (Erreurs.Count > 0)
        {
            InscriptionEnErreur = i.Id;
            return Echec();
        }
        (i.Note, i.Commentaire, i.ReponduLe) = (valeur, texte, horloge.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return Redirect($"/formations/{Session.Id}?satisfaction=1#inscription-{i.Id}");
    }

    private DateOnly Aujourdhui => Francais.JourAParis(horloge.GetUtcNow());

    /// <summary>Lit la session et ce que l'acteur en voit ; un refus (403, 404) sinon.</summary>
    private async Task<IActionResult?> ChargerAsync(Acteur? acteur, int id, CancellationToken ct)
    {
        if (acteur is null || !AccesPages.LireFormations(acteur))
            return Forbid();
        var session = await db.SessionsFormation.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null)
            return NotFound();
        if (!await db.SessionsFormation.Where(AccesInformation.Sessions(acteur)).AnyAsync(s => s.Id == id, ct))
            return Forbid();
        Session = session;
        Inscrits = await db.InscriptionsFormation.CountAsync(i => i.SessionId == id, ct);
        Inscriptions = await db
            .InscriptionsFormation.AsNoTracking()
            .Where(AccesInformation.Inscriptions(acteur, Acte.Lire))
            .Where(i => i.SessionId == id)
            .OrderBy(i => i.CommuneCode)
            .ThenBy(i => i.Nom)
            .ToListAsync(ct);
        var codes = Inscriptions.Select(i => i.CommuneCode).Distinct().ToList();
        NomsCommunes = (await RequetesFoncier.LieuxAsync(db, codes, ct)).ToDictionary(c => c.Key, c => c.Value.Nom);
        PeutGerer = Habilitations.Autorise(acteur, Ressource.Formations, Acte.Instruire, session.Cible());
        PresenceOuverte = Aujourdhui >= session.Date;
        Passee = session.Date < Aujourdhui;
        PeutInscrire = AccesPages.InscrireElus(acteur) && session.Date >= Aujourdhui;
        CommuneImposee = acteur.Perimetre.Niveau == NiveauPerimetre.Commune ? acteur.Perimetre.Code : null;
        return null;
    }

    private PageResult Echec()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public string? Erreur(string champ) => Erreurs.GetValueOrDefault(champ);

    public string Commune(string code) => NomsCommunes.TryGetValue(code, out var n) ? $"{n} ({code})" : code;
}
