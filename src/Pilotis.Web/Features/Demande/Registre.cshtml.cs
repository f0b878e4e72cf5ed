using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Demande;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Le registre des demandes que l'acteur peut lire (CCH L441-2-1
/// ; <see cref="AccesDemandes.Filtre"/>, équivalent SQL de
/// la table des habilitations) : filtres (état, premier choix,
/// EPCI, typologie, produit, DALO, priorité L441-1, mutation,
/// numéro), tris, pagination, totaux et export CSV/XLSX de la liste filtrée (sans âge ni ressources).
/// </summary>
public sealed class RegistreModel(
    PilotisDbContext db,
    LecturePilotis lecture,
    ActeurCourant acteurCourant,
    TimeProvider horloge
) : PageModel
{
    public static readonly IReadOnlyList<(string Cle, string Libelle)> Tris =
    [
        ("-depot", "Date de dépôt (récentes d'abord)"),
        ("anciennete", "Ancienneté (plus anciennes d'abord)"),
        ("-score", "Score (plus élevé d'abord)"),
        ("numero", "Numéro unique"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Etat { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Typologie { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Produit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Dalo { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Prioritaire { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Mutation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Numero { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tri { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    /// <summary>Le contexte de la liste : la base principale, ou celle de lecture pour un export.</summary>
    private PilotisDbContext? source;

    public List<LigneDemande> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public int TotalPersonnes { get; private set; }
    public int TotalDalo { get; private set; }
    public int TotalPrioritaires { get; private set; }
    public Dictionary<string, string> NomsCommunes { get; private set; } = [];
    public Dictionary<string, string> NomsEpci { get; private set; } = [];
    public List<(string Siren, string Nom)> Epcis { get; private set; } = [];
    public bool PeutEnregistrer { get; private set; }
    public bool Filtree { get; private set; }
    public DateOnly Aujourdhui { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireDemandes(acteur))
            return Forbid();
        PeutEnregistrer = Habilitations.PorteeAccordee(acteur, Ressource.Demandes, Acte.Modifier) != Portee.Aucune;
        Aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);

        // Un export lit toute la liste filtrée : il part vers la base de lecture (réplique possible, ADR 0019).
        source = Format is "csv" or "xlsx" ? lecture.Db : db;
        var filtre = await FiltreDemandesLisibles.LireAsync(db, acteur, Acte.Lire);
        var visibles = source.Demandes.AsNoTracking().Where(filtre);
        var cleActeur = $"{acteur.OrganisationId}|{acteur.Role}";
        Epcis = await EpcisProposesAsync(visibles, cleActeur);

        var filtrees = Filtrer(visibles);
        // Les totaux et le nombre de lignes en une seule lecture des demandes filtrées (au lieu de quatre), gardés avec
        // les agrégats des demandes : relus après toute écriture d'une demande (ADR 0019).
        var totaux = await CacheAgregats.Demandes.LireAsync(
            db,
            $"registre-totaux|{cleActeur}|{Etat}|{Commune}|{Epci}|{Typologie}|{Produit}|{Dalo}|{Prioritaire}|"
                + $"{Mutation}|{Numero}|{Aujourdhui}",
            async _ =>
                await filtrees
                    .GroupBy(_ => 1)
                    .Select(g => new TotauxRegistre(
                        g.Count(),
                        g.Sum(d => d.NombrePersonnes),
                        g.Count(d => d.Dalo),
                        g.Count(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun)
                    ))
                    // Un chargement partagé par plusieurs requêtes ne s'arrête pas quand la première abandonne.
                    .FirstOrDefaultAsync(CancellationToken.None)
                ?? new TotauxRegistre(0, 0, 0, 0)
        );
        TotalPersonnes = totaux.Personnes;
        TotalDalo = totaux.Dalo;
        TotalPrioritaires = totaux.Prioritaires;
        var requete = Trier(filtrees);
        var lignes = requete.Select(d => new LigneDemande(
            d.Id,
            d.NumeroUnique,
            d.Statut,
            d.MotifRadiation,
            d.DateDepot,
            d.DateRenouvellement,
            d.DateFinValidite,
            d.DateRadiation,
            d.CommunePrincipaleCode,
            d.EpciSiren,
            d.TypologiePrincipale,
            d.NombrePersonnes,
            d.Categorie,
            d.UnitesConsommation,
            d.ProduitsEligibles,
            d.Dalo,
            d.CriteresPrioritaires,
            d.Mutation,
            d.Score
        ));

        if (Format is "csv" or "xlsx")
        {
            Lignes = await lignes.ToListAsync(ct);
            await CompleterAsync();
            var nom = $"demandes-{horloge.GetLocalNow():yyyyMMdd}";
            var contenu = Lignes.Select(LigneExport);
            return Format == "csv"
                ? ExportTableau.Csv(nom, EntetesExport, contenu)
                : ExportTableau.Xlsx(nom, "Demandes", EntetesExport, contenu);
        }
        (Lignes, Pagination) = await lignes.PaginerAsync(NumeroPage, totaux.Lignes, ct);
        await CompleterAsync();
        return Page();
    }

    /// <summary>
    /// Les EPCI proposés dans le filtre : ceux des demandes visibles. Pour une portée départementale ou plus large, les
    /// EPCI du département tirés du référentiel en mémoire (aucune lecture des demandes) ; sinon ceux de ses demandes.
    /// </summary>
    private async Task<List<(string Siren, string Nom)>> EpcisProposesAsync(
        IQueryable<DemandeLogement> visibles,
        string cleActeur
    )
    {
        var sirens = await CacheAgregats.Demandes.LireAsync(db, "registre-epci|" + cleActeur, async _ =>
            await visibles.Where(d => d.EpciSiren != null).Select(d => d.EpciSiren!).Distinct().ToListAsync()
        );
        var noms = await ReferentielNoms.EpcisAsync(db);
        return sirens
            .Select(s => (Siren: s, Nom: noms.GetValueOrDefault(s)))
            .Where(e => e.Nom is not null)
            .Select(e => (e.Siren, e.Nom!))
            .OrderBy(e => e.Item2, StringComparer.Create(Affichage.Fr, true))
            .ToList();
    }

    public EtatDemande EtatDe(LigneDemande l) =>
        l.Statut switch
        {
            StatutDemande.Radiee => EtatDemande.Radiee,
            StatutDemande.Satisfaite => EtatDemande.Satisfaite,
            _ => l.DateFinValidite <= EcheancesDemande.DerniereFinValiditeARenouveler(Aujourdhui)
                ? EtatDemande.ARenouveler
                : EtatDemande.Active,
        };

    private IQueryable<DemandeLogement> Filtrer(IQueryable<DemandeLogement> q)
    {
        q = FiltrerEtat(q);
        q = FiltrerTerritoire(q);
        q = FiltrerCaracteristiques(q);
        Filtree =
            Etat is not null
            || !string.IsNullOrWhiteSpace(Commune)
            || !string.IsNullOrWhiteSpace(Epci)
            || Typologie is not null
            || Produit is not null
            || Dalo
            || Prioritaire
            || Mutation is not null
            || !string.IsNullOrWhiteSpace(Numero);
        return q;
    }

    /// <summary>État affiché : « à renouveler » se lit sur la fin de validité (même seuil que l'échéancier).</summary>
    private IQueryable<DemandeLogement> FiltrerEtat(IQueryable<DemandeLogement> q)
    {
        var seuilRenouvellement = EcheancesDemande.DerniereFinValiditeARenouveler(Aujourdhui);
        switch (Etat)
        {
            case "active":
                q = q.Where(d => d.Statut == StatutDemande.Active && d.DateFinValidite > seuilRenouvellement);
                break;
            case "a-renouveler":
                q = q.Where(d => d.Statut == StatutDemande.Active && d.DateFinValidite <= seuilRenouvellement);
                break;
            case "radiee":
                q = q.Where(d => d.Statut == StatutDemande.Radiee);
                break;
            case "satisfaite":
                q = q.Where(d => d.Statut == StatutDemande.Satisfaite);
                break;
            default:
                Etat = null;
                break;
        }
        return q;
    }

    /// <summary>Commune du premier choix (code INSEE ou nom) et EPCI.</summary>
    private IQueryable<DemandeLogement> FiltrerTerritoire(IQueryable<DemandeLogement> q)
    {
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            var saisie = Commune.Trim();
            if (saisie.Length == 5 && char.IsDigit(saisie[0]) && saisie.All(char.IsLetterOrDigit))
            {
                var code = saisie.ToUpperInvariant();
                q = q.Where(d => d.CommunePrincipaleCode == code);
            }
            else
            {
                var recherche = TexteRecherche.Normaliser(saisie);
                var codes = (source ?? db).Communes.Where(c => c.NomRecherche.Contains(recherche)).Select(c => c.Code);
                q = q.Where(d => codes.Contains(d.CommunePrincipaleCode!));
            }
        }
        if (!string.IsNullOrWhiteSpace(Epci))
            q = q.Where(d => d.EpciSiren == Epci);
        return q;
    }

    private IQueryable<DemandeLogement> FiltrerCaracteristiques(IQueryable<DemandeLogement> q)
    {
        var typologie = AffichageDemande.ToutesTypologies.FirstOrDefault(t => t.Code == Typologie);
        if (typologie.Code is not null)
        {
            var t = typologie.Typologie;
            q = q.Where(d => d.TypologiePrincipale == t);
        }
        else
            Typologie = null;
        var produit = AffichageDemande.Produits.FirstOrDefault(p => p.Code == Produit);
        if (produit.Code is not null)
        {
            var p = produit.Produit;
            q = q.Where(d => (d.ProduitsEligibles & p) == p);
        }
        else
            Produit = null;
        if (Dalo)
            q = q.Where(d => d.Dalo);
        if (Prioritaire)
            q = q.Where(d => d.CriteresPrioritaires != CriteresPrioritaires.Aucun);
        switch (Mutation)
        {
            case "oui":
                q = q.Where(d => d.Mutation);
                break;
            case "non":
                q = q.Where(d => !d.Mutation);
                break;
            default:
                Mutation = null;
                break;
        }
        if (!string.IsNullOrWhiteSpace(Numero))
        {
            var n = Numero.Trim().ToUpperInvariant();
            q = q.Where(d => d.NumeroUnique.ToUpper().Contains(n));
        }
        return q;
    }

    private IQueryable<DemandeLogement> Trier(IQueryable<DemandeLogement> q)
    {
        if (!Tris.Any(t => t.Cle == Tri))
            Tri = null;
        return Tri switch
        {
            "anciennete" => q.OrderBy(d => d.DateDepot).ThenBy(d => d.NumeroUnique),
            "-score" => q.ParClassement(scoreEnReel: db.Database.IsSqlite()),
            "numero" => q.OrderBy(d => d.NumeroUnique),
            _ => q.OrderByDescending(d => d.DateDepot).ThenByDescending(d => d.Id),
        };
    }

    /// <summary>Les noms des communes et des EPCI des lignes, tirés du référentiel gardé en mémoire.</summary>
    private async Task CompleterAsync()
    {
        var communes = await ReferentielDemandes.CommunesAsync(db);
        NomsCommunes = Lignes
            .Select(l => l.CommunePrincipaleCode)
            .OfType<string>()
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
    }

    public string NomCommune(string? code) => code is null ? "—" : NomsCommunes.GetValueOrDefault(code, code);

    public static IReadOnlyList<string> EntetesExport { get; } =
    [
        "Numéro unique",
        "État",
        "Date de dépôt",
        "Dernier renouvellement",
        "Fin de validité",
        "Date de radiation",
        "Motif de radiation",
        "Code commune 1er choix",
        "Commune 1er choix",
        "EPCI",
        "Typologie principale",
        "Personnes",
        "Catégorie",
        "Unités de consommation",
        "Produits éligibles",
        "DALO",
        "Prioritaire (L441-1)",
        "Mutation",
        "Score",
    ];

    private IReadOnlyList<object?> LigneExport(LigneDemande l) =>
        [
            l.NumeroUnique,
            EtatDe(l).Libelle(),
            l.DateDepot,
            l.DateRenouvellement,
            l.DateFinValidite,
            l.DateRadiation,
            l.MotifRadiation?.Libelle(),
            l.CommunePrincipaleCode,
            NomCommune(l.CommunePrincipaleCode),
            l.EpciSiren is null ? null : NomsEpci.GetValueOrDefault(l.EpciSiren, l.EpciSiren),
            l.TypologiePrincipale.Libelle(),
            l.NombrePersonnes,
            AffichageDemande.Categorie(l.Categorie),
            l.UnitesConsommation,
            l.ProduitsEligibles.Libelle(),
            l.Dalo,
            l.CriteresPrioritaires != CriteresPrioritaires.Aucun,
            l.Mutation,
            l.Score,
        ];

    public string LienExport(string format)
    {
        var valeurs = new Dictionary<string, string?>
        {
            ["etat"] = Etat,
            ["commune"] = Commune,
            ["epci"] = Epci,
            ["typologie"] = Typologie,
            ["produit"] = Produit,
            ["dalo"] = Dalo ? "true" : null,
            ["prioritaire"] = Prioritaire ? "true" : null,
            ["mutation"] = Mutation,
            ["numero"] = Numero,
            ["tri"] = Tri,
            ["format"] = format,
        };
        return "/demandes" + QueryString.Create(valeurs.Where(v => !string.IsNullOrEmpty(v.Value)));
    }
}
