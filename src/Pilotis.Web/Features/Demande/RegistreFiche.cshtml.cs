using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Fiche d'une demande : état et prochaine échéance, ménage, UC, ressources par UC, catégorie, produits éligibles avec
/// les plafonds appliqués (année, géographie du premier choix, source), communes, priorité, guichet ; actions
/// « Renouveler »/« Réactiver », « Radier » et « Modifier » pour qui peut modifier, avec les refus du domaine en clair.
/// </summary>
public sealed class RegistreFicheModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    EcritureDemandes ecriture,
    ServiceEcheancesDemandes echeances,
    TimeProvider horloge
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    [BindProperty]
    public string? Jeton { get; set; }

    [BindProperty]
    public string? Motif { get; set; }

    [BindProperty]
    public string? DateRadiation { get; set; }

    [BindProperty]
    public string? CommuneAttribution { get; set; }

    public DemandeLogement Demande { get; private set; } = null!;
    public DateOnly Aujourdhui { get; private set; }
    public EtatDemande Etat { get; private set; }
    public bool PeutModifier { get; private set; }
    public string? RefusRenouvellement { get; private set; }
    public string? Erreur { get; private set; }
    public string? Succes { get; private set; }
    public Dictionary<string, (string Nom, string? EpciSiren)> Communes { get; private set; } = [];
    public Dictionary<string, string> NomsEpci { get; private set; } = [];
    public string? NomGuichet { get; private set; }
    public CategorieMenage? Categorie { get; private set; }
    public ResultatEligibilite? Eligibilite { get; private set; }
    public IReadOnlyList<PlafondsRessources> Plafonds { get; private set; } = [];
    public DateOnly DatePlafonds { get; private set; }
    public int JoursConservation { get; private set; }

    public async Task<IActionResult> OnGetAsync(
        string? enregistree,
        string? renouvelee,
        string? radiee,
        CancellationToken ct
    )
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        if (enregistree is not null)
            Succes = "La demande a été enregistrée.";
        else if (renouvelee is not null)
            Succes = Demande.DateRenouvellement is { } r
                ? $"La demande a été renouvelée le {r:dd/MM/yyyy}."
                : "La demande a été renouvelée.";
        else if (radiee is not null)
            Succes =
                Demande.Statut == StatutDemande.Satisfaite
                    ? "La demande est satisfaite (logement attribué)."
                    : "La demande a été radiée.";
        return Page();
    }

    public async Task<IActionResult> OnPostRenouvelerAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct, modifier: true);
        if (refus is not null)
            return refus;
        var resultat = await ecriture.RenouvelerAsync(Id, JetonLu(), ct);
        if (!resultat.Reussie)
            return await EchecAsync(resultat, ct);
        return Redirect($"/demandes/{Id}?renouvelee=1");
    }

    public async Task<IActionResult> OnPostRadierAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct, modifier: true);
        if (refus is not null)
            return refus;
        if (
            !Enum.TryParse<MotifRadiation>(Motif, out var motif)
            || !Enum.IsDefined(motif)
            || motif == MotifRadiation.NonRenouvellement
        )
        {
            Erreur = "Choisissez le motif de la radiation.";
            return Page();
        }
        if (!LectureValeurs.Date(DateRadiation, out var date))
        {
            Erreur = string.IsNullOrWhiteSpace(DateRadiation)
                ? "Indiquez la date de radiation."
                : LectureValeurs.ErreurDate(DateRadiation);
            return Page();
        }
        var resultat = await ecriture.RadierAsync(Id, JetonLu(), motif, date, CommuneAttribution, ct);
        if (!resultat.Reussie)
            return await EchecAsync(resultat, ct);
        return Redirect($"/demandes/{Id}?radiee=1");
    }

    private Guid JetonLu() => Guid.TryParse(Jeton, out var j) ? j : Guid.Empty;

    private async Task<IActionResult> EchecAsync(ResultatEcritureDemande resultat, CancellationToken ct)
    {
        // La fiche est relue (la demande a pu changer) ; le motif du refus est affiché tel que le domaine le donne.
        await ChargerAsync(ct);
        Jeton = Demande.Jeton.ToString();
        Erreur = resultat.Conflit ?? string.Join(" ", resultat.Erreurs.Select(e => e.Message));
        return Page();
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct, bool modifier = false)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var demande = await db
            .Demandes.AsNoTracking()
            .Include(d => d.Communes)
            .FirstOrDefaultAsync(d => d.Id == Id, ct);
        if (demande is null || !Habilitations.Autorise(acteur, Ressource.Demandes, Acte.Lire, demande.Cible()))
            return NotFound();
        PeutModifier = Habilitations.Autorise(acteur, Ressource.Demandes, Acte.Modifier, demande.Cible());
        if (modifier && !PeutModifier)
            return Forbid();
        Demande = demande;
        Aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        Etat = EcheancesDemande.Etat(demande, Aujourdhui);
        RefusRenouvellement = EcheancesDemande.RefusRenouvellement(demande, Aujourdhui);
        JoursConservation = echeances.JoursConservation;
        if (HttpMethods.IsGet(Request.Method) || string.IsNullOrEmpty(Jeton))
            Jeton = demande.Jeton.ToString();

        // Seules les communes de la fiche et le barème sont lus (pas
        // tout le référentiel : une fiche est une lecture fréquente).
        var codes = demande
            .Communes.Select(c => c.CommuneCode)
            .Concat(
                new[]
                {
                    demande.CommuneResidenceCode,
                    demande.CommuneTravailCode,
                    demande.CommuneAttributionCode,
                }.OfType<string>()
            )
            .Distinct()
            .ToList();
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => codes.Contains(c.Code) && c.CodeParent == null)
            .Select(c => new
            {
                c.Code,
                c.Nom,
                c.EpciSiren,
                c.RegionCode,
            })
            .ToListAsync(ct);
        Communes = communes.ToDictionary(c => c.Code, c => (c.Nom, c.EpciSiren));
        var sirens = Communes.Values.Select(c => c.EpciSiren).OfType<string>().Distinct().ToList();
        NomsEpci = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        NomGuichet = demande.GuichetId is int g
            ? await db.Organisations.AsNoTracking().Where(o => o.Id == g).Select(o => o.Nom).FirstOrDefaultAsync(ct)
            : null;

        if (!demande.EstPurgee && demande.Membres.Count > 0)
            await EvaluerEligibiliteAsync(
                demande,
                communes.FirstOrDefault(c => c.Code == demande.CommunePrincipaleCode)?.RegionCode,
                ct
            );
        DateRadiation ??= Aujourdhui.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>Ressources comparées aux plafonds et la raison de ce choix (arrêté du 29 juillet 1987,
    /// art. 3).</summary>
    public RessourcesRetenues? Ressources { get; private set; }

    /// <summary>L'éligibilité de la fiche, avec le barème de sa dernière écriture.</summary>
    private async Task EvaluerEligibiliteAsync(DemandeLogement demande, string? region, CancellationToken ct)
    {
        // Les plafonds de la dernière écriture : même année et même géographie que le calcul enregistré
        // (ReferentielDemandes.PlafondsPour fait le même choix
        // : dernière année connue, géographie du premier choix).
        DatePlafonds = DateOnly.FromDateTime(
            TimeZoneInfo.ConvertTime(demande.ModifieeLe, Affichage.FuseauParis).DateTime
        );
        Plafonds = BaremePlafonds.EnVigueur(
            await BaremePlafonds.LireAsync(db, ct),
            DatePlafonds.Year,
            GeographieCommune.De(demande.CommunePrincipaleCode, region)
        );
        Categorie = CalculsDemande.Categorie(demande.Membres, demande.JeuneCouple);
        // Les ressources retenues (N−2, N−1 ou douze derniers mois) sont celles que l'écriture a comparées.
        Ressources = ChoixRessources.Retenir(DeclarationRessources.De(demande));
        Eligibilite = Domain.Demande.Eligibilite.Evaluer(Math.Max(0, Ressources.Montant), Categorie.Value, Plafonds);
    }

    public string NomCommune(string? code) =>
        code is null ? "—"
        : Communes.TryGetValue(code, out var c) ? $"{c.Nom} ({code})"
        : code;

    public string? NomEpciDe(string code) =>
        Communes.TryGetValue(code, out var c) && c.EpciSiren is not null
            ? NomsEpci.GetValueOrDefault(c.EpciSiren, c.EpciSiren)
            : null;
}
