using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Le parc de logements (RPLS) que l'acteur peut lire : un bailleur ses logements, une commune les logements situés
/// chez elle, un EPCI son territoire, la DDT(M) son département (table des droits, <c>Ressource.Logements</c>).
/// Filtres, totaux et pagination côté serveur ; exports CSV et XLSX de la liste filtrée.
/// </summary>
public sealed class LogementsModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Bailleur { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Typologie { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Financement { get; set; }

    /// <summary>« O » : en QPV ; « N » : hors QPV ; vide : tous.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Qpv { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Occupation { get; set; }

    /// <summary>Texte cherché dans l'identifiant RPLS et l'adresse.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Texte { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<LigneLogement> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public TotauxParc Totaux { get; private set; } = new(0, 0, 0, 0, 0);
    public List<(string Code, string Nom)> Communes { get; private set; } = [];
    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public List<(int Id, string Nom)> Bailleurs { get; private set; } = [];
    public bool PeutImporter { get; private set; }

    /// <summary>Vrai quand l'acteur ne voit encore aucun logement (état vide, avant tout filtre).</summary>
    public bool ParcVide { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireLogements(acteur))
            return Forbid();
        PeutImporter = AccesPages.ImporterLogements(acteur);
        var visibles = RequetesAttributionParc.Visibles(db, acteur);
        await ChargerChoixAsync(visibles, ct);
        ParcVide = Communes.Count == 0;
        var filtres = Filtrer(visibles);
        Totaux = await TotauxAsync(filtres, ct);
        var lignes = Projeter(filtres.OrderBy(l => l.CommuneCode).ThenBy(l => l.Adresse).ThenBy(l => l.Id));
        if (Format is "csv" or "xlsx")
        {
            var toutes = await lignes.ToListAsync(ct);
            var contenu = toutes.Select(LigneExport);
            return Format == "csv"
                ? ExportTableau.Csv("parc-logements", EntetesExport, contenu)
                : ExportTableau.Xlsx("parc-logements", "Parc", EntetesExport, contenu);
        }
        (Lignes, Pagination) = await lignes.PaginerAsync(NumeroPage, ct);
        return Page();
    }

