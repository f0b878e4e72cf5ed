using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Demande;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Quartiles de ressources par EPCI (CCH L441-1 : au moins 25 % des attributions hors QPV aux demandeurs du premier
/// quartile) : le seuil calculé depuis le registre et la valeur officielle de l'arrêté préfectoral, qui prévaut ;
/// un administrateur de la DDTM saisit, corrige ou retire la valeur officielle d'une année.
/// </summary>
public sealed class QuartilesModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    TimeProvider horloge,
    IConfiguration configuration
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    [BindProperty]
    public string? Epci { get; set; }

    [BindProperty]
    public string? Seuil { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public Guid Jeton { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public IReadOnlyList<LigneQuartile> Lignes { get; private set; } = [];
    public bool PeutSaisir { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        return ExportTableau.Csv(
            $"quartiles-{Annee}",
            [
                "EPCI (SIREN)",
                "Nom",
                "Seuil calculé (€ par UC et par an)",
                "Demandes actives prises en compte",
                "Seuil officiel",
                "Source officielle",
                "Seuil appliqué",
            ],
            Lignes.Select(l =>
                (IReadOnlyList<object?>)
                    [
                        l.Siren,
                        l.Nom,
                        l.Calcule.Valeur,
                        l.Calcule.Demandes,
                        l.Officiel?.Seuil,
                        l.Officiel?.Source,
                        l.Applique,
                    ]
            )
        );
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (!PeutSaisir)
            return Forbid();
        ModelState.EffacerSauf(nameof(Annee));
        var ligne = Lignes.FirstOrDefault(l => l.Siren == Epci);
        if (ligne is null)
            return NotFound();
        var seuil = LectureValeurs.Montant(Seuil);
        var source = Source?.Trim() ?? "";
        if (seuil is null)
            ModelState.AddModelError(nameof(Seuil), "Indiquez le seuil en euros par unité de consommation et par an.");
        else if (seuil <= 0 || seuil > 1_000_000m)
            ModelState.AddModelError(nameof(Seuil), "Le seuil doit être un montant positif, inférieur à 1 000 000 €.");
        if (source.Length == 0)
            ModelState.AddModelError(nameof(Source), "Citez l'arrêté préfectoral qui fixe ce seuil.");
        else if (source.Length > 500)
            ModelState.AddModelError(nameof(Source), "La source ne peut pas dépasser 500 caractères.");
        if (!ModelState.IsValid)
            return Page();

        var officiel = await db.SeuilsQuartileOfficiels.FirstOrDefaultAsync(
            s => s.EpciSiren == ligne.Siren && s.Annee == Annee,
            ct
        );
        if (officiel is null)
        {
            officiel = new SeuilQuartileOfficiel
            {
                EpciSiren = ligne.Siren,
                Annee = Annee!.Value,
                Source = source,
            };
            db.SeuilsQuartileOfficiels.Add(officiel);
        }
        else
        {
            db.Entry(officiel).Property(x => x.Jeton).OriginalValue = Jeton;
        }
        officiel.Seuil = Math.Round(seuil!.Value, 0, MidpointRounding.AwayFromZero);
        officiel.Source = source;
        officiel.ModifieLe = horloge.GetUtcNow();
        return await EnregistrerAsync(
            $"Seuil officiel {Annee} de « {ligne.Nom} » enregistré : il prévaut sur le seuil calculé.",
            ct
        );
    }

    public async Task<IActionResult> OnPostRetirerAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (!PeutSaisir)
            return Forbid();
        // Une année refusée dans l'adresse ne retire rien : la page la signale.
        if (ModelState.EnErreur(nameof(Annee)))
            return Page();
        var ligne = Lignes.FirstOrDefault(l => l.Siren == Epci);
        if (ligne?.Officiel is null)
            return NotFound();
        var officiel = await db.SeuilsQuartileOfficiels.FirstAsync(s => s.Id == ligne.Officiel.Id, ct);
        db.Entry(officiel).Property(x => x.Jeton).OriginalValue = Jeton;
        db.SeuilsQuartileOfficiels.Remove(officiel);
        return await EnregistrerAsync(
            $"Seuil officiel {Annee} de « {ligne.Nom} » retiré : le seuil calculé s'applique.",
            ct
        );
    }

    private async Task<IActionResult> EnregistrerAsync(string message, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                "",
                "Ce seuil a été modifié entre-temps par un autre administrateur : rechargez la page. Vos saisies "
                    + "sont conservées."
            );
            return Page();
        }
        Confirmation = message;
        return Redirect($"/demandes/quartiles?annee={Annee}");
    }

    /// <summary>
    /// Les EPCI du territoire de l'utilisateur : le sien pour un EPCI, celui de sa commune pour une commune, ceux du
    /// département sinon (tirés du référentiel en mémoire).
    /// </summary>
    private async Task<IReadOnlyList<(string Siren, string Nom)>> EpcisDuTerritoireAsync(
        Acteur acteur,
        CancellationToken ct
    )
    {
        var perimetre = acteur.Perimetre;
        if (perimetre.Niveau is not (NiveauPerimetre.Epci or NiveauPerimetre.Commune))
            return await ReferentielNoms.EpcisDepartementAsync(db, acteur.DepartementCode);
        var communes = db.Communes.AsNoTracking().Where(c => c.CodeParent == null && c.EpciSiren != null);
        communes =
            perimetre.Niveau == NiveauPerimetre.Epci
                ? communes.Where(c => c.EpciSiren == perimetre.Code)
                : communes.Where(c => c.Code == perimetre.Code);
        var epcis = await communes
            .Select(c => c.EpciSiren!)
            .Distinct()
            .Join(db.Epcis, s => s, e => e.Siren, (s, e) => new { e.Siren, e.Nom })
            .ToListAsync(ct);
        return epcis.Select(e => (e.Siren, e.Nom)).ToList();
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Challenge();
        if (Habilitations.PorteeAccordee(acteur, Ressource.Demandes, Acte.Lire) == Portee.Aucune)
            return Forbid();
        PeutSaisir = Habilitations.PorteeAccordee(acteur, Ressource.ParametresDemande, Acte.Modifier) != Portee.Aucune;
        Annee ??= horloge.GetLocalNow().Year;
        var epcis = await EpcisDuTerritoireAsync(acteur, ct);
        var sirens = epcis.Select(e => e.Siren).ToArray();
        var officiels = await db
            .SeuilsQuartileOfficiels.AsNoTracking()
            .Where(s => s.Annee == Annee && sirens.Contains(s.EpciSiren))
            .ToDictionaryAsync(s => s.EpciSiren, StringComparer.Ordinal, ct);
        // Tous les seuils calculés en une requête (et non deux par EPCI), gardés au plus 30 s par liste d'EPCI comme
        // les tableaux de bord (Statistiques:CacheSecondes, 0 le désactive) ; les valeurs officielles, elles, sont
        // relues à chaque fois (une saisie se voit aussitôt).
        var secondes = Math.Min(30, configuration.GetValue("Statistiques:CacheSecondes", 60));
        var cle = "quartiles|" + string.Join(",", sirens.Order(StringComparer.Ordinal));
        // Gardés avec les agrégats des demandes : une seule requête calcule quand trente agents ouvrent la page
        // ensemble, et toute écriture d'une demande fait relire (ADR 0019).
        var calcules =
            secondes > 0
                ? await CacheAgregats.Demandes.LireAsync(db, cle, d =>
                    RequetesDemande.CalculerQuartilesAsync(d, sirens, CancellationToken.None)
                )
                : await RequetesDemande.CalculerQuartilesAsync(db, sirens, ct);
        Lignes = epcis
            .OrderBy(e => e.Nom, StringComparer.Ordinal)
            .Select(e => new LigneQuartile(e.Siren, e.Nom, calcules[e.Siren], officiels.GetValueOrDefault(e.Siren)))
            .ToList();
        return null;
    }
}
