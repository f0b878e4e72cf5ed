using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Vue consolidée d'une année (seed 000, question 2) : par produit, objectif contre agréé, programmé non agréé et programmé
/// à risque élevé ; enveloppe contre subventions de l'État des opérations agréées et programmées ; opérations à risque.
/// Sur le département entier (objectifs de tous ses territoires) ou un EPCI ; opérations limitées à ce que l'acteur voit.
/// </summary>
public sealed class ProgrammationConsolidationModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    TimeProvider horloge
) : PageModel
{
    [BindProperty(SupportsGet = true)]
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
        if (acteur is null || Habilitations.PorteeAccordee(acteur, Ressource.Programmation, Acte.Lire) == Portee.Aucune)
            return Forbid();
        Departement = acteur.DepartementCode;
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        Annee ??= aujourdhui.Year;
        if (Annee is < 2000 or > 2100)
            return NotFound();
        Epcis = await ProgrammationRequetes.EpcisDuDepartementAsync(db, Departement, ct);
        Epci = string.IsNullOrWhiteSpace(Epci) ? null : Epci.Trim();
        // Un EPCI voit d'abord son territoire.
        if (
            Epci is null
            && acteur.Perimetre.Niveau == NiveauPerimetre.Epci
            && Request.Query.ContainsKey("epci") is false
        )
            Epci = acteur.Perimetre.Code;
        if (Epci is not null && !Epcis.Any(e => e.Siren == Epci))
            return NotFound();
        var annee = Annee.Value;
        var epci = Epci;

        // Objectifs et enveloppes : ceux du territoire (le département entier = tous ses territoires).
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
            .ToListAsync(ct);
        var montants = await enveloppes.Select(e => e.Montant).ToListAsync(ct);
        EnveloppeFixee = montants.Count > 0;
        EnveloppeMontant = montants.Sum();

        // Opérations visibles de l'acteur sur le territoire : agréées dans l'année, ou programmées sur l'année et pas encore agréées.
        var visibles = db
            .Operations.Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire))
            .Where(o => o.DepartementCode == Departement);
        if (epci is not null)
            visibles = visibles.Where(o => o.EpciSiren == epci);
        var debut = new DateOnly(annee, 1, 1);
        var fin = new DateOnly(annee, 12, 31);
        var agreees = visibles.Where(o =>
            o.Statut >= StatutOperation.AValiderChorus
            && o.Statut <= StatutOperation.Soldee
            && o.DateAgrement >= debut
            && o.DateAgrement <= fin
        );
        var programmees = visibles.Where(ProgrammationRequetes.NonAgreee).Where(o => o.AnneeProgrammation == annee);

        var logementsAgrees = await db
            .LotsOperation.AsNoTracking()
            .Join(agreees, l => l.OperationId, o => o.Id, (l, o) => new { l.Produit, l.NombreLogements })
            .GroupBy(l => l.Produit)
            .Select(g => new { Produit = g.Key, Logements = g.Sum(l => l.NombreLogements) })
            .ToListAsync(ct);
        var lotsProgrammes = await db
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
        var operationsProgrammees = await ProgrammationRequetes.ChargerAsync(db, programmees, aujourdhui, ct);
        var risqueEleve = operationsProgrammees
            .Where(o => o.Risque.Niveau == NiveauRisque.Eleve)
            .Select(o => o.Operation.Id)
            .ToHashSet();
        ARisque = operationsProgrammees
            .Where(o => o.Risque.Niveau != NiveauRisque.Faible)
            .OrderByDescending(o => o.Risque.Niveau)
            .ThenBy(o => o.Operation.MoisAgrementPrevu ?? 13)
            .ThenBy(o => o.Operation.Nom, StringComparer.CurrentCulture)
            .ToList();

        Lignes.Clear();
        foreach (var (produit, _, _) in CodesProduction.Produits)
        {
            Lignes.Add(
                new LigneConsolidation(
                    produit,
                    parProduit.FirstOrDefault(p => p.Produit == produit)?.Logements ?? 0,
                    logementsAgrees.FirstOrDefault(p => p.Produit == produit)?.Logements ?? 0,
                    lotsProgrammes.Where(l => l.Produit == produit).Sum(l => l.NombreLogements),
                    lotsProgrammes
                        .Where(l => l.Produit == produit && risqueEleve.Contains(l.OperationId))
                        .Sum(l => l.NombreLogements)
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

        var etat = db.FinancementsOperation.AsNoTracking().Where(f => f.Type == TypeFinancement.SubventionEtat);
        SubventionsAgreees = await etat.Join(agreees, f => f.OperationId, o => o.Id, (f, o) => f.Montant)
            .SumAsync(m => (decimal?)m, ct)
            ?? 0m;
        SubventionsProgrammees = await etat.Join(programmees, f => f.OperationId, o => o.Id, (f, o) => f.Montant)
            .SumAsync(m => (decimal?)m, ct)
            ?? 0m;

        if (Format is "csv" or "xlsx")
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
                .Select(l =>
                    (IReadOnlyList<object?>)
                        [
                            l.Produit.Libelle(),
                            l.Objectif,
                            l.Agrees,
                            l.Programmes,
                            l.ProgrammesRisqueEleve,
                            l.Pipeline,
                            l.Ecart,
                            l.TauxCouverture,
                        ]
                )
                .Append([
                    "Total",
                    Total.Objectif,
                    Total.Agrees,
                    Total.Programmes,
                    Total.ProgrammesRisqueEleve,
                    Total.Pipeline,
                    Total.Ecart,
                    Total.TauxCouverture,
                ])
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
            var nom = $"consolidation-{annee}-{epci ?? Departement}";
            return Format == "csv"
                ? ExportTableau.Csv(nom, entetes, lignes)
                : ExportTableau.Xlsx(nom, "Consolidation", entetes, lignes);
        }
        return Page();
    }

    public static string Nombre(decimal valeur) =>
        valeur.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

    public static string Taux(decimal? taux) =>
        taux is decimal t
            ? (t * 100m).ToString("0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) + " %"
            : "—";
}
