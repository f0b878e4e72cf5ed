using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Domain.Information;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Information;

/// <summary>
/// Requêtes partagées de l'information du public (seed 001, solutions 8 et 9) : la page publique d'une commune
/// (page, API, intégration) et les indicateurs de la feuille de route (S8, S9).
/// </summary>
public static class RequetesInformationPublique
{
    /// <summary>Le site national de la demande de logement social (CCH R441-2-1 : dépôt en ligne).</summary>
    public const string SiteNational = "https://www.demande-logement-social.gouv.fr";

    /// <summary>
    /// Les opérations montrées au public : agréées (engagées) ou en cours (acompte, clôture en cours) ; jamais un
    /// brouillon, une opération programmée non agréée, soldée ou annulée.
    /// </summary>
    public static readonly StatutOperation[] StatutsPublics =
    [
        StatutOperation.Engagee,
        StatutOperation.Acompte,
        StatutOperation.ClotureEnCours,
    ];

    /// <summary>
    /// La page de la commune assemblée (blocs choisis par la commune si elle l'a publiée, tous sinon), gardée 30 s
    /// par commune et par année (<see cref="CacheAgregats.Information"/>) ; null pour un code inconnu du référentiel.
    /// </summary>
    public static async Task<DonneesPageCommune?> PageCommuneAsync(
        PilotisDbContext db,
        string code,
        DateOnly aujourdhui,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ct.ThrowIfCancellationRequested();
        var boite = await CacheAgregats.Information.LireAsync(db, $"page|{code}|{aujourdhui.Year}", d =>
            ChargerAsync(d, code, aujourdhui)
        );
        return boite.Valeur;
    }

    /// <summary>Un code inconnu est gardé aussi (null) : une rafale sur un code inconnu ne relit pas la base.</summary>
    private sealed record Boite(DonneesPageCommune? Valeur);

    private static async Task<Boite> ChargerAsync(PilotisDbContext db, string code, DateOnly aujourdhui)
    {
        var ct = CancellationToken.None;
        var commune = await db
            .Communes.AsNoTracking()
            .Where(c => c.Code == code && c.Type == TypeCommune.Actuelle)
            .Select(c => new
            {
                c.Code,
                c.Nom,
                c.DepartementCode,
                c.EpciSiren,
            })
            .FirstOrDefaultAsync(ct);
        if (commune is null)
            return new Boite(null);
        var epciNom = commune.EpciSiren is null
            ? null
            : await db
                .Epcis.AsNoTracking()
                .Where(e => e.Siren == commune.EpciSiren)
                .Select(e => e.Nom)
                .FirstOrDefaultAsync(ct);
        var page = await db.PagesCommunes.AsNoTracking().FirstOrDefaultAsync(p => p.CommuneCode == code, ct);
        var donnees = new DonneesPageCommune(
            commune.Code,
            commune.Nom,
            commune.DepartementCode,
            commune.EpciSiren,
            epciNom,
            page?.Publiee ?? false,
            page is { Publiee: true } ? page.Texte : null,
            [],
            await DeposerAsync(db, commune.EpciSiren, ct),
            new BlocEligibilite("/eligibilite", "/eligibilite?integre=1"),
            await CotationAsync(db, commune.EpciSiren, ct),
            await ParcAsync(db, code, aujourdhui.Year - 1, ct),
            await OperationsAsync(db, code, ct),
            await SruAsync(db, code, ct),
            await ContactsAsync(db, commune.Code, commune.EpciSiren, commune.DepartementCode, ct)
        );
        // Une page non publiée montre les données générales : tous les blocs, sans le texte de la commune.
        return new Boite(donnees.Filtree(page is { Publiee: true } ? page.BlocsMasques : BlocPageCommune.Aucun));
    }

    private static async Task<BlocDeposer> DeposerAsync(PilotisDbContext db, string? epci, CancellationToken ct)
    {
        var points = epci is null
            ? []
            : await db
                .PointsAccueil.AsNoTracking()
                .Where(p => p.EpciSiren == epci)
                .OrderBy(p => p.Nom)
                .Select(p => new PointAccueilPublie(p.Nom, p.Adresse, p.CommuneCode))
                .ToListAsync(ct);
        return new BlocDeposer(points, SiteNational);
    }

