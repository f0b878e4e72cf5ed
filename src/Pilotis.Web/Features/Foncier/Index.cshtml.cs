using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Foncier;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Foncier;

/// <summary>
/// L'observatoire foncier (seed 001, solution 5) : les sites que l'acteur peut lire (<see cref="AccesFoncier"/>),
/// filtrés par EPCI, commune, statut, zone et propriétaire côté serveur, paginés, exportés en CSV et XLSX ; les
/// indicateurs de l'EPCI choisi sur la période de son PLH et les alertes de fin de portage.
/// </summary>
public sealed class IndexModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Statut { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Zone { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Proprietaire { get; set; }

    /// <summary>
    /// Première année de la période du PLH, telle que saisie ; vide : l'année en cours (ou six ans avant la fin).
    /// </summary>
    [BindProperty(SupportsGet = true)]
    public string? Debut { get; set; }

    /// <summary>Dernière année de la période du PLH ; vide : six ans après le début (C. constr. L302-1).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Fin { get; set; }

    /// <summary>Erreurs de la période saisie, par champ (debut, fin) ; la période par défaut s'applique alors.
    /// </summary>
    public Dictionary<string, string> Erreurs { get; } = [];

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<LigneSite> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public NomsTerritoire Noms { get; private set; } = new([], []);
    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public List<(string Code, string Nom)> Communes { get; private set; } = [];
    public IndicateursFonciers? Indicateurs { get; private set; }
    public (DateOnly Debut, DateOnly Fin) Periode { get; private set; }
    public List<AlerteFinPortage> Alertes { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public bool PeutImporter { get; private set; }
    public bool PeutLireOutils { get; private set; }
    public bool Filtree { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFoncier(acteur))
            return Forbid();
        PeutModifier = AccesPages.ModifierFoncier(acteur);
        PeutImporter = AccesPages.ImporterFoncier(acteur);
        PeutLireOutils = AccesPages.LireOutilsFonciers(acteur);
        var visibles = db.SitesFonciers.AsNoTracking().Where(AccesFoncier.Sites(acteur, Acte.Lire));
        await ChargerChoixAsync(visibles, acteur, ct);
        var requete = Filtrer(visibles).OrderBy(s => s.CommuneCode).ThenBy(s => s.Identifiant).Select(Ligne);
        if (Format is "csv" or "xlsx")
        {
            Lignes = await requete.ToListAsync(ct);
            Noms = await NomsTerritoire.LireAsync(
                db,
                Lignes.Select(l => l.CommuneCode),
                Lignes.Select(l => l.EpciSiren),
                ct
            );
            var nom = $"sites-fonciers-{horloge.GetLocalNow():yyyyMMdd}";
            var contenu = Lignes.Select(LigneExport);
            return Format == "csv"
                ? ExportTableau.Csv(nom, EntetesExport, contenu)
                : ExportTableau.Xlsx(nom, "Sites fonciers", EntetesExport, contenu);
        }
        (Lignes, Pagination) = await requete.PaginerAsync(NumeroPage, ct);
        Noms = await NomsTerritoire.LireAsync(
            db,
            Lignes.Select(l => l.CommuneCode),
            Lignes.Select(l => l.EpciSiren),
            ct
        );
        var aujourdhui = Francais.JourAParis(horloge.GetUtcNow());
        Periode = LirePeriode(aujourdhui.Year);
        var epciIndicateurs = Epci ?? (Epcis.Count == 1 ? Epcis[0].Siren : null);
        if (epciIndicateurs is not null)
            Indicateurs = await RequetesFoncier.IndicateursAsync(
                db,
                acteur,
                epciIndicateurs,
                Periode.Debut,
                Periode.Fin,
                ct
            );
        Alertes = await RequetesFoncier.AlertesAsync(db, acteur, aujourdhui, ct);
        return Page();
    }

    private static readonly System.Linq.Expressions.Expression<Func<SiteFoncier, LigneSite>> Ligne = s => new LigneSite(
        s.Id,
        s.Identifiant,
        s.Nom,
        s.CommuneCode,
        s.EpciSiren,
        s.Parcelles,
        s.SurfaceM2,
        s.Zone,
        s.Proprietaire,
        s.Contraintes,
        s.CapaciteEstimee,
        s.Statut,
        s.DateStatut,
        s.OperationId,
        (s.Longitude != null && s.Latitude != null) || s.Geometrie != null
    );