    private async Task ChargerChoixAsync(IQueryable<Logement> visibles, CancellationToken ct)
    {
        var codes = visibles.Select(l => l.CommuneCode).Distinct();
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.Type == TypeCommune.Actuelle && codes.Contains(c.Code))
            .Select(c => new
            {
                c.Code,
                c.Nom,
                c.EpciSiren,
            })
            .ToListAsync(ct);
        Communes = communes.OrderBy(c => c.Nom, Francais.Ordre).Select(c => (c.Code, c.Nom)).ToList();
        var sirens = communes.Select(c => c.EpciSiren).OfType<string>().Distinct().ToList();
        Epcis = (await db.Epcis.AsNoTracking().Where(e => sirens.Contains(e.Siren)).ToListAsync(ct))
            .OrderBy(e => e.Nom, Francais.Ordre)
            .Select(e => (e.Siren, e.Nom))
            .ToList();
        var bailleurs = visibles.Select(l => l.BailleurId).Distinct();
        Bailleurs = (await db.Organisations.AsNoTracking().Where(o => bailleurs.Contains(o.Id)).ToListAsync(ct))
            .OrderBy(o => o.Nom, Francais.Ordre)
            .Select(o => (o.Id, o.Nom))
            .ToList();
    }

    private IQueryable<Logement> Filtrer(IQueryable<Logement> q)
    {
        if (!string.IsNullOrEmpty(Commune))
            q = q.Where(l => l.CommuneCode == Commune);
        if (!string.IsNullOrEmpty(Epci))
        {
            var codes = db
                .Communes.Where(c => c.EpciSiren == Epci && c.Type == TypeCommune.Actuelle)
                .Select(c => c.Code);
            q = q.Where(l => codes.Contains(l.CommuneCode));
        }
        if (Bailleur is int bailleur)
            q = q.Where(l => l.BailleurId == bailleur);
        if (CodesParc.TypologieDepuisCode(Typologie) is TypologieLogement typologie)
            q = q.Where(l => l.Typologie == typologie);
        else
            Typologie = null;
        if (CodesParc.FinancementDepuisCode(Financement) is FinancementOrigine financement)
            q = q.Where(l => l.Financement == financement);
        else
            Financement = null;
        if (CodesParc.OccupationDepuisCode(Occupation) is EtatOccupation occupation)
            q = q.Where(l => l.Occupation == occupation);
        else
            Occupation = null;
        if (Qpv is "O" or "N")
        {
            var enQpv = Qpv == "O";
            q = q.Where(l => l.EnQpv == enQpv);
        }
        else
            Qpv = null;
        if (!string.IsNullOrWhiteSpace(Texte))
        {
            var t = Texte.Trim().ToLower(CultureInfo.InvariantCulture);
            q = q.Where(l => l.IdentifiantRpls.ToLower().Contains(t) || l.Adresse.ToLower().Contains(t));
        }
        return q;
    }

    /// <summary>Totaux en une requête SQL ; montants sommés en réels (SQLite range les décimaux en texte).</summary>
    private static async Task<TotauxParc> TotauxAsync(IQueryable<Logement> q, CancellationToken ct)
    {
        var t = await q.GroupBy(_ => 1)
            .Select(g => new
            {
                Logements = g.Count(),
                Vacants = g.Count(l => l.Occupation == EtatOccupation.Vacant),
                EnQpv = g.Count(l => l.EnQpv),
                Loyers = g.Sum(l => (double)l.LoyerMensuel),
                Surfaces = g.Sum(l => (double)l.Surface),
            })
            .FirstOrDefaultAsync(ct);
        return t is null
            ? new TotauxParc(0, 0, 0, 0, 0)
            : new TotauxParc(t.Logements, t.Vacants, t.EnQpv, (decimal)t.Loyers, (decimal)t.Surfaces);
    }

    private IQueryable<LigneLogement> Projeter(IQueryable<Logement> q) =>
        from l in q
        join o in db.Organisations on l.BailleurId equals o.Id
        join c in db.Communes.Where(c => c.Type == TypeCommune.Actuelle) on l.CommuneCode equals c.Code into cs
        from c in cs.DefaultIfEmpty()
        select new LigneLogement(
            l.Id,
            l.IdentifiantRpls,
            o.Nom,
            l.CommuneCode,
            c != null ? c.Nom : l.CommuneCode,
            l.Adresse,
            l.EnQpv,
            l.Typologie,
            l.Surface,
            l.Financement,
            l.AnneeConstruction,
            l.LoyerMensuel,
            l.EtiquetteEnergie,
            l.Occupation
        );

    public static IReadOnlyList<string> EntetesExport { get; } =
    [
        "Identifiant RPLS",
        "Bailleur",
        "Code commune",
        "Commune",
        "Adresse",
        "En QPV",
        "Typologie",
        "Surface (m²)",
        "Financement d'origine",
        "Année de construction",
        "Loyer mensuel (€)",
        "Étiquette énergie",
        "Occupation",
    ];

    private static IReadOnlyList<object?> LigneExport(LigneLogement l) =>
        [
            l.IdentifiantRpls,
            l.Bailleur,
            l.CommuneCode,
            l.Commune,
            l.Adresse,
            l.EnQpv ? "Oui" : "Non",
            l.Typologie.Code(),
            l.Surface,
            l.Financement.Code(),
            l.AnneeConstruction,
            l.LoyerMensuel,
            l.EtiquetteEnergie?.ToString(),
            l.Occupation.Libelle(),
        ];

    public string LienExport(string format)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["commune"] = Commune,
            ["epci"] = Epci,
            ["bailleur"] = Bailleur?.ToString(CultureInfo.InvariantCulture),
            ["typologie"] = Typologie,
            ["financement"] = Financement,
            ["qpv"] = Qpv,
            ["occupation"] = Occupation,
            ["texte"] = Texte,
            ["format"] = format,
        };
        return "/logements" + QueryString.Create(valeurs.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
