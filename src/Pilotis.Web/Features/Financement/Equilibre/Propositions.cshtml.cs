using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Financement.Equilibre;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Financement.Equilibre;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement.Equilibre;

/// <summary>
/// Les propositions nationales (seed 001, II §2) sur le portefeuille programmé d'un département : combien
/// d'opérations seraient équilibrées sous chaque scénario, combien le deviendraient, et la liste derrière chaque
/// compte. Pagination et filtres côté serveur ; export CSV et XLSX de la liste filtrée.
/// </summary>
public sealed class PropositionsModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    private const int Taille = Pagination.TailleParDefaut;

    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    /// <summary>Code d'un scénario : la liste ne garde que ses équilibrées (ou devenues équilibrées).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Scenario { get; set; }

    /// <summary>« devenues » : seulement celles que le scénario équilibre alors que la loi actuelle non.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Filtre { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<(string Code, string Nom)> Departements { get; private set; } = [];
    public List<int> Annees { get; private set; } = [];
    public IReadOnlyList<SyntheseScenario> Syntheses { get; private set; } = [];
    public int TotalOperations { get; private set; }
    public List<OperationPipeline> Lignes { get; private set; } = [];
    public List<OperationPipeline> PageCourante { get; private set; } = [];
    public Pagination Pagination { get; private set; } = null!;
    public Dictionary<string, string> Communes { get; private set; } = [];
    public Dictionary<int, string> Bailleurs { get; private set; } = [];
    public ScenarioEquilibre? ScenarioChoisi { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LirePropositions(acteur))
            return Forbid();
        var portee = Habilitations.PorteeAccordee(acteur, Ressource.Operations, Acte.Lire);
        Departements = await db
            .Departements.AsNoTracking()
            .Where(d => portee == Portee.Region ? d.RegionCode == acteur.RegionCode : d.Code == acteur.DepartementCode)
            .OrderBy(d => d.Code)
            .Select(d => new ValueTuple<string, string>(d.Code, d.Nom))
            .ToListAsync(ct);
        Departement ??= acteur.DepartementCode;
        if (!Departements.Any(d => d.Code == Departement))
            return Forbid();
        var visibles = db
            .Operations.Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire))
            .Where(o => o.DepartementCode == Departement);
        Annees = await visibles
            .Where(o => o.AnneeProgrammation != null)
            .Select(o => o.AnneeProgrammation!.Value)
            .Distinct()
            .OrderBy(a => a)
            .ToListAsync(ct);
        var aujourdhui = Affichage.JourAParis(horloge.GetUtcNow());
        Annee ??= aujourdhui.Year;
        var pipeline = await RequetesEquilibre.PipelineAsync(db, visibles, Annee, aujourdhui, ct);
        TotalOperations = pipeline.Count;
        Syntheses = ComparaisonPropositions.Synthese(pipeline.Select(o => o.Resultats));
        Lignes = Filtrer(pipeline);
        return await PresenterAsync(ct);
    }

    private List<OperationPipeline> Filtrer(List<OperationPipeline> pipeline)
    {
        ScenarioChoisi = ScenariosEquilibre.Trouver(Scenario);
        if (ScenarioChoisi is null)
        {
            Scenario = null;
            Filtre = null;
            return pipeline;
        }
        var i = ScenariosEquilibre.Tous.ToList().IndexOf(ScenarioChoisi);
        if (Filtre == "devenues")
            return [.. pipeline.Where(o => ComparaisonPropositions.Devient(o.Resultats, i))];
        Filtre = null;
        return [.. pipeline.Where(o => o.Resultats[i].Calculable && o.Resultats[i].Equilibree)];
    }

    private async Task<IActionResult> PresenterAsync(CancellationToken ct)
    {
        var export = Format is "csv" or "xlsx";
        var pages = Math.Max(1, (Lignes.Count + Taille - 1) / Taille);
        NumeroPage = Math.Clamp(NumeroPage, 1, pages);
        PageCourante = export ? Lignes : [.. Lignes.Skip((NumeroPage - 1) * Taille).Take(Taille)];
        Pagination = new Pagination(NumeroPage, Lignes.Count, Taille);
        var codes = PageCourante.Select(o => o.CommuneCode).Distinct().ToList();
        Communes = await db
            .Communes.AsNoTracking()
            .Where(c => codes.Contains(c.Code) && c.Type == TypeCommune.Actuelle)
            .ToDictionaryAsync(c => c.Code, c => c.Nom, ct);
        var ids = PageCourante.Select(o => o.BailleurId).Distinct().ToList();
        Bailleurs = await db
            .Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Nom, ct);
        if (!export)
            return Page();
        var nom = $"propositions-{Departement}-{Annee}";
        var entetes = Entetes();
        var lignes = PageCourante.Select(LigneExport);
        return Format == "csv"
            ? ExportTableau.Csv(nom, entetes, lignes)
            : ExportTableau.Xlsx(nom, $"Propositions {Annee}", entetes, lignes);
    }

    private static List<string> Entetes() =>
        [
            "Numéro",
            "Opération",
            "Commune",
            "Bailleur",
            "Logements",
            .. ScenariosEquilibre.Tous.SelectMany(s =>
                new[] { $"Équilibrée — {s.Libelle}", $"Fonds propres par logement — {s.Libelle}" }
            ),
        ];

    private IReadOnlyList<object?> LigneExport(OperationPipeline o) =>
        [
            o.Numero,
            o.Nom,
            NomCommune(o),
            NomBailleur(o),
            o.Logements,
            .. o.Resultats.SelectMany(r =>
                r.Calculable
                    ? new object?[] { r.Equilibree ? "oui" : "non", r.FondsPropresParLogement }
                    : ["non calculable", null]
            ),
        ];

    public string NomCommune(OperationPipeline o) => Communes.GetValueOrDefault(o.CommuneCode, o.CommuneCode);

    public string NomBailleur(OperationPipeline o) => Bailleurs.GetValueOrDefault(o.BailleurId, "");

    public string Lien(string? scenario, string? filtre, string? format = null)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["departement"] = Departement,
            ["annee"] = Annee?.ToString(CultureInfo.InvariantCulture),
            ["scenario"] = scenario,
            ["filtre"] = filtre,
            ["format"] = format,
        };
        return "/financement/propositions"
            + QueryString.Create(valeurs.Where(v => !string.IsNullOrEmpty(v.Value))).ToUriComponent();
    }
}
