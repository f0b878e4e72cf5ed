using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Tableau départemental des communes soumises à l'article 55 de la loi SRU pour une année : taux, déficit, objectif
/// triennal, bilan de la période, prélèvement, carence. Tri, filtres et pagination côté serveur ; export CSV et XLSX.
/// Chaque acteur n'y voit que les communes que la table des habilitations lui ouvre (la commune : elle-même).
/// </summary>
public sealed class IndexModel(
    PilotisDbContext db,
    RequetesSru situations,
    ActeurCourant acteurCourant,
    TimeProvider horloge
) : PageModel
{
    private const int Taille = 50;

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Deficitaires { get; set; }

    /// <summary>« procedure » : toute procédure ouverte ; sinon le nom d'un <see cref="EtatCarence"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Carence { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tri { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<int> Annees { get; private set; } = [];
    public List<(string Code, string Nom)> Departements { get; private set; } = [];
    public string NomDepartement { get; private set; } = "";
    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public List<LigneSru> Lignes { get; private set; } = [];
    public List<LigneSru> PageCourante { get; private set; } = [];
    public TotauxSru Totaux { get; private set; } = TotauxSru.De([]);
    public Pagination Pagination { get; private set; } = null!;
    public bool PeutInstruire { get; private set; }

    /// <summary>Les EPCI dont l'acteur peut ouvrir la page SRU (le lien ne s'affiche que pour eux).</summary>
    public HashSet<string> EpcisOuvrables { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireSru(acteur))
            return Forbid();
        var portee = Habilitations.PorteeAccordee(acteur, Ressource.Sru, Acte.Lire);
        PeutInstruire = HabilitationsSru.EstInstructeur(acteur);

        // La DREAL choisit un département de sa région ; les autres restent sur leur département de rattachement.
        Departements = await db
            .Departements.AsNoTracking()
            .Where(d => portee == Portee.Region ? d.RegionCode == acteur.RegionCode : d.Code == acteur.DepartementCode)
            .OrderBy(d => d.Code)
            .Select(d => new ValueTuple<string, string>(d.Code, d.Nom))
            .ToListAsync(ct);
        Departement ??= acteur.DepartementCode;
        if (!Departements.Any(d => d.Code == Departement))
            return Forbid();
        NomDepartement = Departements.First(d => d.Code == Departement).Nom;

        Annees = await situations.AnneesAsync(ct);
        var parDefaut = Annees.FirstOrDefault(horloge.GetLocalNow().Year);
        if (Annee is null or < ValidationInventaireSru.AnneeMinimum or > ValidationInventaireSru.AnneeMaximum)
            Annee = parDefaut;

        // Périmètre étroit (commune, EPCI) : on ne calcule que ce que l'acteur verra.
        var (communePerimetre, epciPerimetre) =
            portee == Portee.Perimetre
                ? (
                    acteur.Perimetre.Niveau == NiveauPerimetre.Commune ? acteur.Perimetre.Code : null,
                    acteur.Perimetre.Niveau == NiveauPerimetre.Epci ? acteur.Perimetre.Code : null
                )
                : (null, null);
        var calculees = await situations.CalculerAsync(Annee.Value, Departement, epciPerimetre, communePerimetre, ct);
        var visibles = await situations.LignesVisiblesAsync(acteur, calculees, ct);
        Epcis = visibles
            .Where(l => l.Situation.EpciSiren is not null)
            .Select(l => (l.Situation.EpciSiren!, l.NomEpci ?? l.Situation.EpciSiren!))
            .Distinct()
            .OrderBy(e => e.Item2, Francais.Ordre)
            .ToList();

        IEnumerable<LigneSru> filtrees = visibles;
        if (!string.IsNullOrEmpty(Epci))
            filtrees = filtrees.Where(l => l.Situation.EpciSiren == Epci);
        if (Deficitaires)
            filtrees = filtrees.Where(l => l.Deficitaire);
        if (Carence == "procedure")
            filtrees = filtrees.Where(l => l.Situation.EtatCarence != EtatCarence.Aucune);
        else if (Enum.TryParse<EtatCarence>(Carence, out var etat) && Enum.IsDefined(etat))
            filtrees = filtrees.Where(l => l.Situation.EtatCarence == etat);
        else
            Carence = null;
        if (!TableauSru.TriValide(Tri))
            Tri = null;
        Lignes = TableauSru.Trier(filtrees, Tri);
        Totaux = TotauxSru.De(Lignes);

        if (Format is "csv" or "xlsx")
        {
            var nom = $"sru-{Departement}-{Annee}";
            var lignes = Lignes.Select(TableauSru.LigneExport);
            return Format == "csv"
                ? ExportTableau.Csv(nom, TableauSru.EntetesExport, lignes)
                : ExportTableau.Xlsx(nom, $"SRU {Annee}", TableauSru.EntetesExport, lignes);
        }

        var pages = Math.Max(1, (Lignes.Count + Taille - 1) / Taille);
        NumeroPage = Math.Clamp(NumeroPage, 1, pages);
        PageCourante = Lignes.Skip((NumeroPage - 1) * Taille).Take(Taille).ToList();
        Pagination = new Pagination(Math.Max(1, NumeroPage), Lignes.Count, Taille);
        var sirens = PageCourante.Select(l => l.Situation.EpciSiren).OfType<string>().Distinct().ToList();
        var cibles = await CiblesEpciSru.LireAsync(db, sirens, ct);
        EpcisOuvrables.UnionWith(sirens.Where(s => AccesPages.LireSruEpci(acteur, CiblesEpciSru.De(cibles, s))));
        return Page();
    }

    /// <summary>
    /// Lien d'en-tête de colonne : même filtres, tri sur la colonne (inversé si elle est déjà triée), page 1.
    /// </summary>
    public string LienTri(string cle)
    {
        var suivant = Tri == cle ? "-" + cle : cle;
        return Lien(new() { ["tri"] = suivant, ["p"] = null });
    }

    public string? AriaSort(string cle) =>
        Tri?.TrimStart('-') == cle || (Tri is null && cle == "commune")
            ? (Tri?.StartsWith('-') == true ? "descending" : "ascending")
            : null;

    public string LienExport(string format) => Lien(new() { ["format"] = format, ["p"] = null });

    private string Lien(Dictionary<string, string?> changements)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["annee"] = Annee?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["departement"] = Departement,
            ["epci"] = Epci,
            ["deficitaires"] = Deficitaires ? "true" : null,
            ["carence"] = Carence,
            ["tri"] = Tri,
            ["p"] = NumeroPage > 1 ? NumeroPage.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        foreach (var (cle, valeur) in changements)
            valeurs[cle] = valeur;
        return "/sru"
            + Microsoft.AspNetCore.Http.QueryString.Create(valeurs.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
