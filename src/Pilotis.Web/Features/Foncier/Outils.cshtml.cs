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
/// Le registre des outils fonciers (seed 001, solution 4) que l'acteur peut lire : la commune les siens, l'EPCI ceux
/// de ses communes, l'EPF ses conventions de portage, la DDTM le département. Filtres, pagination, exports CSV et
/// XLSX, alertes de fin de portage.
/// </summary>
public sealed class OutilsModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<LigneOutil> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public NomsTerritoire Noms { get; private set; } = new([], []);
    public List<(string Code, string Nom)> Communes { get; private set; } = [];
    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public List<AlerteFinPortage> Alertes { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public bool Filtree { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireOutilsFonciers(acteur))
            return Forbid();
        PeutModifier = AccesPages.ModifierOutilsFonciers(acteur);
        var visibles = db.OutilsFonciers.AsNoTracking().Where(AccesFoncier.Outils(acteur, Acte.Lire));
        var codes = await visibles.Select(o => o.CommuneCode).Distinct().ToListAsync(ct);
        var sirens = await visibles.Select(o => o.EpciSiren).Distinct().ToListAsync(ct);
        var choix = await NomsTerritoire.LireAsync(db, codes, sirens, ct);
        Communes = choix.Communes.Select(c => (c.Key, c.Value)).OrderBy(c => c.Value, Francais.Ordre).ToList();
        Epcis = choix.Epcis.Select(e => (e.Key, e.Value)).OrderBy(e => e.Value, Francais.Ordre).ToList();
        var requete = Filtrer(visibles)
            .OrderBy(o => o.CommuneCode)
            .ThenBy(o => o.Type)
            .ThenBy(o => o.Nom)
            .Select(o => new LigneOutil(
                o.Id,
                o.Type,
                o.Nom,
                o.CommuneCode,
                o.EpciSiren,
                o.DateDebut,
                o.DateFin,
                o.Zone,
                o.PartLls,
                o.SiteId,
                o.Montant,
                o.DateCessionPrevue,
                o.DecoteFonciere
            ));
        if (Format is "csv" or "xlsx")
        {
            Lignes = await requete.ToListAsync(ct);
            Noms = choix;
            var nom = $"outils-fonciers-{horloge.GetLocalNow():yyyyMMdd}";
            var contenu = Lignes.Select(LigneExport);
            return Format == "csv"
                ? ExportTableau.Csv(nom, EntetesExport, contenu)
                : ExportTableau.Xlsx(nom, "Outils fonciers", EntetesExport, contenu);
        }
        (Lignes, Pagination) = await requete.PaginerAsync(NumeroPage, ct);
        Noms = choix;
        Alertes = await RequetesFoncier.AlertesAsync(db, acteur, Francais.JourAParis(horloge.GetUtcNow()), ct);
        return Page();
    }

    private IQueryable<OutilFoncier> Filtrer(IQueryable<OutilFoncier> q)
    {
        if (LibellesFoncier.TryOutil(Type, out var type))
            q = q.Where(o => o.Type == type);
        else
            Type = null;
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            var code = Commune.Trim().ToUpperInvariant();
            q = q.Where(o => o.CommuneCode == code);
        }
        if (!string.IsNullOrWhiteSpace(Epci))
            q = q.Where(o => o.EpciSiren == Epci);
        Filtree = Type is not null || !string.IsNullOrWhiteSpace(Commune) || !string.IsNullOrWhiteSpace(Epci);
        return q;
    }

    public static readonly IReadOnlyList<string> EntetesExport =
    [
        "Type",
        "Nom",
        "Commune",
        "Code commune",
        "EPCI",
        "Début",
        "Fin",
        "Zone",
        "Part LLS",
        "Site porté",
        "Montant du portage (€)",
        "Cession prévue",
        "Décote foncière (€)",
    ];

    private IReadOnlyList<object?> LigneExport(LigneOutil l) =>
        [
            l.Type.Libelle(),
            l.Nom,
            Noms.Communes.GetValueOrDefault(l.CommuneCode, l.CommuneCode),
            l.CommuneCode,
            Noms.Epci(l.EpciSiren),
            l.DateDebut,
            l.DateFin,
            l.Zone,
            l.PartLls,
            l.SiteId,
            l.Montant,
            l.DateCessionPrevue,
            l.DecoteFonciere,
        ];

    public string LienExport(string format)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["type"] = Type,
            ["commune"] = Commune,
            ["epci"] = Epci,
            ["format"] = format,
        };
        return "/foncier/outils" + QueryString.Create(valeurs.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
