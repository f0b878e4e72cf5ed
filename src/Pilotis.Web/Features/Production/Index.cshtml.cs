using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Demande;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Liste des opérations que l'acteur peut lire (la table des habilitations, traduite en filtre SQL par
/// <see cref="AccesOperations.Filtre"/>) : filtres par territoire, bailleur, produit, statut, année, texte ;
/// tri et pagination côté serveur ; totaux ; export CSV et XLSX de la liste filtrée entière.
/// </summary>
public sealed class IndexModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    private static CultureInfo Fr => Affichage.Fr;
    public static readonly IReadOnlyList<(string Cle, string Libelle)> Tris =
    [
        ("-maj", "Dernière modification"),
        ("numero", "Numéro croissant"),
        ("-numero", "Numéro décroissant"),
        ("nom", "Nom"),
        ("-depot", "Date de dépôt (récentes d'abord)"),
        ("-agrement", "Date d'agrément (récentes d'abord)"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Bailleur { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Produit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Statut { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Texte { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tri { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<LigneOperation> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public int TotalLogements { get; private set; }
    public Dictionary<Produit, int> LogementsParProduit { get; private set; } = [];
    public Dictionary<int, Dictionary<Produit, int>> LotsParOperation { get; private set; } = [];
    public Dictionary<string, string> NomsCommunes { get; private set; } = [];
    public Dictionary<string, string> NomsEpci { get; private set; } = [];
    public Dictionary<int, string> NomsBailleurs { get; private set; } = [];
    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public List<(int Id, string Nom)> Bailleurs { get; private set; } = [];
    public bool PeutCreer { get; private set; }
    public bool Filtree { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireOperations(acteur))
            return Forbid();
        PeutCreer = AccesOperations.PeutCreer(acteur);

        var visibles = db
            .Operations.AsNoTracking()
            .Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire));
        var cleActeur = $"{acteur.OrganisationId}|{acteur.Role}";
        await ChargerChoixAsync(visibles, cleActeur);

        var requete = Filtrer(visibles);
        var filtrees = requete;
        requete = Trier(requete);
        var lignes = requete.Select(o => new LigneOperation(
            o.Id,
            o.Numero,
            o.Nom,
            o.CommuneCode,
            o.EpciSiren,
            o.BailleurId,
            o.Nature,
            o.Statut,
            o.AnneeProgrammation,
            o.DateDepot,
            o.DateDossierComplet,
            o.DateAgrement,
            o.DateOuvertureChantier,
            o.DateLivraison,
            o.DateMiseEnService,
            o.ChargeFonciere + o.CoutBatiment + o.Honoraires + o.Vrd,
            o.ModifieeLe
        ));

        // Le nombre d'opérations et les logements par produit de la liste filtrée, gardés avec les agrégats des
        // opérations : relus après toute écriture d'une opération (ADR 0019).
        var totaux = await CacheAgregats.Operations.LireAsync(
            db,
            $"operations-totaux|{cleActeur}|{Epci}|{Commune}|{Bailleur}|{Produit}|{Statut}|{Annee}|{Texte}",
            _ => TotauxAsync(filtrees)
        );
        LogementsParProduit = totaux.ParProduit;
        TotalLogements = LogementsParProduit.Values.Sum();

        if (Format is "csv" or "xlsx")
        {
            Lignes = await lignes.ToListAsync(ct);
            await CompleterAsync(ct);
            var nom = $"operations-{horloge.GetLocalNow():yyyyMMdd}";
            var contenu = Lignes.Select(LigneExport);
            return Format == "csv"
                ? ExportTableau.Csv(nom, EntetesExport, contenu)
                : ExportTableau.Xlsx(nom, "Opérations", EntetesExport, contenu);
        }

        (Lignes, Pagination) = await lignes.PaginerAsync(NumeroPage, totaux.Operations, ct);
        await CompleterAsync(ct);
        return Page();
    }

    /// <summary>Le nombre d'opérations filtrées et leurs logements par produit (deux lectures).</summary>
    private async Task<TotauxOperations> TotauxAsync(IQueryable<Operation> filtrees)
    {
        var nombre = await filtrees.CountAsync();
        var ids = filtrees.Select(o => o.Id);
        var parProduit = await db
            .LotsOperation.AsNoTracking()
            .Where(l => ids.Contains(l.OperationId))
            .GroupBy(l => l.Produit)
            .Select(g => new { g.Key, Total = g.Sum(l => l.NombreLogements) })
            .ToDictionaryAsync(g => g.Key, g => g.Total);
        return new TotauxOperations(nombre, parProduit);
    }

    /// <summary>
    /// Les EPCI et bailleurs des opérations visibles, pour les filtres, dans l'ordre alphabétique français ; gardés
    /// avec les agrégats des opérations (les noms des EPCI viennent du référentiel en mémoire).
    /// </summary>
    private async Task ChargerChoixAsync(IQueryable<Operation> visibles, string cleActeur)
    {
        var choix = await CacheAgregats.Operations.LireAsync(db, "operations-choix|" + cleActeur, async _ =>
        {
            var sirens = await visibles
                .Where(o => o.EpciSiren != null)
                .Select(o => o.EpciSiren!)
                .Distinct()
                .ToListAsync();
            var bailleurs = await visibles
                .Select(o => o.BailleurId)
                .Distinct()
                .Join(db.Organisations, b => b, o => o.Id, (b, o) => new { o.Id, o.Nom })
                .ToListAsync();
            return new ChoixOperations(
                sirens,
                bailleurs.Select(o => (o.Id, o.Nom)).OrderBy(o => o.Nom, Francais.Ordre).ToList()
            );
        });
        var noms = await ReferentielNoms.EpcisAsync(db);
        Epcis = choix
            .Sirens.Where(noms.ContainsKey)
            .Select(s => (s, noms[s]))
            .OrderBy(e => e.Item2, Francais.Ordre)
            .ToList();
        Bailleurs = [.. choix.Bailleurs];
    }

    private IQueryable<Operation> Filtrer(IQueryable<Operation> q)
    {
        if (!string.IsNullOrWhiteSpace(Epci))
            q = q.Where(o => o.EpciSiren == Epci);
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            var saisie = Commune.Trim();
            if (saisie.Length == 5 && saisie.All(char.IsLetterOrDigit) && char.IsDigit(saisie[0]))
            {
                var code = saisie.ToUpperInvariant();
                q = q.Where(o => o.CommuneCode == code);
            }
            else
            {
                var recherche = TexteRecherche.Normaliser(saisie);
                var codes = db.Communes.Where(c => c.NomRecherche.Contains(recherche)).Select(c => c.Code);
                q = q.Where(o => codes.Contains(o.CommuneCode));
            }
        }
        if (Bailleur is int bailleur)
            q = q.Where(o => o.BailleurId == bailleur);
        if (CodesProduction.TryProduit(Produit, out var produit) && !string.IsNullOrWhiteSpace(Produit))
        {
            Produit = produit.Code();
            q = q.Where(o => o.Lots.Any(l => l.Produit == produit && l.NombreLogements > 0));
        }
        else
            Produit = null;
        if (StatutsOperation.TryLire(Statut, out var statut) && !string.IsNullOrWhiteSpace(Statut))
        {
            Statut = statut.Code();
            q = q.Where(o => o.Statut == statut);
        }
        else
            Statut = null;
        if (Annee is int annee and >= 1990 and <= 2100)
        {
            var debut = new DateOnly(annee, 1, 1);
            var fin = new DateOnly(annee, 12, 31);
            q = q.Where(o => o.AnneeProgrammation == annee || (o.DateAgrement >= debut && o.DateAgrement <= fin));
        }
        else
            Annee = null;
        if (!string.IsNullOrWhiteSpace(Texte))
        {
            var t = Texte.Trim().ToLowerInvariant();
            q = q.Where(o => o.Nom.ToLower().Contains(t) || o.Numero.ToLower().Contains(t));
        }
        Filtree =
            !string.IsNullOrWhiteSpace(Epci)
            || !string.IsNullOrWhiteSpace(Commune)
            || Bailleur is not null
            || Produit is not null
            || Statut is not null
            || Annee is not null
            || !string.IsNullOrWhiteSpace(Texte);
        return q;
    }

    private IQueryable<Operation> Trier(IQueryable<Operation> q)
    {
        if (!Tris.Any(t => t.Cle == Tri))
            Tri = null;
        return Tri switch
        {
            "numero" => q.OrderBy(o => o.Numero),
            "-numero" => q.OrderByDescending(o => o.Numero),
            "nom" => q.OrderBy(o => o.Nom).ThenBy(o => o.Numero),
            "-depot" => q.OrderByDescending(o => o.DateDepot).ThenBy(o => o.Numero),
            "-agrement" => q.OrderByDescending(o => o.DateAgrement).ThenBy(o => o.Numero),
            _ => q.OrderByDescending(o => o.ModifieeLe).ThenByDescending(o => o.Id),
        };
    }

    /// <summary>Noms des communes, EPCI et bailleurs, et logements par produit, des lignes lues.</summary>
    private async Task CompleterAsync(CancellationToken ct)
    {
        // Les noms viennent du référentiel en mémoire et des bailleurs proposés au filtre (ceux des opérations
        // visibles) ; un bailleur absent (liste gardée d'avant une écriture) est relu.
        var communes = await ReferentielDemandes.CommunesAsync(db);
        NomsCommunes = Lignes
            .Select(l => l.CommuneCode)
            .Distinct()
            .Where(communes.ContainsKey)
            .ToDictionary(c => c, c => communes[c].Nom);
        var epcis = await ReferentielNoms.EpcisAsync(db);
        NomsEpci = Lignes
            .Select(l => l.EpciSiren)
            .OfType<string>()
            .Distinct()
            .Where(epcis.ContainsKey)
            .ToDictionary(e => e, e => epcis[e]);
        NomsBailleurs = Bailleurs.ToDictionary(b => b.Id, b => b.Nom);
        var absents = Lignes.Select(l => l.BailleurId).Distinct().Where(b => !NomsBailleurs.ContainsKey(b)).ToList();
        if (absents.Count > 0)
        {
            foreach (var o in await db.Organisations.AsNoTracking().Where(o => absents.Contains(o.Id)).ToListAsync(ct))
                NomsBailleurs[o.Id] = o.Nom;
        }
        var ids = Lignes.Select(l => l.Id).ToList();
        var lots = await db
            .LotsOperation.AsNoTracking()
            .Where(l => ids.Contains(l.OperationId))
            .Select(l => new
            {
                l.OperationId,
                l.Produit,
                l.NombreLogements,
            })
            .ToListAsync(ct);
        LotsParOperation = lots.GroupBy(l => l.OperationId)
            .ToDictionary(
                g => g.Key,
                g => g.GroupBy(l => l.Produit).ToDictionary(p => p.Key, p => p.Sum(l => l.NombreLogements))
            );
    }

    public int Logements(int operationId) =>
        LotsParOperation.TryGetValue(operationId, out var lots) ? lots.Values.Sum() : 0;

    public int Logements(int operationId, Produit produit) =>
        LotsParOperation.TryGetValue(operationId, out var lots) ? lots.GetValueOrDefault(produit) : 0;

    public string NomCommune(string code) => NomsCommunes.GetValueOrDefault(code, code);

    public static IReadOnlyList<string> EntetesExport { get; } =
    [
        "Numéro",
        "Nom",
        "Code commune",
        "Commune",
        "EPCI",
        "Bailleur",
        "Nature",
        "Statut (code SIAP)",
        "Statut",
        "Phase",
        "Logements",
        .. CodesProduction.Produits.Select(p => p.Libelle),
        "Prix de revient (€)",
        "Année de programmation",
        "Date de dépôt",
        "Dossier complet le",
        "Date d'agrément",
        "Ouverture du chantier",
        "Livraison",
        "Mise en service",
    ];

    private IReadOnlyList<object?> LigneExport(LigneOperation l) =>
        [
            l.Numero,
            l.Nom,
            l.CommuneCode,
            NomCommune(l.CommuneCode),
            l.EpciSiren is null ? null : NomsEpci.GetValueOrDefault(l.EpciSiren, l.EpciSiren),
            NomsBailleurs.GetValueOrDefault(l.BailleurId),
            l.Nature.Libelle(),
            l.Statut.Code(),
            l.Statut.Libelle(),
            l.Statut.Phase().Libelle(),
            Logements(l.Id),
            .. CodesProduction.Produits.Select(p => (object?)Logements(l.Id, p.Produit)),
            l.PrixDeRevient,
            l.AnneeProgrammation,
            l.DateDepot,
            l.DateDossierComplet,
            l.DateAgrement,
            l.DateOuvertureChantier,
            l.DateLivraison,
            l.DateMiseEnService,
        ];

    public string LienExport(string format)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["epci"] = Epci,
            ["commune"] = Commune,
            ["bailleur"] = Bailleur?.ToString(CultureInfo.InvariantCulture),
            ["produit"] = Produit,
            ["statut"] = Statut,
            ["annee"] = Annee?.ToString(CultureInfo.InvariantCulture),
            ["texte"] = Texte,
            ["tri"] = Tri,
            ["format"] = format,
        };
        return "/operations" + QueryString.Create(valeurs.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
