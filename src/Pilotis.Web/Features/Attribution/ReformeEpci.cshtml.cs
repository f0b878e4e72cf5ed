using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// La réforme des attributions d'un EPCI : ses étapes datées (CIL, CIA, PPGDID), sa cotation publiée, ses points
/// d'accueil des demandeurs, ses réunions de CIL et la participation des élus, les besoins exprimés par ses
/// communes. L'agent de l'EPCI (ou la DDTM) saisit les étapes, les points d'accueil et les réunions.
/// </summary>
public sealed class ReformeEpciModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Siren { get; set; } = "";

    [BindProperty]
    public string? Etape { get; set; }

    [BindProperty]
    public string? DateEtape { get; set; }

    [BindProperty]
    public string? Reference { get; set; }

    [BindProperty]
    public string? Commentaire { get; set; }

    [BindProperty]
    public string? NomPoint { get; set; }

    [BindProperty]
    public string? AdressePoint { get; set; }

    [BindProperty]
    public string? CommunePoint { get; set; }

    [BindProperty]
    public string? DateReunion { get; set; }

    [BindProperty]
    public List<string> CommunesReunion { get; set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public AvancementReforme Avancement { get; private set; } = null!;
    public ParticipationCil Participation { get; private set; } = new(0, 0);
    public List<(string Code, string Nom)> Communes { get; private set; } = [];
    public List<ReunionCil> Reunions { get; private set; } = [];
    public List<BesoinCil> Besoins { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public int Annee { get; private set; }
    public DateOnly Aujourdhui { get; private set; }

    public string NomCommune(string code) => Communes.FirstOrDefault(c => c.Code == code).Nom ?? code;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostEtapeAsync(CancellationToken ct)
    {
        if (await ChargerPourSaisieAsync(ct) is { } refus)
            return refus;
        if (!Enum.TryParse<TypeEtapeReforme>(Etape, out var type) || !Enum.IsDefined(type))
            ModelState.AddModelError(nameof(Etape), MessagesSaisie.PasUnChoix(Etape));
        var date = LireDate(nameof(DateEtape), DateEtape);
        var ligne = Avancement.Etape(type) is { } existante
            ? await db.EtapesReformeEpci.FirstAsync(e => e.Id == existante.Id, ct)
            : new EtapeReformeEpci { EpciSiren = Siren, ReferenceActe = "" };
        ligne.Etape = type;
        ligne.Date = date;
        ligne.ReferenceActe = Reference?.Trim() ?? "";
        ligne.Commentaire = string.IsNullOrWhiteSpace(Commentaire) ? null : Commentaire.Trim();
        var champs = new Dictionary<string, string>
        {
            [nameof(EtapeReformeEpci.Etape)] = nameof(Etape),
            [nameof(EtapeReformeEpci.Date)] = nameof(DateEtape),
            [nameof(EtapeReformeEpci.ReferenceActe)] = nameof(Reference),
            [nameof(EtapeReformeEpci.Commentaire)] = nameof(Commentaire),
        };
        Ajouter(ValidationReforme.Valider(ligne, Aujourdhui), champs);
        if (!ModelState.IsValid)
            return await RedemanderAsync(ct);
        ligne.ModifieLe = horloge.GetUtcNow();
        if (ligne.Id == 0)
            db.EtapesReformeEpci.Add(ligne);
        await db.SaveChangesAsync(ct);
        Confirmation = $"Étape « {type.Libelle()} » enregistrée.";
        return Redirect($"/attributions/reforme/{Siren}");
    }

    public async Task<IActionResult> OnPostPointAsync(CancellationToken ct)
    {
        if (await ChargerPourSaisieAsync(ct) is { } refus)
            return refus;
        var point = new PointAccueil
        {
            EpciSiren = Siren,
            Nom = NomPoint?.Trim() ?? "",
            Adresse = AdressePoint?.Trim() ?? "",
            CommuneCode = CommunePoint?.Trim() ?? "",
        };
        if (!Communes.Any(c => c.Code == point.CommuneCode))
            ModelState.AddModelError(nameof(CommunePoint), "Choisissez une commune membre de l'intercommunalité.");
        var champs = new Dictionary<string, string>
        {
            [nameof(PointAccueil.Nom)] = nameof(NomPoint),
            [nameof(PointAccueil.Adresse)] = nameof(AdressePoint),
        };
        Ajouter(ValidationReforme.Valider(point), champs);
        if (!ModelState.IsValid)
            return await RedemanderAsync(ct);
        point.ModifieLe = horloge.GetUtcNow();
        db.PointsAccueil.Add(point);
        await db.SaveChangesAsync(ct);
        Confirmation = $"Point d'accueil « {point.Nom} » ajouté.";
        return Redirect($"/attributions/reforme/{Siren}");
    }

    public async Task<IActionResult> OnPostReunionAsync(CancellationToken ct)
    {
        if (await ChargerPourSaisieAsync(ct) is { } refus)
            return refus;
        var membres = Communes.Select(c => c.Code).ToHashSet();
        if (CommunesReunion.Any(c => !membres.Contains(c)))
            ModelState.AddModelError(nameof(CommunesReunion), "Ne cochez que des communes membres de l'EPCI.");
        var reunion = new ReunionCil
        {
            EpciSiren = Siren,
            Date = LireDate(nameof(DateReunion), DateReunion),
            CommunesRepresentees = CommunesReunion.Distinct().ToList(),
        };
        var champs = new Dictionary<string, string>
        {
            [nameof(ReunionCil.Date)] = nameof(DateReunion),
            [nameof(ReunionCil.CommunesRepresentees)] = nameof(CommunesReunion),
        };
        Ajouter(ValidationReforme.Valider(reunion, Aujourdhui), champs);
        if (!ModelState.IsValid)
            return await RedemanderAsync(ct);
        reunion.ModifieLe = horloge.GetUtcNow();
        db.ReunionsCil.Add(reunion);
        await db.SaveChangesAsync(ct);
        Confirmation = $"Réunion de la CIL du {Francais.Date(reunion.Date)} enregistrée.";
        return Redirect($"/attributions/reforme/{Siren}");
    }

    private DateOnly LireDate(string champ, string? texte)
    {
        if (LectureValeurs.Date(texte, out var date))
            return date;
        ModelState.AddModelError(
            champ,
            string.IsNullOrWhiteSpace(texte) ? "Indiquez la date." : LectureValeurs.ErreurDate(texte)!
        );
        return Aujourdhui;
    }

    private void Ajouter(IEnumerable<ErreurChamp> erreurs, Dictionary<string, string> champs) =>
        ModelState.AjouterErreurs(erreurs.Select(e => e with { Champ = champs.GetValueOrDefault(e.Champ, e.Champ) }));

    /// <summary>Saisie refusée : rien n'est écrit, la page revient avec les messages et les valeurs saisies.</summary>
    private async Task<IActionResult> RedemanderAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await ChargerAsync(ct);
        return Page();
    }

    private async Task<IActionResult?> ChargerPourSaisieAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        return PeutModifier ? null : Forbid();
    }

    /// <summary>404 pour un EPCI inconnu, 403 s'il n'est pas dans la portée de l'acteur ; charge la page.</summary>
    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.LireAttributions(acteur))
            return Forbid();
        var nom = await db.Epcis.AsNoTracking().Where(e => e.Siren == Siren).Select(e => e.Nom).FirstOrDefaultAsync(ct);
        if (nom is null)
            return NotFound();
        if (!(await AccesAttributions.EpcisVisiblesAsync(db, acteur, ct)).Any(e => e.Siren == Siren))
            return Forbid();
        PeutModifier = await AccesAttributions.PeutModifierEpciAsync(db, acteur, Siren, ct);
        Aujourdhui = Affichage.JourAParis(horloge.GetUtcNow());
        Annee = Aujourdhui.Year;
        Avancement = (await RequetesAttributionReforme.AvancementAsync(db, [(Siren, nom)], ct))[0];
        Participation = (await RequetesAttributionReforme.ParticipationAsync(db, [Siren], Annee, ct))[Siren];
        Communes = (
            await db
                .Communes.AsNoTracking()
                .Where(c => c.EpciSiren == Siren && c.Type == TypeCommune.Actuelle)
                .Select(c => new { c.Code, c.Nom })
                .ToListAsync(ct)
        )
            .Select(c => (c.Code, c.Nom))
            .OrderBy(c => c.Nom, Francais.Ordre)
            .ToList();
        Reunions = await db
            .ReunionsCil.AsNoTracking()
            .Where(r => r.EpciSiren == Siren)
            .OrderByDescending(r => r.Date)
            .ToListAsync(ct);
        Besoins = await db
            .BesoinsCil.AsNoTracking()
            .Where(b => b.EpciSiren == Siren)
            .OrderByDescending(b => b.Date)
            .ThenBy(b => b.CommuneCode)
            .Take(200)
            .ToListAsync(ct);
        return null;
    }
}
