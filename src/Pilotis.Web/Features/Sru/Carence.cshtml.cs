using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Procédure de carence d'une commune (CCH L302-9-1) : la DDTM enregistre une étape (proposition, avis de la
/// commission,
/// arrêté du préfet et son coefficient, renonciation, levée). La transition est appliquée par le domaine
/// (<see cref="ProcedureCarence.Appliquer"/>) : s'il la refuse, son motif s'affiche et rien n'est enregistré.
/// Concurrence optimiste par le jeton de la procédure.
/// </summary>
public sealed class CarenceModel(
    PilotisDbContext db,
    RequetesSru requetes,
    ActeurCourant acteurCourant,
    TimeProvider horloge
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public ActionCarence? Action { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    [BindProperty]
    public string? Coefficient { get; set; }

    [BindProperty]
    public string? Avis { get; set; }

    [BindProperty]
    public string? Motif { get; set; }

    [BindProperty]
    public Guid? Jeton { get; set; }

    [BindProperty]
    public int? DebutPeriode { get; set; }

    public Commune Commune { get; private set; } = null!;
    public PanneauCarence Panneau { get; private set; } = null!;
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(suivi: false, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(suivi: true, ct);
        if (refus is not null)
            return refus;
        if (!Panneau.PeutInstruire)
            return Forbid();

        // Les erreurs de liaison (date mal formée…) sont reformulées ici, en une phrase.
        ModelState.Clear();
        if (Action is null || !Enum.IsDefined(Action.Value))
            return Echec("Choisissez l'étape à enregistrer.");
        if (Date is null)
            return Echec("La date de l'acte est obligatoire (JJ/MM/AAAA).");
        decimal? coefficient = null;
        if (!string.IsNullOrWhiteSpace(Coefficient))
        {
            if (!LectureValeurs.Nombre(Coefficient, out var k))
                return Echec($"Le coefficient « {Francais.Extrait(Coefficient)} » n'est pas un nombre.");
            coefficient = k;
        }
        bool? avis = Avis switch
        {
            "favorable" => true,
            "defavorable" => false,
            _ => null,
        };

        // Le formulaire portait sur un état précis de la procédure : s'il a changé depuis, on ne devine pas.
        var attendu = Panneau.Entite?.Jeton;
        if (DebutPeriode != Panneau.Procedure.DebutPeriode.Year || attendu != Jeton)
        {
            return Echec(
                "La procédure a été modifiée par quelqu'un d'autre depuis l'affichage de la page : vérifiez son état "
                    + "ci-dessous puis recommencez."
            );
        }

        var transition = TransitionsCarence.Trouver(Panneau.Procedure.Etat, Action.Value);
        var demande = new DemandeTransitionCarence(Action.Value, transition?.Acteur ?? ActeurCarence.Ddtm, Date.Value)
        {
            Coefficient = coefficient,
            AvisFavorable = avis,
            Motif = string.IsNullOrWhiteSpace(Motif) ? null : Motif.Trim(),
        };
        var parametres = ParametresSru.PourDate(Date.Value);
        var resultat = Panneau.Procedure.Appliquer(demande, parametres);
        if (!resultat.Reussie)
            return Echec(resultat.Erreur!);

        if (!await EnregistrerAsync(resultat.Procedure, ct))
        {
            return Echec(
                "La procédure a été modifiée par quelqu'un d'autre pendant l'enregistrement : vérifiez son état "
                    + "ci-dessous puis recommencez."
            );
        }
        return Redirect($"/sru/communes/{Code}?carence=enregistree#carence");
    }

    /// <summary>
    /// Enregistre l'étape (nouvelle procédure ou jeton attendu) ; false en cas de conflit : jeton changé, ou procédure
    /// ouverte au même moment pour la même période (index unique).
    /// </summary>
    private async Task<bool> EnregistrerAsync(ProcedureCarence procedure, CancellationToken ct)
    {
        var entite = Panneau.Entite;
        if (entite is null)
        {
            entite = new ProcedureCarenceSru
            {
                CommuneCode = Code,
                DebutPeriode = Panneau.Procedure.DebutPeriode,
                FinPeriode = Panneau.Procedure.FinPeriode,
            };
            db.ProceduresCarenceSru.Add(entite);
        }
        else
        {
            db.Entry(entite).Property(p => p.Jeton).OriginalValue = Jeton!.Value;
        }
        entite.Appliquer(procedure);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await ChargerAsync(suivi: false, ct);
            return false;
        }
    }

    private IActionResult Echec(string message)
    {
        Erreur = message;
        return Page();
    }

    private async Task<IActionResult?> ChargerAsync(bool suivi, CancellationToken ct)
    {
        var commune = await db
            .Communes.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Code == Code && c.Type == TypeCommune.Actuelle, ct);
        if (commune is null)
            return NotFound();
        Commune = commune;
        var acteur = await acteurCourant.LireAsync();
        var cible = HabilitationsSru.Commune(commune);
        if (acteur is null || !HabilitationsSru.PeutConsulter(acteur, cible))
            return Forbid();
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        Panneau = await PanneauCarence.ChargerAsync(
            requetes,
            Code,
            HabilitationsSru.PeutInstruire(acteur, cible),
            aujourdhui,
            suivi,
            ct
        );
        return null;
    }
}
