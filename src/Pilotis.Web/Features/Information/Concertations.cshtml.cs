using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Foncier;
using Pilotis.Data.Information;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// Les actions de concertation des opérations que l'acteur peut lire (seed 001, solution 7) : filtres par commune,
/// EPCI, accueil et année, pagination, exports CSV et XLSX ; habitants rencontrés par commune et part des opérations
/// suivies concertées avant le permis.
/// </summary>
public sealed class ConcertationsModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Acceptation { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<LigneConcertation> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public Dictionary<string, string> NomsCommunes { get; private set; } = [];
    public List<(string Code, string Nom)> Communes { get; private set; } = [];
    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public List<HabitantsCommune> ParCommune { get; private set; } = [];
    public int AnneeIndicateur { get; private set; }
    public decimal? PartAvantPermis { get; private set; }
    public bool Filtree { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireConcertations(acteur))
            return Forbid();
        var operations = db
            .Operations.AsNoTracking()
            .Where(AccesOperations.Filtre(acteur, Ressource.Concertations, Acte.Lire));
        var codes = await RequetesInformation
            .Actions(db, operations)
            .Join(operations, a => a.OperationId, o => o.Id, (a, o) => o.CommuneCode)
            .Distinct()
            .ToListAsync(ct);
        var lieux = await RequetesFoncier.LieuxAsync(db, codes, ct);
        NomsCommunes = lieux.ToDictionary(l => l.Key, l => l.Value.Nom);
        Communes = lieux.Values.Select(l => (l.Code, l.Nom)).OrderBy(c => c.Nom, Francais.Ordre).ToList();
        var sirens = lieux.Values.Select(l => l.EpciSiren).OfType<string>().Distinct().ToList();
        Epcis = (await db.Epcis.AsNoTracking().Where(e => sirens.Contains(e.Siren)).ToListAsync(ct))
            .Select(e => (e.Siren, e.Nom))
            .OrderBy(e => e.Nom, Francais.Ordre)
            .ToList();
        var filtrees = Filtrer(operations);
        var requete = db
            .ActionsConcertation.AsNoTracking()
            .Where(FiltreActions())
            .Join(filtrees, a => a.OperationId, o => o.Id, (a, o) => new { a, o })
            .OrderByDescending(x => x.a.Date)
            .ThenByDescending(x => x.a.Id)
            .Select(x => new LigneConcertation(
                x.a.Id,
                x.o.Id,
                x.o.Numero,
                x.o.Nom,
                x.o.CommuneCode,
                x.o.EpciSiren,
                x.a.Date,
                x.a.Type,
                x.a.Phase,
                x.a.HabitantsRencontres,
                x.a.Acceptation,
                x.a.Questions,
                x.a.Issue
            ));
        if (Format is "csv" or "xlsx")
        {
            var toutes = await requete.ToListAsync(ct);
            var nom = $"concertations-{horloge.GetLocalNow():yyyyMMdd}";
            var contenu = toutes.Select(LigneExport);
            return Format == "csv"
                ? ExportTableau.Csv(nom, EntetesExport, contenu)
                : ExportTableau.Xlsx(nom, "Concertation", EntetesExport, contenu);
        }
        (Lignes, Pagination) = await requete.PaginerAsync(NumeroPage, ct);
        AnneeIndicateur = Annee ?? Francais.JourAParis(horloge.GetUtcNow()).Year;
        ParCommune = await RequetesInformation.HabitantsParCommuneAsync(db, filtrees, Annee, ct);
        PartAvantPermis = await RequetesInformation.PartAvantPermisAsync(db, filtrees, AnneeIndicateur, ct);
        return Page();
    }

    private IQueryable<Operation> Filtrer(IQueryable<Operation> q)
    {
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            var code = Commune.Trim().ToUpperInvariant();
            q = q.Where(o => o.CommuneCode == code);
        }
        if (!string.IsNullOrWhiteSpace(Epci))
        {
            var siren = Epci.Trim();
            q = q.Where(o => o.EpciSiren == siren);
        }
        return q;
    }

    private System.Linq.Expressions.Expression<Func<ActionConcertation, bool>> FiltreActions()
    {
        if (Annee is not (>= 2000 and <= 2100))
            Annee = null;
        if (!LibellesInformation.TryLire(LibellesInformation.Acceptations, Acceptation, out var acceptation))
            Acceptation = null;
        Filtree =
            Annee is not null
            || Acceptation is not null
            || !string.IsNullOrWhiteSpace(Commune)
            || !string.IsNullOrWhiteSpace(Epci);
        var debut = new DateOnly(Annee ?? 2000, 1, 1);
        var fin = new DateOnly(Annee ?? 2100, 12, 31);
        var parAcceptation = Acceptation is not null;
        return a => a.Date >= debut && a.Date <= fin && (!parAcceptation || a.Acceptation == acceptation);
    }

    public static readonly IReadOnlyList<string> EntetesExport =
    [
        "Date",
        "Opération",
        "Nom de l'opération",
        "Commune",
        "Code commune",
        "EPCI",
        "Type",
        "Phase",
        "Habitants rencontrés",
        "Accueil",
        "Questions soulevées",
        "Suites données",
    ];

    private IReadOnlyList<object?> LigneExport(LigneConcertation l) =>
        [
            l.Date,
            l.OperationNumero,
            l.OperationNom,
            NomCommune(l.CommuneCode),
            l.CommuneCode,
            l.EpciSiren,
            l.Type.Libelle(),
            l.Phase.Libelle(),
            l.HabitantsRencontres,
            l.Acceptation.Libelle(),
            l.Questions,
            l.Issue,
        ];

    public string NomCommune(string code) => NomsCommunes.GetValueOrDefault(code, code);

    public string LienExport(string format)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["commune"] = Commune,
            ["epci"] = Epci,
            ["acceptation"] = Acceptation,
            ["annee"] = Annee?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["format"] = format,
        };
        return "/concertations" + QueryString.Create(valeurs.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
