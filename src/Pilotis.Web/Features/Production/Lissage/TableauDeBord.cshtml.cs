using System.Globalization;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Lissage;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Lissage;

/// <summary>
/// Tableau de bord du lissage des agréments (seed 000) : agréments par mois contre une cible linéaire, part agréée
/// après le 1er novembre sur plusieurs années, prévision de fin d'année tirée du pipeline et alertes. Les chiffres
/// réalisés viennent de <see cref="StatistiquesLissage"/> (la même requête que l'API publique), limités à ce que
/// l'utilisateur peut lire (<see cref="AccesOperations.Filtre"/>) ; seul le pipeline non agréé est chargé, en
/// projection.
/// </summary>
public sealed class TableauDeBordModel(
    LecturePilotis lecture,
    ActeurCourant acteurCourant,
    TimeProvider horloge,
    IMemoryCache cache,
    IConfiguration configuration
) : PageModel
{
    /// <summary>Un tableau de bord ne fait que lire : la base de lecture (réplique possible, ADR 0019).</summary>
    private PilotisDbContext db => lecture.Db;

    /// <summary>
    /// Ce que la page calcule, gardé quelques secondes par périmètre et filtres (voir <see cref="ChargerAsync"/>).
    /// </summary>
    private sealed record Calcul(
        IReadOnlyList<TableauLissage> Historique,
        int Objectif,
        bool ObjectifSaisi,
        string SourceObjectif,
        PrevisionFinAnnee Prevision,
        List<LigneAlerte> Alertes,
        bool CalendrierParDefaut,
        List<(string Siren, string Nom)> ChoixEpci,
        List<(int Id, string Nom)> ChoixBailleurs
    );

    /// <summary>Nombre d'années passées montrées pour la part agréée après le 1er novembre.</summary>
    public const int AnneesPassees = 5;

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee(1900, 2100)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Bailleur { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Produit { get; set; }

    public int AnneeAffichee { get; private set; }
    public DateOnly Aujourdhui { get; private set; }
    public TableauLissage Tableau { get; private set; } = TableauLissage.Depuis(2000, []);
    public IReadOnlyList<TableauLissage> Historique { get; private set; } = [];
    public int Objectif { get; private set; }
    public bool ObjectifSaisi { get; private set; }
    public string SourceObjectif { get; private set; } = "";
    public IReadOnlyList<decimal> Cible { get; private set; } = [];
    public PrevisionFinAnnee Prevision { get; private set; } = new(0, 0, 0, new int[12]);
    public List<LigneAlerte> Alertes { get; private set; } = [];
    public bool CalendrierParDefaut { get; private set; }
    public List<(string Siren, string Nom)> ChoixEpci { get; private set; } = [];
    public List<(int Id, string Nom)> ChoixBailleurs { get; private set; } = [];
    public List<string> Erreurs { get; private set; } = [];

    private Produit? _produit;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireOperations(acteur))
            return Forbid();
        await ChargerAsync(acteur, ct);
        return Page();
    }

    /// <summary>Le classeur du tableau : feuilles Mois, Années et Alertes, mêmes chiffres que la page.</summary>
    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireOperations(acteur))
            return Forbid();
        await ChargerAsync(acteur, ct);
        using var classeur = new XLWorkbook();
        var cumul = Tableau.Cumul;
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Mois"),
            ["Mois", "Opérations agréées", "Logements agréés", "Cumul des logements", "Cible linéaire (cumul)"],
            Tableau.Mois.Select(m =>
                (IReadOnlyList<object?>)
                    [
                        Affichage.NomMois(m.Mois),
                        m.OperationsAgreees,
                        m.LogementsAgrees,
                        cumul[m.Mois - 1],
                        Cible[m.Mois - 1],
                    ]
            )
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Années"),
            ["Année", "Logements agréés", "dont en novembre et décembre", "Part agréée après le 1er novembre"],
            Historique.Select(t =>
                (IReadOnlyList<object?>)
                    [
                        t.Annee,
                        t.LogementsAgreesTotal,
                        t.Mois[10].LogementsAgrees + t.Mois[11].LogementsAgrees,
                        Math.Round((decimal)t.PartLogementsAgreesApres1erNovembre, 4),
                    ]
            )
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Alertes"),
            ["Opération", "Nom", "Alerte", "Détail"],
            Alertes.Select(a => (IReadOnlyList<object?>)[a.Numero, a.Nom, a.Alerte.Libelle, a.Alerte.Message])
        );
        using var flux = new MemoryStream();
        classeur.SaveAs(flux);
        return File(flux.ToArray(), ExportTableau.TypeXlsx, $"lissage-{AnneeAffichee}.xlsx");
    }

    private async Task ChargerAsync(Acteur acteur, CancellationToken ct)
    {
        Aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        AnneeAffichee = Annee ?? Aujourdhui.Year;
        if (!string.IsNullOrWhiteSpace(Produit))
        {
            if (CodesProduction.TryProduit(Produit, out var p))
                _produit = p;
            else
                Erreurs.Add($"Produit inconnu : « {Francais.Extrait(Produit)} ». Tous les produits sont comptés.");
        }

        // Sous charge (un tableau ouvert par tous les agents d'un département), le calcul est gardé au plus 30 s par
        // organisation, année et filtres (Statistiques:CacheSecondes, 0 pour le désactiver) : les habilitations
        // dépendent de l'organisation, jamais de la personne.
        var secondes = Math.Min(30, configuration.GetValue("Statistiques:CacheSecondes", 60));
        var cle =
            $"lissage|{acteur.OrganisationId}|{acteur.Role}|{AnneeAffichee}|{Epci}|{Bailleur}|{_produit}|{Aujourdhui}";
        if (secondes > 0 && cache.TryGetValue(cle, out Calcul? garde) && garde is not null)
        {
            Restituer(garde);
            return;
        }
        await CalculerAsync(acteur, ct);
        if (secondes > 0)
        {
            cache.Set(
                cle,
                new Calcul(
                    Historique,
                    Objectif,
                    ObjectifSaisi,
                    SourceObjectif,
                    Prevision,
                    [.. Alertes],
                    CalendrierParDefaut,
                    [.. ChoixEpci],
                    [.. ChoixBailleurs]
                ),
                TimeSpan.FromSeconds(secondes)
            );
        }
    }

    private void Restituer(Calcul c)
    {
        (Historique, Objectif, ObjectifSaisi, SourceObjectif, Prevision, CalendrierParDefaut) = (
            c.Historique,
            c.Objectif,
            c.ObjectifSaisi,
            c.SourceObjectif,
            c.Prevision,
            c.CalendrierParDefaut
        );
        Alertes = [.. c.Alertes];
        ChoixEpci = [.. c.ChoixEpci];
        ChoixBailleurs = [.. c.ChoixBailleurs];
        Tableau = Historique[^1];
        Cible = TableauLissage.CibleLineaire(Objectif);
    }

    private async Task CalculerAsync(Acteur acteur, CancellationToken ct)
    {
        var visibles = db
            .Operations.AsNoTracking()
            .Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire));
        var filtrees = visibles;
        if (!string.IsNullOrWhiteSpace(Epci))
            filtrees = filtrees.Where(o => o.EpciSiren == Epci);
        if (Bailleur is int b)
            filtrees = filtrees.Where(o => o.BailleurId == b);

        Historique = await StatistiquesLissage.ParAnneeAsync(
            filtrees,
            db.LotsOperation.AsNoTracking(),
            AnneeAffichee - AnneesPassees,
            AnneeAffichee,
            _produit,
            ct
        );
        Tableau = Historique[^1];
        await ChargerObjectifAsync(acteur, ct);
        Cible = TableauLissage.CibleLineaire(Objectif);
        await ChargerPipelineAsync(filtrees, ct);
        await ChargerChoixAsync(visibles, ct);
    }

    /// <summary>
    /// Objectif de l'année : somme des objectifs de programmation du territoire (département de l'acteur, ou l'EPCI
    /// choisi ou de l'acteur, ou les départements de la région) ; à défaut — ou pour un bailleur ou une commune, qui
    /// n'ont pas d'objectif propre — le total agréé l'année précédente.
    /// </summary>
    private async Task ChargerObjectifAsync(Acteur acteur, CancellationToken ct)
    {
        var portee = Habilitations.PorteeAccordee(acteur, Ressource.Operations, Acte.Lire);
        var epci =
            !string.IsNullOrWhiteSpace(Epci) ? Epci
            : acteur.Perimetre.Niveau == NiveauPerimetre.Epci && portee == Portee.Perimetre ? acteur.Perimetre.Code
            : null;
        var territorial =
            Bailleur is null
            && (
                portee is Portee.Departement or Portee.Region
                || (portee == Portee.Perimetre && acteur.Perimetre.Niveau <= NiveauPerimetre.Epci)
            );
        int? somme = null;
        if (territorial)
        {
            var annee = AnneeAffichee;
            var objectifs = db.ObjectifsProgrammation.AsNoTracking().Where(o => o.Annee == annee);
            if (portee == Portee.Region)
            {
                var region = acteur.RegionCode;
                objectifs = objectifs.Where(o =>
                    db.Departements.Any(d => d.Code == o.DepartementCode && d.RegionCode == region)
                );
            }
            else if (acteur.Perimetre.Niveau != NiveauPerimetre.National)
            {
                var departement = acteur.DepartementCode;
                objectifs = objectifs.Where(o => o.DepartementCode == departement);
            }
            if (epci is not null)
                objectifs = objectifs.Where(o => o.EpciSiren == epci);
            if (_produit is Produit p)
                objectifs = objectifs.Where(o => o.Produit == p);
            somme = await objectifs.AnyAsync(ct) ? await objectifs.SumAsync(o => o.Logements, ct) : null;
        }
        var precedent = Historique.Count >= 2 ? Historique[^2].LogementsAgreesTotal : 0;
        ObjectifSaisi = somme is not null;
        Objectif = somme ?? precedent;
        SourceObjectif = ObjectifSaisi
            ? $"objectif de programmation {AnneeAffichee} du territoire ({Affichage.Nombre(Objectif)} logements)"
            : "aucun objectif de programmation saisi pour ce périmètre : la cible "
                + $"reprend le total agréé en {AnneeAffichee - 1} "
                + $"({Affichage.Nombre(Objectif)} logements)";
    }

    /// <summary>
    /// Pipeline non agréé de l'année (et plus ancien, qui glisse), en projection : prévision et alertes.
    /// </summary>
    private async Task ChargerPipelineAsync(IQueryable<Operation> filtrees, CancellationToken ct)
    {
        var annee = AnneeAffichee;
        var produit = _produit;
        var lignes = await filtrees
            .Where(CriteresOperation.AvantAgrement)
            .Where(o => o.AnneeProgrammation != null && o.AnneeProgrammation <= annee)
            .Select(o => new
            {
                o.Id,
                o.Numero,
                o.Nom,
                o.BailleurId,
                o.CommuneCode,
                o.EpciSiren,
                o.DepartementCode,
                o.RegionCode,
                o.Nature,
                o.Statut,
                o.DateDepot,
                o.DateDossierComplet,
                o.AnneeProgrammation,
                o.MoisAgrementPrevu,
                o.FoncierMaitrise,
                o.Permis,
                o.FinancementBoucle,
                Logements = o.Lots.Where(l => produit == null || l.Produit == produit).Sum(l => l.NombreLogements),
                AvecProduit = produit == null || o.Lots.Any(l => l.Produit == produit),
                Difficulte = db.Difficultes.Where(Difficulte.EstOuverte).Any(d => d.OperationId == o.Id),
            })
            .ToListAsync(ct);
        lignes = lignes.Where(l => l.AvecProduit).ToList();
        var departements = lignes.Select(l => l.DepartementCode).Distinct().ToList();
        var calendriers = await CalendriersAsync(departements, annee, ct);

        var attendues = new List<OperationAttendue>();
        foreach (var l in lignes)
        {
            var o = new Operation
            {
                Id = l.Id,
                Numero = l.Numero,
                Nom = l.Nom,
                BailleurId = l.BailleurId,
                CommuneCode = l.CommuneCode,
                EpciSiren = l.EpciSiren,
                DepartementCode = l.DepartementCode,
                RegionCode = l.RegionCode,
                Nature = l.Nature,
                Statut = l.Statut,
                DateDepot = l.DateDepot,
                DateDossierComplet = l.DateDossierComplet,
                AnneeProgrammation = l.AnneeProgrammation,
                MoisAgrementPrevu = l.MoisAgrementPrevu,
                FoncierMaitrise = l.FoncierMaitrise,
                Permis = l.Permis,
                FinancementBoucle = l.FinancementBoucle,
            };
            var risque = RisquesGlissement.Evaluer(o, Aujourdhui, l.Difficulte);
            attendues.Add(
                new OperationAttendue(o.Id, l.Logements, o.AnneeProgrammation, o.MoisAgrementPrevu, risque.Niveau)
            );
            Alertes.AddRange(
                AlertesProduction
                    .Pour(o, risque, calendriers[o.DepartementCode], Aujourdhui)
                    .Select(a => new LigneAlerte(a, o.Numero, o.Nom))
            );
        }
        Prevision = PrevisionsLissage.Calculer(Tableau, attendues, Aujourdhui);
        Alertes = Alertes.OrderBy(a => a.Alerte.Type).ThenBy(a => a.Numero, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Le calendrier de dépôt de chaque département (<see cref="RequetesProduction.CalendriersDepotAsync"/>) ; note
    /// si l'un d'eux est celui par défaut.
    /// </summary>
    private async Task<Dictionary<string, IReadOnlyList<EcheanceDepot>>> CalendriersAsync(
        List<string> departements,
        int annee,
        CancellationToken ct
    )
    {
        var calendriers = await RequetesProduction.CalendriersDepotAsync(db, departements, annee, ct);
        CalendrierParDefaut =
            departements.Count == 0
                ? !await db.EcheancesDepot.AnyAsync(e => e.Annee == annee, ct)
                : calendriers.Values.Any(c => c.ParDefaut);
        return calendriers.ToDictionary(c => c.Key, c => c.Value.Echeances);
    }

    private async Task ChargerChoixAsync(IQueryable<Operation> visibles, CancellationToken ct)
    {
        var sirens = visibles.Where(o => o.EpciSiren != null).Select(o => o.EpciSiren!).Distinct();
        var epcis = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .Select(e => new { e.Siren, e.Nom })
            .ToListAsync(ct);
        var fr = Francais.Ordre;
        ChoixEpci = epcis.OrderBy(e => e.Nom, fr).Select(e => (e.Siren, e.Nom)).ToList();
        var ids = visibles.Select(o => o.BailleurId).Distinct();
        var bailleurs = await db
            .Organisations.AsNoTracking()
            .Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Nom })
            .ToListAsync(ct);
        ChoixBailleurs = bailleurs.OrderBy(b => b.Nom, fr).Select(b => (b.Id, b.Nom)).ToList();
    }

    public static string Pourcent(double part) => (part * 100).ToString("0.0", Affichage.Fr) + " %";

    /// <summary>Paramètres de la requête courante, pour le lien d'export.</summary>
    public string RequeteExport() =>
        $"/production/lissage?handler=xlsx&annee={AnneeAffichee}"
        + (string.IsNullOrWhiteSpace(Epci) ? "" : "&epci=" + Uri.EscapeDataString(Epci))
        + (Bailleur is int b ? "&bailleur=" + b.ToString(CultureInfo.InvariantCulture) : "")
        + (_produit is Produit p ? "&produit=" + p.Code() : "");

    /// <summary>Données du graphique (JSON lu par lissage.js) : les mêmes valeurs que le tableau.</summary>
    public object DonneesGraphique() =>
        new
        {
            mois = Tableau.Mois.Select(m => Affichage.NomMois(m.Mois)),
            logements = Tableau.Mois.Select(m => m.LogementsAgrees),
            operations = Tableau.Mois.Select(m => m.OperationsAgreees),
            cumul = Tableau.Cumul,
            cible = Cible,
        };

    /// <summary>Tendance de la part agréée après le 1er novembre : comparée à l'année précédente.</summary>
    public string Tendance()
    {
        if (Historique.Count < 2)
            return "";
        var avant = Historique[^2];
        if (avant.LogementsAgreesTotal == 0 || Tableau.LogementsAgreesTotal == 0)
            return "Pas de comparaison possible avec l'année précédente (aucun agrément sur l'une des deux années).";
        var ecart = (Tableau.PartLogementsAgreesApres1erNovembre - avant.PartLogementsAgreesApres1erNovembre) * 100;
        var points = Math.Abs(ecart).ToString("0.0", Affichage.Fr);
        return ecart switch
        {
            < -0.05 => $"En baisse de {points} points par rapport à {avant.Annee} : les "
                + "agréments sont mieux répartis dans l'année.",
            > 0.05 => $"En hausse de {points} points par rapport à {avant.Annee} : les "
                + "agréments se concentrent davantage en fin d'année.",
            _ => $"Stable par rapport à {avant.Annee}.",
        };
    }
}
