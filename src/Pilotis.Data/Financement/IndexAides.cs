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
    private readonly Dictionary<string, (int Doc, byte Poids)[]> _postings;

    public IReadOnlyList<GroupeSynonymes> Synonymes { get; }
    public TerritoiresAides Territoires { get; }
    public int Nombre => _aides.Length;

    private IndexAides(
        AideIndexee[] aides,
        Dictionary<string, (int, byte)[]> postings,
        IReadOnlyList<GroupeSynonymes> synonymes,
        TerritoiresAides territoires
    )
    {
        _aides = aides;
        _postings = postings;
        Synonymes = synonymes;
        Territoires = territoires;
    }

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
    public static async Task<IndexAides> LireAsync(PilotisDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var cle = db.Database.GetConnectionString() ?? "";
        var version = CacheReferentiel.Version(db);
        var maintenant = Environment.TickCount64;
        var expire = maintenant + (long)Duree.TotalMilliseconds;
        if (!Entrees.TryGetValue(cle, out var e) || e.Version != version || e.Index.IsFaulted)
        {
            var nouvelle = new Entree(ChargerAsync(Contexte(db), CancellationToken.None), version, expire);
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
                var rechargement = ChargerAsync(Contexte(db), CancellationToken.None);
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
        var postings = new Dictionary<string, List<(int, byte)>>(StringComparer.Ordinal);
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
                    postings[racine] = liste = [];
                liste.Add((i, p));
            }
        }
        var synonymes = await SynonymesAsync(db, ct);
        return new IndexAides(
            aides,
            postings.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray()),
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

    /// <summary>La requête analysée avec les synonymes de l'index.</summary>
    public RequeteAides Analyser(string? texte) =>
        AnalyseRequete.Construire(texte, AnalyseurFrancais.Racines, Synonymes);

    /// <summary>Les aides qui répondent à la requête et leur score (toutes, score 0, si elle est vide).</summary>
    public IEnumerable<(AideIndexee Aide, int Score)> Trouver(RequeteAides requete)
    {
        ArgumentNullException.ThrowIfNull(requete);
        if (requete.Vide)
            return _aides.Select(a => (a, 0));
        var racines = requete
            .Groupes.SelectMany(g => g)
            .SelectMany(c => c.Alternatives)
            .SelectMany(a => a)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var parRacine = new Dictionary<string, Dictionary<int, byte>>(StringComparer.Ordinal);
        var candidats = new HashSet<int>();
        foreach (var r in racines)
        {
            var docs = new Dictionary<int, byte>();
            if (_postings.TryGetValue(r, out var liste))
            {
                foreach (var (doc, p) in liste)
                {
                    docs[doc] = p;
                    candidats.Add(doc);
                }
            }
            parRacine[r] = docs;
        }
        var resultats = new List<(AideIndexee, int)>();
        foreach (var doc in candidats)
        {
            var score = PoidsRecherche.ScoreTexte(requete, r => parRacine[r].GetValueOrDefault(doc));
            if (score > 0)
                resultats.Add((_aides[doc], score));
        }
        return resultats;
    }
}
