using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Information;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// Les sessions de formation des élus (seed 001, solution 6) que voit l'acteur : filtres par année, thème et
/// département, pagination, exports CSV et XLSX, et les indicateurs du département (communes ayant un élu formé depuis
/// le début du mandat, satisfaction).
/// </summary>
public sealed class FormationsModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<LigneSession> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public List<string> Departements { get; private set; } = [];
    public List<int> Annees { get; private set; } = [];
    public IndicateursFormationDepartement? Indicateurs { get; private set; }
    public string DepartementIndicateurs { get; private set; } = "";
    public bool PeutCreer { get; private set; }
    public bool Filtree { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFormations(acteur))
            return Forbid();
        PeutCreer = AccesPages.GererFormations(acteur);
        var visibles = db.SessionsFormation.AsNoTracking().Where(AccesInformation.Sessions(acteur));
        Departements = await visibles.Select(s => s.DepartementCode).Distinct().OrderBy(d => d).ToListAsync(ct);
        Annees = (await visibles.Select(s => s.Date).ToListAsync(ct))
            .Select(d => d.Year)
            .Distinct()
            .OrderDescending()
            .ToList();
        var inscriptions = db.InscriptionsFormation.AsNoTracking();
        var requete = Filtrer(visibles)
            .OrderByDescending(s => s.Date)
            .ThenBy(s => s.Id)
            .Select(s => new LigneSession(
                s.Id,
                s.DepartementCode,
                s.Date,
                s.Lieu,
                s.Theme,
                s.Formateur,
                s.Capacite,
                inscriptions.Count(i => i.SessionId == s.Id),
                inscriptions.Count(i => i.SessionId == s.Id && i.Present == true)
            ));
        if (Format is "csv" or "xlsx")
        {
            var toutes = await requete.ToListAsync(ct);
            var nom = $"formations-elus-{horloge.GetLocalNow():yyyyMMdd}";
            var contenu = toutes.Select(LigneExport);
            return Format == "csv"
                ? ExportTableau.Csv(nom, EntetesExport, contenu)
                : ExportTableau.Xlsx(nom, "Sessions", EntetesExport, contenu);
        }
        (Lignes, Pagination) = await requete.PaginerAsync(NumeroPage, ct);
        DepartementIndicateurs = Departements.Contains(Departement ?? "") ? Departement! : acteur.DepartementCode;
        Indicateurs = await RequetesInformation.FormationAsync(
            db,
            DepartementIndicateurs,
            Francais.JourAParis(horloge.GetUtcNow()),
            ct
        );
        return Page();
    }

    private IQueryable<SessionFormation> Filtrer(IQueryable<SessionFormation> q)
    {
        if (Annee is int a and >= 2000 and <= 2100)
        {
            var debut = new DateOnly(a, 1, 1);
            var fin = new DateOnly(a, 12, 31);
            q = q.Where(s => s.Date >= debut && s.Date <= fin);
        }
        else
            Annee = null;
        if (LibellesInformation.TryLire(LibellesInformation.Themes, Theme, out var theme))
            q = q.Where(s => s.Theme == theme);
        else
            Theme = null;
        if (!string.IsNullOrWhiteSpace(Departement))
        {
            var dep = Departement.Trim().ToUpperInvariant();
            q = q.Where(s => s.DepartementCode == dep);
        }
        Filtree = Annee is not null || Theme is not null || !string.IsNullOrWhiteSpace(Departement);
        return q;
    }

    public static readonly IReadOnlyList<string> EntetesExport =
    [
        "Département",
        "Date",
        "Lieu",
        "Thème",
        "Formateur",
        "Capacité",
        "Inscrits",
        "Présents",
    ];

    private static IReadOnlyList<object?> LigneExport(LigneSession l) =>
        [l.DepartementCode, l.Date, l.Lieu, l.Theme.Libelle(), l.Formateur, l.Capacite, l.Inscrits, l.Presents];

    public string LienExport(string format)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["annee"] = Annee?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["theme"] = Theme,
            ["departement"] = Departement,
            ["format"] = format,
        };
        return "/formations" + QueryString.Create(valeurs.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
