using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Pilotis.Data.Base;
using Pilotis.Domain.Financement;

namespace Pilotis.Data.Financement;

/// <summary>
/// L'index de recherche du catalogue (ADR 0022) : un index inversé en mémoire des racines rangées en base
/// (<see cref="IndexationAide"/>), chargé une fois par processus et par base (<see cref="CacheReferentiel"/>), rechargé
/// après toute écriture d'une aide ou d'un synonyme. Le classement est calculé en C# : SQLite et PostgreSQL rendent les
/// mêmes aides dans le même ordre.
/// </summary>
public sealed class IndexAides
{
    private readonly AideIndexee[] _aides;
    private readonly Dictionary<string, ListeRacine> _listes;
    private readonly int[] _parNom;
    private readonly int[] _rangNom;
    private readonly bool[] _logement;
    private readonly int[] _ouverture;
    private readonly int[] _echeance;
    private readonly Dictionary<string, byte[]> _denses;
    private readonly ConcurrentDictionary<string, ProximiteTerritoire[]> _proximites = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RequeteAides> _requetes = new(StringComparer.Ordinal);

    public IReadOnlyList<GroupeSynonymes> Synonymes { get; }
    public TerritoiresAides Territoires { get; }
    public int Nombre => _aides.Length;
    public ValeursFacette Perimetres { get; }
    public ValeursFacette TypesAide { get; }
    public ValeursFacette Financeurs { get; }
    public ValeursFacette Publics { get; }

    private IndexAides(
        AideIndexee[] aides,
        Dictionary<string, ListeRacine> listes,
        IReadOnlyList<GroupeSynonymes> synonymes,
        TerritoiresAides territoires
    )
    {
        _aides = aides;
        _listes = listes;
        Synonymes = synonymes;
        Territoires = territoires;
        // L'ordre d'affichage à score égal (nom plié, puis identifiant), calculé une fois : la recherche trie des
        // entiers.
        _parNom = Enumerable
            .Range(0, aides.Length)
            .OrderBy(i => aides[i].NomPlie, StringComparer.Ordinal)
            .ThenBy(i => aides[i].Id)
            .ToArray();
        _logement = aides.Select(a => a.Logement).ToArray();
        _ouverture = aides.Select(a => a.DateOuverture?.DayNumber ?? int.MinValue).ToArray();
        _echeance = aides.Select(a => a.DateEcheance?.DayNumber ?? int.MaxValue).ToArray();
        // Les racines portées par beaucoup d'aides (« logement », « prêt », « social »…) reviennent dans presque
        // chaque requête : leur tableau de poids dense est gardé avec l'index plutôt que rempli à chaque recherche.
        _denses = listes
            .Where(kv => kv.Value.Aides.Length >= Math.Max(64, aides.Length / 16))
            .ToDictionary(kv => kv.Key, kv => Dense(kv.Value, aides.Length), StringComparer.Ordinal);
        _rangNom = new int[aides.Length];
        for (var r = 0; r < _parNom.Length; r++)
            _rangNom[_parNom[r]] = r;
        Perimetres = ValeursFacette.Construire(
            aides.Select(a => a.Perimetre is { } p ? [p] : Array.Empty<string>()).ToList()
        );
        TypesAide = ValeursFacette.Construire(aides.Select(a => a.TypesAide).ToList());
        Financeurs = ValeursFacette.Construire(aides.Select(a => a.Financeurs).ToList());
        Publics = ValeursFacette.Construire(aides.Select(a => a.PublicsCibles).ToList());
    }

    private static byte[] Dense(ListeRacine l, int nombre)
    {
        var d = new byte[nombre];
        for (var i = 0; i < l.Aides.Length; i++)
            d[l.Aides[i]] = l.Poids[i];
        return d;
    }

    /// <summary>Une catégorie de l'aide relève du logement ou de l'habitat.</summary>
    public bool Logement(int position) => _logement[position];

    /// <summary>L'aide est ouverte ce jour (<see cref="AideIndexee.OuverteLe"/>), lue sans toucher l'aide.</summary>
    public bool OuverteLe(int position, DateOnly jour) =>
        _ouverture[position] <= jour.DayNumber && _echeance[position] >= jour.DayNumber;

    /// <summary>L'échéance de l'aide tombe entre ces deux jours inclus (une aide permanente n'en a pas).</summary>
    public bool EcheanceEntre(int position, DateOnly debut, DateOnly fin) =>
        _echeance[position] != int.MaxValue
        && _echeance[position] >= debut.DayNumber
        && _echeance[position] <= fin.DayNumber;

