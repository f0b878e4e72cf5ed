using Microsoft.EntityFrameworkCore;
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

    public static Task<IndexAides> LireAsync(PilotisDbContext db, CancellationToken ct = default) =>
        CacheReferentiel.LireAsync(db, "index-aides", d => ChargerAsync(d, ct));

    public static async Task<IndexAides> ChargerAsync(PilotisDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
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
                territoires.Resoudre(a.Perimetre)
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