    private static async Task<BlocCotation?> CotationAsync(PilotisDbContext db, string? epci, CancellationToken ct)
    {
        if (epci is null)
            return null;
        var grille = await db
            .GrillesCotation.AsNoTracking()
            .FirstOrDefaultAsync(g => g.EpciSiren == epci && g.Statut == StatutGrille.Publiee, ct);
        return grille is null
            ? null
            : new BlocCotation(
                grille.EpciSiren,
                grille.Version,
                grille.PublieeLe,
                $"/cotation/{grille.EpciSiren}",
                grille
                    .Criteres.Select(c => new CritereCotationCommune(
                        string.IsNullOrWhiteSpace(c.Libelle) ? LibellesCotation.Defaut(c.Type, c.Parametre) : c.Libelle,
                        c.Points
                    ))
                    .ToList()
            );
    }

    private static async Task<BlocParc> ParcAsync(PilotisDbContext db, string code, int annee, CancellationToken ct)
    {
        var debut = new DateOnly(annee, 1, 1);
        var fin = debut.AddYears(1);
        var parc = await db.Logements.AsNoTracking().CountAsync(l => l.CommuneCode == code, ct);
        var disponibles = await db
            .LogementsAAttribuer.AsNoTracking()
            .Where(a => a.DateDisponibilite >= debut && a.DateDisponibilite < fin)
            .Join(db.Logements.Where(l => l.CommuneCode == code), a => a.LogementId, l => l.Id, (a, _) => a.Origine)
            .GroupBy(o => o)
            .Select(g => new { Origine = g.Key, Nombre = g.Count() })
            .ToListAsync(ct);
        return new BlocParc(
            parc,
            annee,
            disponibles.Where(d => d.Origine == OrigineDisponibilite.Liberation).Sum(d => d.Nombre),
            disponibles.Where(d => d.Origine == OrigineDisponibilite.MiseEnService).Sum(d => d.Nombre)
        );
    }

    private static async Task<IReadOnlyList<OperationCommune>> OperationsAsync(
        PilotisDbContext db,
        string code,
        CancellationToken ct
    )
    {
        var lignes = await db
            .Operations.AsNoTracking()
            .Where(o => o.CommuneCode == code && StatutsPublics.Contains(o.Statut))
            .Select(o => new
            {
                o.Nom,
                o.Nature,
                o.Statut,
                Logements = o.Lots.Sum(l => l.NombreLogements),
                o.DateAgrement,
            })
            .ToListAsync(ct);
        return lignes
            .OrderByDescending(o => o.DateAgrement)
            .ThenBy(o => o.Nom, StringComparer.Ordinal)
            .Select(o => new OperationCommune(
                o.Nom,
                o.Nature.Libelle(),
                o.Statut.Libelle(),
                o.Logements,
                o.DateAgrement
            ))
            .ToList();
    }

    /// <summary>La situation de la dernière année d'inventaire, par la requête de la fiche SRU (<see
    /// cref="RequetesSru"/>) ; null quand la commune n'est pas soumise.</summary>
    private static async Task<BlocSru?> SruAsync(PilotisDbContext db, string code, CancellationToken ct)
    {
        var dernier = await db
            .InventairesSru.AsNoTracking()
            .Where(i => i.CommuneCode == code)
            .OrderByDescending(i => i.Annee)
            .Select(i => new { i.Annee, i.Soumise })
            .FirstOrDefaultAsync(ct);
        if (dernier is not { Soumise: true })
            return null;
        var situation = (
            await new RequetesSru(db).CalculerAsync(dernier.Annee, commune: code, ct: ct)
        ).FirstOrDefault();
        return situation is null
            ? null
            : new BlocSru(
                dernier.Annee,
                Math.Round(situation.Resultat.Taux * 100m, 2),
                Math.Round(situation.Resultat.TauxCible * 100m, 2),
                situation.Resultat.LogementsManquants
            );
    }

    /// <summary>Le service de l'État dont les contacts publics figurent sur chaque page de son département.</summary>
    private static readonly TypeOrganisation[] ServicesDeLEtat = [TypeOrganisation.Ddtm];

