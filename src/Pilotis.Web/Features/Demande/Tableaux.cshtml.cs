using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Demande;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Tableaux de bord de la demande (issue 6, point 6) sur le périmètre de l'utilisateur : demandes actives par EPCI,
/// commune du premier choix, typologie, ancienneté, taille du ménage et priorité ; pression (demandes en attente par
/// attribution des douze derniers mois) par commune ; exports CSV et XLSX.
/// </summary>
public sealed class TableauxModel(
    PilotisDbContext db,
    LecturePilotis lecture,
    ActeurCourant acteurCourant,
    TimeProvider horloge,
    IConfiguration configuration
) : PageModel
{
    /// <summary>Communes affichées à l'écran ; toutes figurent dans les exports.</summary>
    public const int CommunesAffichees = 30;

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Commune { get; set; }

    public TableauxDemande Tableaux { get; private set; } = null!;
    public DateOnly Aujourdhui { get; private set; }
    public IReadOnlyList<(string Siren, string Nom)> EpcisProposes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        return ExportTableau.Csv(
            $"demandes-par-commune-{Aujourdhui:yyyy-MM-dd}",
            EntetesTerritoire("Commune (code INSEE)"),
            LignesTerritoire(Tableaux.ParCommune)
        );
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        using var classeur = new XLWorkbook();
        var s = Tableaux.Synthese;
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Synthèse"),
            ["Indicateur", "Valeur"],
            [
                ["Date", Aujourdhui.ToDateTime(TimeOnly.MinValue)],
                ["Demandes actives", s.Actives],
                ["dont à renouveler dans le mois", s.ARenouveler],
                ["dont reconnues DALO", s.Dalo],
                ["dont avec un critère de priorité L441-1", s.Prioritaires],
                ["dont demandes de mutation", s.Mutations],
                ["Attributions des 12 derniers mois", s.Attributions12Mois],
                ["Radiations (hors attribution) des 12 derniers mois", s.Radiations12Mois],
                ["Pression (demandes par attribution)", s.Pression],
                ["Ancienneté moyenne (mois)", s.AncienneteMoyenneMois],
            ]
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("EPCI"),
            EntetesTerritoire("EPCI (SIREN)"),
            LignesTerritoire(Tableaux.ParEpci)
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Communes"),
            EntetesTerritoire("Commune (code INSEE)"),
            LignesTerritoire(Tableaux.ParCommune)
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Typologies"),
            ["Typologie principale", "Demandes actives"],
            Tableaux.ParTypologie.Select(t => (IReadOnlyList<object?>)[t.Typologie.Libelle(), t.Actives])
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Ancienneté"),
            ["Ancienneté", "Demandes actives"],
            Tableaux.ParAnciennete.Select(t => (IReadOnlyList<object?>)[t.Tranche.Libelle(), t.Actives])
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Taille des ménages"),
            ["Personnes", "Demandes actives"],
            Tableaux.ParTaille.Select(t => (IReadOnlyList<object?>)[t.Personnes, t.Actives])
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Priorités"),
            ["Priorité", "Demandes actives"],
            Tableaux.ParPriorite.Select(t => (IReadOnlyList<object?>)[t.Libelle, t.Actives])
        );
        using var flux = new MemoryStream();
        classeur.SaveAs(flux);
        return File(flux.ToArray(), ExportTableau.TypeXlsx, $"tableaux-demande-{Aujourdhui:yyyy-MM-dd}.xlsx");
    }

    private static string[] EntetesTerritoire(string code) =>
        [
            code,
            "Nom",
            "Demandes actives",
            "dont DALO",
            "dont prioritaires L441-1",
            "Attributions 12 mois",
            "Pression (demandes par attribution)",
            "Ancienneté moyenne (mois)",
        ];

    private static IEnumerable<IReadOnlyList<object?>> LignesTerritoire(IEnumerable<LigneTerritoireDemande> lignes) =>
        lignes.Select(l =>
            (IReadOnlyList<object?>)
                [
                    l.Code,
                    l.Nom,
                    l.Actives,
                    l.Dalo,
                    l.Prioritaires,
                    l.Attributions12Mois,
                    l.Pression,
                    l.AncienneteMoyenneMois,
                ]
        );

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Challenge();
        if (!AccesPages.LireDemandes(acteur))
            return Forbid();
        Aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        // Les comptes partent vers la base de lecture (réplique possible, ADR 0019) ; le référentiel vient du cache.
        var lu = lecture.Db;
        var visibles = lu.Demandes.Where(await FiltreDemandesLisibles.LireAsync(db, acteur, Acte.Lire));
        Epci = string.IsNullOrWhiteSpace(Epci) ? null : Epci.Trim();
        Commune = string.IsNullOrWhiteSpace(Commune) ? null : Commune.Trim();
        if (Epci is not null)
            visibles = visibles.Where(d => d.EpciSiren == Epci);
        if (Commune is not null)
            visibles = visibles.Where(d => d.CommunePrincipaleCode == Commune);
        // Communes où compter les attributions : le territoire de l'utilisateur, restreint par les filtres.
        var communes = lu.Communes.Where(c => c.CodeParent == null);
        var perimetre = acteur.Perimetre;
        var departement = acteur.DepartementCode;
        communes = perimetre.Niveau switch
        {
            NiveauPerimetre.Commune => communes.Where(c => c.Code == perimetre.Code),
            NiveauPerimetre.Epci => communes.Where(c => c.EpciSiren == perimetre.Code),
            _ => communes.Where(c => c.DepartementCode == departement),
        };
        if (Epci is not null)
            communes = communes.Where(c => c.EpciSiren == Epci);
        if (Commune is not null)
            communes = communes.Where(c => c.Code == Commune);
        // EPCI proposés : ceux du département de l'utilisateur (le périmètre fait le reste), tirés du référentiel en
        // mémoire.
        EpcisProposes = await ReferentielNoms.EpcisDepartementAsync(db, acteur.DepartementCode);
        // Sous charge (le tableau ouvert par tous les agents d'un département), le calcul est gardé au plus 30 s par
        // organisation, rôle et filtres (Statistiques:CacheSecondes, 0 le désactive) : les habilitations dépendent de
        // l'organisation et du rôle, jamais de la personne.
        var secondes = Math.Min(30, configuration.GetValue("Statistiques:CacheSecondes", 60));
        var cle = $"tableaux-demande|{acteur.OrganisationId}|{acteur.Role}|{Epci}|{Commune}|{Aujourdhui}";
        // Gardé avec les agrégats des demandes : un seul calcul quand trente agents ouvrent le tableau ensemble, et
        // toute écriture d'une demande le fait relire (ADR 0019).
        var codes = communes.Select(c => c.Code);
        Tableaux =
            secondes > 0
                ? await CacheAgregats.Demandes.LireAsync(db, cle, _ =>
                    CalculerAsync(lu, db, visibles, codes, Aujourdhui, CancellationToken.None)
                )
                : await CalculerAsync(lu, db, visibles, codes, Aujourdhui, ct);
        return null;
    }

    public string Requete(string? handler = null)
    {
        var parametres = new List<string>();
        if (handler is not null)
            parametres.Add("handler=" + handler);
        if (Epci is not null)
            parametres.Add("epci=" + Uri.EscapeDataString(Epci));
        if (Commune is not null)
            parametres.Add("commune=" + Uri.EscapeDataString(Commune));
        return "/demandes/tableaux" + (parametres.Count == 0 ? "" : "?" + string.Join("&", parametres));
    }

    /// <param name="visibles">Les demandes du périmètre de l'utilisateur, déjà filtrées (habilitations, territoire
    /// choisi).</param>
    /// <param name="communesDuTerritoire">
    /// Les communes du territoire regardé : les attributions s'y comptent par commune du logement attribué, quel qu'ait
    /// été le premier choix du ménage (un nombre d'attributions n'est pas une donnée personnelle).
    /// </param>
    public static async Task<TableauxDemande> CalculerAsync(
        PilotisDbContext db,
        PilotisDbContext referentiel,
        IQueryable<DemandeLogement> visibles,
        IQueryable<string> communesDuTerritoire,
        DateOnly aujourdhui,
        CancellationToken ct = default
    )
    {
        var actives = visibles.Where(d => d.Statut == StatutDemande.Active);
        var ilYAUnAn = aujourdhui.AddMonths(-12);
        var satisfaites = db
            .Demandes.AsNoTracking()
            .Where(d =>
                d.Statut == StatutDemande.Satisfaite
                && d.DateRadiation > ilYAUnAn
                && d.DateRadiation <= aujourdhui
                && communesDuTerritoire.Contains(d.CommuneAttributionCode!)
            );
        var (lignesEpci, lignesCommunes, attributions) = await TerritoiresAsync(
            referentiel,
            actives,
            satisfaites,
            aujourdhui,
            ct
        );
        var (synthese, anciennete, sansPriorite) = await SyntheseAsync(visibles, actives, attributions, aujourdhui, ct);
        var parTypologie = (
            await actives.GroupBy(d => d.TypologiePrincipale).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct)
        )
            .OrderBy(x => x.Key)
            .Select(x => (x.Key, x.N))
            .ToList();
        var parTaille = (
            await actives.GroupBy(d => d.NombrePersonnes).Select(g => new { g.Key, N = g.Count() }).ToListAsync(ct)
        )
            .OrderBy(x => x.Key)
            .Select(x => (x.Key, x.N))
            .ToList();
        return new TableauxDemande(
            synthese,
            lignesEpci,
            lignesCommunes,
            parTypologie,
            anciennete,
            parTaille,
            await PrioritesAsync(actives, synthese.Dalo, sansPriorite, ct)
        );
    }

    /// <summary>
    /// Les chiffres de synthèse, les tranches d'ancienneté et les demandes sans priorité en une seule lecture des
    /// demandes actives (comptes conditionnels) ; les attributions viennent des lignes par commune.
    /// </summary>
    private static async Task<(
        SyntheseDemandes Synthese,
        List<(TrancheAnciennete, int)> Anciennete,
        int SansPriorite
    )> SyntheseAsync(
        IQueryable<DemandeLogement> visibles,
        IQueryable<DemandeLogement> actives,
        int attributions,
        DateOnly aujourdhui,
        CancellationToken ct
    )
    {
        var ilYAUnAn = aujourdhui.AddMonths(-12);
        var preavis = aujourdhui.AddMonths(EcheancesDemande.MoisPreavisRenouvellement);
        // Bornes des six tranches (IndicateursDemande.Tranches) : comptes cumulés, puis différences.
        var b = IndicateursDemande.Tranches.Select(t => aujourdhui.AddMonths(-t.MoisMinimum)).ToArray();
        var synthese = await actives
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Actives = g.Count(),
                ARenouveler = g.Count(d => d.DateFinValidite <= preavis),
                Dalo = g.Count(d => d.Dalo),
                Prioritaires = g.Count(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun),
                Mutations = g.Count(d => d.Mutation),
                SansPriorite = g.Count(d => !d.Dalo && d.CriteresPrioritaires == CriteresPrioritaires.Aucun),
                MoisDepot = g.Average(d => (double)(d.DateDepot.Year * 12 + d.DateDepot.Month)),
                C0 = g.Count(d => d.DateDepot <= b[0]),
                C1 = g.Count(d => d.DateDepot <= b[1]),
                C2 = g.Count(d => d.DateDepot <= b[2]),
                C3 = g.Count(d => d.DateDepot <= b[3]),
                C4 = g.Count(d => d.DateDepot <= b[4]),
                C5 = g.Count(d => d.DateDepot <= b[5]),
            })
            .FirstOrDefaultAsync(ct);
        var radiations = await visibles.CountAsync(
            d => d.Statut == StatutDemande.Radiee && d.DateRadiation > ilYAUnAn && d.DateRadiation <= aujourdhui,
            ct
        );
        var total = synthese?.Actives ?? 0;
        int[] cumuls = synthese is null
            ? new int[b.Length]
            : [synthese.C0, synthese.C1, synthese.C2, synthese.C3, synthese.C4, synthese.C5];
        var anciennete = IndicateursDemande
            .Tranches.Select((t, i) => (t.Tranche, cumuls[i] - (i + 1 < cumuls.Length ? cumuls[i + 1] : 0)))
            .ToList();
        return (
            new SyntheseDemandes(
                total,
                synthese?.ARenouveler ?? 0,
                attributions,
                radiations,
                IndicateursDemande.Pression(total, attributions),
                synthese is null ? 0 : IndicateursDemande.AncienneteMois(synthese.MoisDepot, aujourdhui),
                synthese?.Dalo ?? 0,
                synthese?.Prioritaires ?? 0,
                synthese?.Mutations ?? 0
            ),
            anciennete,
            synthese?.SansPriorite ?? 0
        );
    }

    /// <summary>Les demandes actives d'un territoire (commune ou EPCI du premier choix).</summary>
    private sealed record GroupeTerritoire(string Code, int Actives, int Dalo, int Prioritaires, double MoisDepot);

    /// <summary>
    /// Lignes par EPCI et par commune du premier choix ; la pression rapporte les actives aux attributions des
    /// douze derniers mois par commune du logement attribué.
    /// </summary>
    private static async Task<(
        List<LigneTerritoireDemande> Epci,
        List<LigneTerritoireDemande> Communes,
        int Attributions
    )> TerritoiresAsync(
        PilotisDbContext db,
        IQueryable<DemandeLogement> actives,
        IQueryable<DemandeLogement> satisfaites,
        DateOnly aujourdhui,
        CancellationToken ct
    )
    {
        var parCommune = await actives
            .Where(d => d.CommunePrincipaleCode != null)
            .GroupBy(d => d.CommunePrincipaleCode!)
            .Select(g => new GroupeTerritoire(
                g.Key,
                g.Count(),
                g.Count(d => d.Dalo),
                g.Count(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun),
                g.Average(d => (double)(d.DateDepot.Year * 12 + d.DateDepot.Month))
            ))
            .ToListAsync(ct);
        var attributionsParCommune = await satisfaites
            .Where(d => d.CommuneAttributionCode != null)
            .GroupBy(d => d.CommuneAttributionCode!)
            .Select(g => new { Code = g.Key, N = g.Count() })
            .ToDictionaryAsync(x => x.Code, x => x.N, StringComparer.Ordinal, ct);
        var parEpci = await actives
            .Where(d => d.EpciSiren != null)
            .GroupBy(d => d.EpciSiren!)
            .Select(g => new GroupeTerritoire(
                g.Key,
                g.Count(),
                g.Count(d => d.Dalo),
                g.Count(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun),
                g.Average(d => (double)(d.DateDepot.Year * 12 + d.DateDepot.Month))
            ))
            .ToListAsync(ct);

        // Noms et EPCI des communes tirés du référentiel en mémoire (communes de plein exercice).
        var communes = await ReferentielDemandes.CommunesAsync(db);
        var epcis = await ReferentielNoms.EpcisAsync(db);
        var attributionsParEpci = attributionsParCommune
            .Where(a => communes.TryGetValue(a.Key, out var c) && c.EpciSiren is not null)
            .GroupBy(a => communes[a.Key].EpciSiren!)
            .ToDictionary(g => g.Key, g => g.Sum(a => a.Value), StringComparer.Ordinal);
        return (
            Lignes(parEpci, attributionsParEpci, code => epcis.GetValueOrDefault(code) ?? code, aujourdhui),
            Lignes(
                parCommune,
                attributionsParCommune,
                code => communes.TryGetValue(code, out var info) ? info.Nom : code,
                aujourdhui
            ),
            attributionsParCommune.Values.Sum()
        );
    }

    private static List<LigneTerritoireDemande> Lignes(
        List<GroupeTerritoire> groupes,
        Dictionary<string, int> attributions,
        Func<string, string> nom,
        DateOnly aujourdhui
    ) =>
        groupes
            .Select(g =>
            {
                var n = attributions.GetValueOrDefault(g.Code);
                return new LigneTerritoireDemande(
                    g.Code,
                    nom(g.Code),
                    g.Actives,
                    g.Dalo,
                    g.Prioritaires,
                    n,
                    IndicateursDemande.Pression(g.Actives, n),
                    IndicateursDemande.AncienneteMois(g.MoisDepot, aujourdhui)
                );
            })
            .OrderByDescending(l => l.Actives)
            .ThenBy(l => l.Nom, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// DALO, chaque critère L441-1 (une demande compte pour chacun de ses critères), puis ni l'un ni l'autre.
    /// </summary>
    private static async Task<List<(string, int)>> PrioritesAsync(
        IQueryable<DemandeLogement> actives,
        int dalo,
        int sansPriorite,
        CancellationToken ct
    )
    {
        var combinaisons = await actives
            .Where(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun)
            .GroupBy(d => d.CriteresPrioritaires)
            .Select(g => new { g.Key, N = g.Count() })
            .ToListAsync(ct);
        var parPriorite = new List<(string, int)> { ("Reconnus DALO", dalo) };
        parPriorite.AddRange(
            Enum.GetValues<CriteresPrioritaires>()
                .Where(c => c != CriteresPrioritaires.Aucun)
                .Select(c => (c.Libelle(), combinaisons.Where(x => x.Key.HasFlag(c)).Sum(x => x.N)))
        );
        parPriorite.Add(("Sans critère de priorité ni DALO", sansPriorite));
        return parPriorite;
    }
}