    /// <summary>
    /// La période du PLH saisie (années de début et de fin, chacune facultative) : une année illisible ou hors bornes,
    /// ou une fin avant le début, donne un message par champ et la période par défaut (six ans dès l'année en cours).
    /// </summary>
    private (DateOnly Debut, DateOnly Fin) LirePeriode(int anneeCourante)
    {
        var debut = LireAnnee(Debut, "debut", "Année de début");
        var fin = LireAnnee(Fin, "fin", "Année de fin");
        if (debut is int d && fin is int f && f < d)
            Erreurs["fin"] = "L'année de fin précède l'année de début.";
        if (Erreurs.Count > 0)
            return IndicateursFonciers.Periode(anneeCourante);
        var premiere = debut ?? (fin is int seule ? seule - IndicateursFonciers.DureePlhAnnees + 1 : anneeCourante);
        return IndicateursFonciers.Periode(premiere, fin);
    }

    private int? LireAnnee(string? texte, string champ, string libelle)
    {
        if (string.IsNullOrWhiteSpace(texte))
            return null;
        if (LectureValeurs.ErreurAnnee(texte.Trim(), out var annee) is string erreur)
        {
            Erreurs[champ] = $"{libelle} : {erreur}";
            return null;
        }
        return annee;
    }

    /// <summary>Les EPCI et communes des sites visibles, pour les filtres.</summary>
    private async Task ChargerChoixAsync(IQueryable<SiteFoncier> visibles, Acteur acteur, CancellationToken ct)
    {
        var sirens = await visibles
            .Where(s => s.EpciSiren != null)
            .Select(s => s.EpciSiren!)
            .Distinct()
            .ToListAsync(ct);
        // L'EPCI voit son propre territoire même avant son premier site (indicateurs à zéro, invitation à importer).
        if (acteur.Perimetre.Niveau == NiveauPerimetre.Epci && !sirens.Contains(acteur.Perimetre.Code))
            sirens.Add(acteur.Perimetre.Code);
        var codes = await visibles.Select(s => s.CommuneCode).Distinct().ToListAsync(ct);
        var noms = await NomsTerritoire.LireAsync(db, codes, sirens, ct);
        Epcis = noms.Epcis.Select(e => (e.Key, e.Value)).OrderBy(e => e.Value, Francais.Ordre).ToList();
        Communes = noms.Communes.Select(c => (c.Key, c.Value)).OrderBy(c => c.Value, Francais.Ordre).ToList();
    }

    private IQueryable<SiteFoncier> Filtrer(IQueryable<SiteFoncier> q)
    {
        if (!string.IsNullOrWhiteSpace(Epci))
            q = q.Where(s => s.EpciSiren == Epci);
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            var code = Commune.Trim().ToUpperInvariant();
            q = q.Where(s => s.CommuneCode == code);
        }
        if (LibellesFoncier.TryStatut(Statut, out var statut))
            q = q.Where(s => s.Statut == statut);
        else
            Statut = null;
        if (LibellesFoncier.TryZone(Zone, out var zone))
            q = q.Where(s => s.Zone == zone);
        else
            Zone = null;
        if (LibellesFoncier.TryProprietaire(Proprietaire, out var proprietaire))
            q = q.Where(s => s.Proprietaire == proprietaire);
        else
            Proprietaire = null;
        Filtree =
            Epci is { Length: > 0 }
            || Commune is { Length: > 0 }
            || Statut is not null
            || Zone is not null
            || Proprietaire is not null;
        return q;
    }

    public static readonly IReadOnlyList<string> EntetesExport =
    [
        "Identifiant",
        "Nom",
        "Commune",
        "Code commune",
        "EPCI",
        "Parcelles (IDU)",
        "Surface (m²)",
        "Zone PLU",
        "Propriétaire",
        "Contraintes",
        "Capacité estimée (logements sociaux)",
        "Statut",
        "Date du statut",
        "Opération liée",
    ];

    private IReadOnlyList<object?> LigneExport(LigneSite l) =>
        [
            l.Identifiant,
            l.Nom,
            Noms.Communes.GetValueOrDefault(l.CommuneCode, l.CommuneCode),
            l.CommuneCode,
            Noms.Epci(l.EpciSiren),
            l.Parcelles,
            l.SurfaceM2,
            l.Zone.Code(),
            l.Proprietaire.Libelle(),
            l.Contraintes.Libelle(),
            l.CapaciteEstimee,
            l.Statut.Libelle(),
            l.DateStatut,
            l.OperationId,
        ];

    public string LienExport(string format)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["epci"] = Epci,
            ["commune"] = Commune,
            ["statut"] = Statut,
            ["zone"] = Zone,
            ["proprietaire"] = Proprietaire,
            ["format"] = format,
        };
        return "/foncier" + QueryString.Create(valeurs.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    public static string Nombre(int? n) => n is int v ? v.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")) : "—";
}