    /// <summary>L'aide à cette position de l'index.</summary>
    public AideIndexee Aide(int position) => _aides[position];

    /// <summary>Le rang de l'aide dans l'ordre des noms (nom plié, puis identifiant).</summary>
    public int RangNom(int position) => _rangNom[position];

    /// <summary>La position de l'aide qui a ce rang dans l'ordre des noms.</summary>
    public int AideDuRang(int rang) => _parNom[rang];

    /// <summary>Au bout de cette durée, un autre nœud relit l'index (ses écritures ne changent pas la
    /// version).</summary>
    public static readonly TimeSpan Duree = TimeSpan.FromMinutes(1);

    private sealed record Entree(Task<IndexAides> Index, long Version, long Expire);

    private static readonly ConcurrentDictionary<string, Entree> Entrees = new(StringComparer.Ordinal);

    /// <summary>
    /// L'index de la base de <paramref name="db"/>. Une écriture d'aide ou de synonyme dans ce processus change la
    /// version (<see cref="CacheReferentiel"/>) : l'index suivant est rechargé et attendu. À la seule expiration
    /// (écritures d'un autre nœud), l'ancien index sert pendant que le nouveau se charge sur un contexte à lui : aucune
    /// recherche n'attend.
    /// </summary>
    public static Task<IndexAides> LireAsync(PilotisDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return LireAsync(db.Database.GetConnectionString() ?? "", () => db, ct);
    }

    /// <summary>
    /// <inheritdoc cref="LireAsync(PilotisDbContext, CancellationToken)"/> La base est nommée par sa chaîne
    /// (<see cref="CleBase"/>) ; <paramref name="contexte"/> n'est appelé que s'il faut charger l'index : une
    /// recherche servie de la mémoire n'initialise aucun contexte EF Core.
    /// </summary>
    public static async Task<IndexAides> LireAsync(
        string cle,
        Func<PilotisDbContext> contexte,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(cle);
        ArgumentNullException.ThrowIfNull(contexte);
        var version = CacheReferentiel.Version(cle);
        var maintenant = Environment.TickCount64;
        var expire = maintenant + (long)Duree.TotalMilliseconds;
        if (!Entrees.TryGetValue(cle, out var e) || e.Version != version || e.Index.IsFaulted)
        {
            var nouvelle = new Entree(ChargerAsync(Contexte(contexte()), CancellationToken.None), version, expire);
            e =
                e is null ? Entrees.GetOrAdd(cle, nouvelle)
                : Entrees.TryUpdate(cle, nouvelle, e) ? nouvelle
                : Entrees.GetValueOrDefault(cle, nouvelle);
            return await e.Index.WaitAsync(ct);
        }
        if (e.Expire <= maintenant && e.Index.IsCompletedSuccessfully)
        {
            var suivante = e with { Expire = expire };
            if (Entrees.TryUpdate(cle, suivante, e))
            {
                var rechargement = ChargerAsync(Contexte(contexte()), CancellationToken.None);
                _ = rechargement.ContinueWith(
                    t => Entrees.TryUpdate(cle, suivante with { Index = t }, suivante),
                    TaskScheduler.Default
                );
            }
        }
        return await e.Index.WaitAsync(ct);
    }

    /// <summary>Un contexte à part sur la même base : le chargement survit à la requête qui l'a lancé.</summary>
    private static PilotisDbContext Contexte(PilotisDbContext db) =>
        new((DbContextOptions<PilotisDbContext>)db.GetService<IDbContextOptions>());

