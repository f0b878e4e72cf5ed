using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>
/// Calendrier des séances de CALEOL que l'acteur peut voir (<see cref="AccesCaleol"/>) : le bailleur les siennes, la
/// commune celles qui examinent un logement chez elle, l'EPCI celles de son territoire, la DDTM tout le département.
/// Filtres (période, commission, état), pagination côté serveur, export CSV et XLSX.
/// </summary>
public sealed class SeancesModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    public static readonly IReadOnlyList<string> Entetes =
    [
        "Date",
        "Heure",
        "Commission",
        "Bailleur",
        "Lieu",
        "Logements inscrits",
        "État",
    ];

    /// <summary>« a-venir » (défaut), « passees » ou « toutes ».</summary>
    [BindProperty(SupportsGet = true)]
    public string? Periode { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Commission { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<(int Id, string Nom)> Commissions { get; private set; } = [];
    public List<LigneSeance> PageCourante { get; private set; } = [];
    public Pagination Pagination { get; private set; } = null!;
    public bool PeutCreer { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.LireCaleol(acteur))
            return Forbid();
        PeutCreer = AccesPages.ModifierCaleol(acteur);
        var visibles = await VisiblesAsync(acteur!, ct);
        Commissions = visibles
            .Select(v => (v.CommissionId, v.Ligne.Commission))
            .Distinct()
            .OrderBy(c => c.Item2, Francais.Ordre)
            .ToList();
        if (Periode is not ("passees" or "toutes"))
            Periode = "a-venir";
        var maintenant = horloge.GetUtcNow();
        IEnumerable<(int CommissionId, LigneSeance Ligne)> filtrees = visibles;
        if (Commission is int c)
            filtrees = filtrees.Where(v => v.CommissionId == c);
        filtrees = Periode switch
        {
            "a-venir" => filtrees.Where(v => v.Ligne.Date >= maintenant.AddDays(-1)).OrderBy(v => v.Ligne.Date),
            "passees" => filtrees.Where(v => v.Ligne.Date < maintenant).OrderByDescending(v => v.Ligne.Date),
            _ => filtrees.OrderBy(v => v.Ligne.Date),
        };
        var lignes = filtrees.Select(v => v.Ligne).ToList();
        if (Format is "csv" or "xlsx")
        {
            var export = lignes.Select(LigneExport);
            return Format == "csv"
                ? ExportTableau.Csv("seances-caleol", Entetes, export)
                : ExportTableau.Xlsx("seances-caleol", "Séances CALEOL", Entetes, export);
        }
        var taille = Pagination.TailleParDefaut;
        var pages = Math.Max(1, (lignes.Count + taille - 1) / taille);
        NumeroPage = Math.Clamp(NumeroPage, 1, pages);
        PageCourante = lignes.Skip((NumeroPage - 1) * taille).Take(taille).ToList();
        Pagination = new Pagination(NumeroPage, lignes.Count, taille);
        return Page();
    }

    private static IReadOnlyList<object?> LigneExport(LigneSeance l)
    {
        var locale = Francais.HeureDeParis(l.Date);
        return
        [
            locale.ToString("dd/MM/yyyy", Francais.Culture),
            locale.ToString("HH:mm", Francais.Culture),
            l.Commission,
            l.Bailleur,
            l.Lieu,
            l.Logements,
            l.Close ? "close" : "ouverte",
        ];
    }

    /// <summary>
    /// Toutes les séances, avec ce qu'il faut pour juger de chacune par la table des droits (commission, bailleur,
    /// communes des logements inscrits) ; on ne garde que celles que l'acteur peut lire.
    /// </summary>
    private async Task<List<(int CommissionId, LigneSeance Ligne)>> VisiblesAsync(Acteur acteur, CancellationToken ct)
    {
        var commissions = await db.CommissionsCaleol.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var bailleurIds = commissions.Values.Select(c => c.BailleurId).Distinct().ToList();
        var bailleurs = await db
            .Organisations.AsNoTracking()
            .Where(o => bailleurIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, ct);
        var seances = await db.SeancesCaleol.AsNoTracking().Include(s => s.Inscriptions).ToListAsync(ct);
        var lieux = await (
            from i in db.InscriptionsSeance
            join la in db.LogementsAAttribuer on i.LogementAAttribuerId equals la.Id
            join l in db.Logements on la.LogementId equals l.Id
            join c in db.Communes on l.CommuneCode equals c.Code
            where c.Type == TypeCommune.Actuelle
            select new { i.SeanceId, Lieu = new Localisation(c.Code, c.EpciSiren, c.DepartementCode, c.RegionCode) }
        ).ToListAsync(ct);
        var parSeance = lieux.ToLookup(x => x.SeanceId, x => x.Lieu);
        var resultat = new List<(int, LigneSeance)>();
        foreach (var s in seances)
        {
            var commission = commissions[s.CommissionId];
            var bailleur = bailleurs[commission.BailleurId];
            Cible[] cibles =
            [
                AccesCaleol.Commission(commission, bailleur),
                .. parSeance[s.Id].Select(l => new Cible(commission.BailleurId, l)),
            ];
            if (!AccesCaleol.PeutLire(acteur, cibles))
                continue;
            resultat.Add(
                (
                    commission.Id,
                    new LigneSeance(s.Id, s.Date, commission.Nom, bailleur.Nom, s.Lieu, s.Inscriptions.Count, s.Close)
                )
            );
        }
        return resultat;
    }

    public string Lien(Dictionary<string, string?> changements)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["periode"] = Periode,
            ["commission"] = Commission?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (cle, valeur) in changements)
            valeurs[cle] = valeur;
        return "/caleol/seances"
            + Microsoft.AspNetCore.Http.QueryString.Create(valeurs.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