    /// <summary>
    /// Les fiches publiques des organisations dont le périmètre est la commune ou son EPCI, et de la DDTM du
    /// département : la commune d'abord, puis l'EPCI, puis l'État.
    /// </summary>
    private static async Task<IReadOnlyList<ContactPublic>> ContactsAsync(
        PilotisDbContext db,
        string code,
        string? epci,
        string departement,
        CancellationToken ct
    )
    {
        var lignes = await db
            .Referents.AsNoTracking()
            .Where(r => r.Visibilite == VisibiliteReferent.Public)
            .Join(
                db.Organisations.Where(o =>
                    o.Active
                    && (
                        (o.PerimetreNiveau == NiveauPerimetre.Commune && o.PerimetreCode == code)
                        || (o.PerimetreNiveau == NiveauPerimetre.Epci && o.PerimetreCode == epci)
                        || (ServicesDeLEtat.Contains(o.Type) && o.DepartementCode == departement)
                    )
                ),
                r => r.OrganisationId,
                o => o.Id,
                (r, o) =>
                    new
                    {
                        r,
                        o.Nom,
                        o.PerimetreNiveau,
                    }
            )
            .ToListAsync(ct);
        return lignes
            .OrderByDescending(l => l.PerimetreNiveau == NiveauPerimetre.Commune)
            .ThenByDescending(l => l.PerimetreNiveau == NiveauPerimetre.Epci)
            .ThenBy(l => l.r.Theme)
            .ThenBy(l => l.r.Nom, StringComparer.Ordinal)
            .Select(l => new ContactPublic(
                l.Nom,
                l.r.Theme.Libelle(),
                l.r.Nom,
                l.r.Fonction,
                l.r.Courriel,
                l.r.Telephone,
                l.r.Disponibilite
            ))
            .ToList();
    }

    /// <summary>
    /// Indicateurs S8 et S9 de la feuille de route (seed 001) pour un département et une année, évalués au
    /// 31 décembre de l'année ou aujourd'hui si l'année est en cours : « S8-COMMUNES-PUBLIANT » (nombre de communes
    /// dont la page est publiée), « S8-VISITES-MOIS » (visites moyennes par mois, sur les mois de l'année qui en ont),
    /// « S9-EXHAUSTIVITE » (part de 0 à 100 des couples organisation × thème attendu couverts par un référent à
    /// jour), « S9-A-JOUR » (part de 0 à 100 des organisations dont toutes les fiches ont moins de douze mois). Null
    /// quand le module ne contient rien pour l'année.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, decimal?>> IndicateursFeuilleDeRouteAsync(
        PilotisDbContext db,
        int annee,
        string departementCode,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var aujourdhui = DateOnly.FromDateTime(db.Horloge.GetUtcNow().UtcDateTime);
        var finAnnee = new DateOnly(annee, 12, 31);
        var jour = finAnnee < aujourdhui ? finAnnee : aujourdhui;
        var communes = db
            .Communes.Where(c => c.DepartementCode == departementCode && c.Type == TypeCommune.Actuelle)
            .Select(c => c.Code);
        var pages = await db.PagesCommunes.AsNoTracking().Where(p => communes.Contains(p.CommuneCode)).ToListAsync(ct);
        var visites = await db
            .VisitesPagesCommunes.AsNoTracking()
            .Where(v => v.Annee == annee && communes.Contains(v.CommuneCode))
            .GroupBy(v => v.Mois)
            .Select(g => g.Sum(v => v.Visites))
            .ToListAsync(ct);
        var organisations = await OrganisationsAnnuaireAsync(db, departementCode, ct);
        var avecFiches = organisations.Any(o => o.Fiches.Count > 0) && annee <= aujourdhui.Year;
        return new Dictionary<string, decimal?>(StringComparer.Ordinal)
        {
            ["S8-COMMUNES-PUBLIANT"] = pages.Any(p => p.PublieeLe is DateOnly d && d <= jour)
                ? pages.Count(p => p.PublieeAu(jour))
                : null,
            ["S8-VISITES-MOIS"] = visites.Count == 0 ? null : Math.Round((decimal)visites.Sum() / visites.Count, 1),
            ["S9-EXHAUSTIVITE"] = avecFiches ? Exhaustivite.Taux(organisations, jour) : null,
            ["S9-A-JOUR"] = avecFiches ? Exhaustivite.TauxAJour(organisations, jour) : null,
        };
    }

    /// <summary>Les organisations actives du département et leurs fiches (thème, date de confirmation).</summary>
    public static async Task<List<OrganisationAnnuaire>> OrganisationsAnnuaireAsync(
        PilotisDbContext db,
        string departementCode,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var organisations = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Active && o.DepartementCode == departementCode)
            .Select(o => new { o.Id, o.Type })
            .ToListAsync(ct);
        var fiches = (
            await db
                .Referents.AsNoTracking()
                .Where(r =>
                    db.Organisations.Any(o =>
                        o.Id == r.OrganisationId && o.Active && o.DepartementCode == departementCode
                    )
                )
                .Select(r => new
                {
                    r.OrganisationId,
                    r.Theme,
                    r.ConfirmeLe,
                })
                .ToListAsync(ct)
        ).ToLookup(r => r.OrganisationId);
        return organisations
            .Select(o => new OrganisationAnnuaire(
                o.Id,
                o.Type,
                fiches[o.Id].Select(f => (f.Theme, f.ConfirmeLe)).ToList()
            ))
            .ToList();
    }
}
