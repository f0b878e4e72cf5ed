using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Vue consolidée d'une année (seed 000, question 2) : par produit, objectif contre agréé, programmé non agréé et
/// programmé à risque élevé ; enveloppe contre subventions de l'État des opérations agréées et programmées ;
/// opérations à risque. Sur le département entier (objectifs de tous ses territoires) ou un EPCI ; opérations limitées
/// à ce que l'acteur voit. Les logements agréés sont ceux du lissage (<see cref="RequetesProduction.LotsAgrees"/>) :
/// les deux pages donnent le même nombre pour une année.
/// </summary>
public sealed class ProgrammationConsolidationModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    TimeProvider horloge
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public string Departement { get; private set; } = "";
    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public List<LigneConsolidation> Lignes { get; } = [];
    public LigneConsolidation Total { get; private set; } = new(Produit.Plai, 0, 0, 0, 0);
    public decimal EnveloppeMontant { get; private set; }
    public bool EnveloppeFixee { get; private set; }
    public decimal SubventionsAgreees { get; private set; }
    public decimal SubventionsProgrammees { get; private set; }
    public decimal Disponible => EnveloppeMontant - SubventionsAgreees - SubventionsProgrammees;
    public List<OperationProgrammee> ARisque { get; private set; } = [];
    public string NomTerritoire =>
        Epci is null ? $"Département {Departement}" : Epcis.FirstOrDefault(e => e.Siren == Epci).Nom ?? Epci;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireProgrammation(acteur))
            return Forbid();
        Departement = acteur.DepartementCode;
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        Annee ??= aujourdhui.Year;
        Epcis = await RequetesProduction.EpcisDuDepartementAsync(db, Departement, ct);
        if (!ChoisirTerritoire(acteur))
            return NotFound();
        var annee = Annee.Value;

        var objectifs = await ChargerObjectifsEtEnveloppeAsync(annee, ct);
        var visibles = OperationsVisibles(acteur);
        var debut = new DateOnly(annee, 1, 1);
        var fin = debut.AddYears(1);
        // Les subventions comptent l'année de la décision de l'opération ; les logements, celle de leur lot.
        var agreees = visibles.Where(CriteresOperation.AgreeeEntre(debut, fin));
        var programmees = visibles.Where(CriteresOperation.AvantAgrement).Where(o => o.AnneeProgrammation == annee);
        var logementsAgrees = await RequetesProduction
            .LotsAgrees(visibles, db.LotsOperation.AsNoTracking(), debut, fin)
            .GroupBy(l => l.Produit)
            .Select(g => new { Produit = g.Key, Logements = g.Sum(l => l.NombreLogements) })
            .ToDictionaryAsync(g => g.Produit, g => g.Logements, ct);
        var programmes = await ChargerProgrammesAsync(programmees, aujourdhui, ct);
        ConstruireLignes(objectifs, logementsAgrees, programmes);
        await ChargerSubventionsAsync(agreees, programmees, ct);

        return Format is "csv" or "xlsx" ? Exporter(annee) : Page();
    }

    /// <summary>L'EPCI choisi, ou celui de l'acteur s'il est un EPCI (il voit d'abord son territoire).</summary>
    private bool ChoisirTerritoire(Acteur acteur)
    {
        Epci = string.IsNullOrWhiteSpace(Epci) ? null : Epci.Trim();
        if (
            Epci is null
            && acteur.Perimetre.Niveau == NiveauPerimetre.Epci
            && Request.Query.ContainsKey("epci") is false
        )
            Epci = acteur.Perimetre.Code;
        return Epci is null || Epcis.Any(e => e.Siren == Epci);
    }

    /// <summary>
    /// Objectifs par produit et enveloppe : ceux du territoire (le département = tous ses territoires).
    /// </summary>
    private async Task<Dictionary<Produit, int>> ChargerObjectifsEtEnveloppeAsync(int annee, CancellationToken ct)
    {
        var epci = Epci;
        var objectifs = db
            .ObjectifsProgrammation.AsNoTracking()
            .Where(o => o.Annee == annee && o.DepartementCode == Departement);
        var enveloppes = db
            .EnveloppesProgrammation.AsNoTracking()
            .Where(o => o.Annee == annee && o.DepartementCode == Departement);
        if (epci is not null)
        {
            objectifs = objectifs.Where(o => o.EpciSiren == epci);
            enveloppes = enveloppes.Where(o => o.EpciSiren == epci);
        }
        var parProduit = await objectifs
            .GroupBy(o => o.Produit)
            .Select(g => new { Produit = g.Key, Logements = g.Sum(o => o.Logements) })
            .ToDictionaryAsync(g => g.Produit, g => g.Logements, ct);
        var montants = await enveloppes.Select(e => e.Montant).ToListAsync(ct);
        EnveloppeFixee = montants.Count > 0;
        EnveloppeMontant = montants.Sum();
        return parProduit;
    }

    /// <summary>Les opérations que l'acteur peut lire sur le territoire affiché.</summary>
    private IQueryable<Operation> OperationsVisibles(Acteur acteur)
    {
        var epci = Epci;
        var visibles = db
            .Operations.Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire))
            .Where(o => o.DepartementCode == Departement);
        return epci is null ? visibles : visibles.Where(o => o.EpciSiren == epci);
    }

    /// <summary>
    /// Les lots programmés non agréés, avec leur opération à risque élevé ou non ; remplit les opérations à risque.
    /// </summary>
    private async Task<List<(Produit Produit, int Logements, bool RisqueEleve)>> ChargerProgrammesAsync(
        IQueryable<Operation> programmees,
        DateOnly aujourdhui,
        CancellationToken ct
    )
    {
        var lots = await db
            .LotsOperation.AsNoTracking()
            .Join(
                programmees,
                l => l.OperationId,
                o => o.Id,
                (l, o) =>
                    new
                    {
                        l.OperationId,
                        l.Produit,
                        l.NombreLogements,
                    }
            )
            .ToListAsync(ct);
        var operations = await RequetesProduction.OperationsProgrammeesAsync(db, programmees, aujourdhui, ct);
        var risqueEleve = operations
            .Where(o => o.Risque.Niveau == NiveauRisque.Eleve)
            .Select(o => o.Operation.Id)
            .ToHashSet();
        ARisque = operations
            .Where(o => o.Risque.Niveau != NiveauRisque.Faible)
            .OrderByDescending(o => o.Risque.Niveau)
            .ThenBy(o => o.Operation.MoisAgrementPrevu ?? 13)
            .ThenBy(o => o.Operation.Nom, StringComparer.CurrentCulture)
            .ToList();
        return lots.Select(l => (l.Produit, l.NombreLogements, risqueEleve.Contains(l.OperationId))).ToList();
    }

    private void ConstruireLignes(
        Dictionary<Produit, int> objectifs,
        Dictionary<Produit, int> agrees,
        List<(Produit Produit, int Logements, bool RisqueEleve)> programmes
    )
    {
        Lignes.Clear();
        foreach (var (produit, _, _) in CodesProduction.Produits)
        {
            var duProduit = programmes.Where(l => l.Produit == produit).ToList();
            Lignes.Add(
                new LigneConsolidation(
                    produit,
                    objectifs.GetValueOrDefault(produit),
                    agrees.GetValueOrDefault(produit),
                    duProduit.Sum(l => l.Logements),
                    duProduit.Where(l => l.RisqueEleve).Sum(l => l.Logements)
                )
            );
        }
        Total = new LigneConsolidation(
            Produit.Plai,
            Lignes.Sum(l => l.Objectif),
            Lignes.Sum(l => l.Agrees),
            Lignes.Sum(l => l.Programmes),
            Lignes.Sum(l => l.ProgrammesRisqueEleve)
        );
    }

    /// <summary>Subventions de l'État des opérations agréées dans l'année et des opérations programmées.</summary>
    private async Task ChargerSubventionsAsync(
        IQueryable<Operation> agreees,
        IQueryable<Operation> programmees,
        CancellationToken ct
    )
    {
        var etat = db.FinancementsOperation.AsNoTracking().Where(f => f.Type == TypeFinancement.SubventionEtat);
        SubventionsAgreees = await etat.Join(agreees, f => f.OperationId, o => o.Id, (f, o) => f.Montant)
            .SumAsync(m => (decimal?)m, ct)
            ?? 0m;
        SubventionsProgrammees = await etat.Join(programmees, f => f.OperationId, o => o.Id, (f, o) => f.Montant)
            .SumAsync(m => (decimal?)m, ct)
            ?? 0m;
    }

    private FileContentResult Exporter(int annee)
    {
        string[] entetes =
        [
            "Produit",
            "Objectif (logements)",
            "Agréés",
            "Programmés non agréés",
            "Dont risque élevé",
            "Agréés + programmés",
            "Écart à l'objectif",
            "Taux de couverture",
        ];
        var lignes = Lignes
            .Select(l => Cellules(l.Produit.Libelle(), l))
            .Append(Cellules("Total", Total))
            .Append([
                "Enveloppe de l'État (€)",
                EnveloppeMontant,
                SubventionsAgreees,
                SubventionsProgrammees,
                null,
                SubventionsAgreees + SubventionsProgrammees,
                null,
                null,
            ])
            .ToList();
        var nom = $"consolidation-{annee}-{Epci ?? Departement}";
        return Format == "csv"
            ? ExportTableau.Csv(nom, entetes, lignes)
            : ExportTableau.Xlsx(nom, "Consolidation", entetes, lignes);
    }

    private static IReadOnlyList<object?> Cellules(string libelle, LigneConsolidation l) =>
        [libelle, l.Objectif, l.Agrees, l.Programmes, l.ProgrammesRisqueEleve, l.Pipeline, l.Ecart, l.TauxCouverture];

    /// <summary>Taux de couverture arrondi au point : « 85 % » (« — » sans objectif).</summary>
    public static string Taux(decimal? taux) => taux is decimal t ? (t * 100m).ToString("0", Affichage.Fr) + " %" : "—";
}