    private static async Task<IndexAides> ChargerAsync(PilotisDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await using var _ = db;
        var territoires = await TerritoiresAides.ChargerAsync(db, ct);
        var lignes = await db.Set<Aide>()
            .AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.Id,
                a.IdSource,
                a.Slug,
                a.Nom,
                a.Financeurs,
                a.Perimetre,
                a.TypesAide,
                a.PublicsCibles,
                a.DateOuverture,
                a.DateEcheance,
                a.Locale,
                a.UrlOrigine,
                a.Categories,
                a.RacinesNom,
                a.RacinesCategories,
                a.RacinesTexte,
            })
            .ToListAsync(ct);
        var aides = new AideIndexee[lignes.Count];
        var postings = new Dictionary<string, (List<int> Aides, List<byte> Poids)>(StringComparer.Ordinal);
        for (var i = 0; i < lignes.Count; i++)
        {
            var a = lignes[i];
            var logement = a.Categories.Any(EstLogement);
            aides[i] = new AideIndexee(
                a.Id,
                a.IdSource,
                a.Slug,
                a.Nom,
                a.Financeurs,
                a.Perimetre,
                a.TypesAide,
                a.PublicsCibles,
                a.DateOuverture,
                a.DateEcheance,
                a.Locale,
                logement,
                a.UrlOrigine,
                territoires.Resoudre(a.Perimetre),
                AnalyseurFrancais.Plier(a.Nom)
            );
            var poids = new Dictionary<string, byte>(StringComparer.Ordinal);
            Poser(poids, a.RacinesTexte, PoidsRecherche.DescriptionEtEligibilite);
            Poser(poids, a.RacinesCategories, PoidsRecherche.CategoriesEtTitreCourt);
            Poser(poids, a.RacinesNom, PoidsRecherche.Nom);
            foreach (var (racine, p) in poids)
            {
                if (!postings.TryGetValue(racine, out var liste))
                    postings[racine] = liste = ([], []);
                liste.Aides.Add(i);
                liste.Poids.Add(p);
            }
        }
        var synonymes = await SynonymesAsync(db, ct);
        return new IndexAides(
            aides,
            postings.ToDictionary(
                kv => kv.Key,
                kv => new ListeRacine([.. kv.Value.Aides], [.. kv.Value.Poids]),
                StringComparer.Ordinal
            ),
            synonymes,
            territoires
        );
    }

    private static async Task<List<GroupeSynonymes>> SynonymesAsync(PilotisDbContext db, CancellationToken ct)
    {
        var lignes = await db.Set<SynonymeAide>().AsNoTracking().OrderBy(s => s.Id).ToListAsync(ct);
        return lignes
            .Select(s => new GroupeSynonymes(s.Liste().Select(e => AnalyseurFrancais.Racines(e)).ToList()))
            .ToList();
    }

    /// <summary>Une catégorie « Thème|Catégorie » du logement ou de l'habitat (aides-territoires).</summary>
    public static bool EstLogement(string categorie) =>
        AnalyseurFrancais.Plier(categorie) is var c
        && (c.Contains("logement", StringComparison.Ordinal) || c.Contains("habitat", StringComparison.Ordinal));

    private static void Poser(Dictionary<string, byte> poids, string racines, int p)
    {
        foreach (var r in racines.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            poids[r] = (byte)p;
    }

    /// <summary>
    /// La requête analysée avec les synonymes de l'index. Les textes déjà vus sont gardés (au plus
    /// <see cref="RequetesGardees"/>, avec l'index : un changement de synonymes recharge l'index).
    /// </summary>
    public RequeteAides Analyser(string? texte)
    {
        var cle = texte ?? "";
        if (_requetes.TryGetValue(cle, out var requete))
            return requete;
        requete = AnalyseRequete.Construire(texte, AnalyseurFrancais.Racines, Synonymes);
        if (_requetes.Count >= RequetesGardees)
            _requetes.Clear();
        _requetes[cle] = requete;
        return requete;
    }

    public const int RequetesGardees = 4096;

    /// <summary>
    /// Ajoute à <paramref name="scores"/> (une case par aide, à zéro) le score textuel de chaque aide pour la requête
    /// (<see cref="NotationAides"/>).
    /// </summary>
    public void Noter(RequeteAides requete, int[] scores) =>
        NotationAides.Noter(
            requete,
            r => _listes.GetValueOrDefault(r),
            r => _denses.GetValueOrDefault(r),
            _aides.Length,
            scores
        );

    /// <summary>
    /// Pour chaque aide, la proximité de son périmètre avec le département (national, région, département ou
    /// aucune), calculée une fois par département et gardée avec l'index. Une aide sert le département (contrat
    /// public) si et seulement si sa proximité n'est pas <see cref="ProximiteTerritoire.Aucune"/>.
    /// </summary>
    public ProximiteTerritoire[] Proximites(string departement) => _proximites.GetOrAdd(departement, d =>
        {
            var region = Territoires.RegionDuDepartement.GetValueOrDefault(d);
            return _aides.Select(a => ProximiteDepartement(a.Portee, d, region)).ToArray();
        });

    private static ProximiteTerritoire ProximiteDepartement(PorteeAide p, string departement, string? region) =>
        p.Departements.Contains(departement) ? ProximiteTerritoire.Departement
        : region is not null && p.Regions.Contains(region) ? ProximiteTerritoire.Region
        : p.National ? ProximiteTerritoire.National
        : ProximiteTerritoire.Aucune;
}
