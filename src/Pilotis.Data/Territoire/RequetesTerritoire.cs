using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Territoire;

/// <summary>Lectures du référentiel territorial, partagées par les pages et l'API (données publiques).</summary>
public sealed partial class RequetesTerritoire(PilotisDbContext db, TimeProvider horloge)
{
    public const int TailleMaximale = 5000;

    [GeneratedRegex("^([0-9]{2}|2A|2B|97[1-8])$", RegexOptions.IgnoreCase)]
    private static partial Regex MotifDepartement();

    [GeneratedRegex("^([0-9]{5}|2[AB][0-9]{3})$", RegexOptions.IgnoreCase)]
    private static partial Regex MotifCommune();

    [GeneratedRegex("^[0-9]{9}$")]
    private static partial Regex MotifSiren();

    public static bool CodeDepartementValide(string? code) => code is not null && MotifDepartement().IsMatch(code);

    public static bool CodeCommuneValide(string? code) => code is not null && MotifCommune().IsMatch(code);

    public static bool SirenValide(string? siren) => siren is not null && MotifSiren().IsMatch(siren);

    /// <summary>
    /// Les départements avec leur nombre de communes et leur population, gardés par <see cref="CacheReferentiel"/> :
    /// l'agrégat parcourt les ≈ 35 000 communes, et la page d'accueil du référentiel l'affiche à chaque visite.
    /// </summary>
    public async Task<List<DepartementResume>> DepartementsAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var gardes = await CacheReferentiel.LireAsync<IReadOnlyList<DepartementResume>>(
            db,
            "departements-resumes",
            async d => await DepartementsEnBase(d).ToListAsync()
        );
        return [.. gardes];
    }

    private static IQueryable<DepartementResume> DepartementsEnBase(PilotisDbContext db) =>
        db
            .Departements.AsNoTracking()
            .OrderBy(d => d.Code)
            .Select(d => new DepartementResume(
                d.Code,
                d.Nom,
                d.RegionCode,
                db.Communes.Count(c => c.DepartementCode == d.Code && c.Type == TypeCommune.Actuelle),
                db.Communes.Where(c => c.DepartementCode == d.Code && c.Type == TypeCommune.Actuelle)
                    .Sum(c => c.Population ?? 0)
            ));

    public Task<DepartementResume?> DepartementAsync(string code, CancellationToken ct = default) =>
        db
            .Departements.AsNoTracking()
            .Where(d => d.Code == code.ToUpperInvariant())
            .Select(d => new DepartementResume(
                d.Code,
                d.Nom,
                d.RegionCode,
                db.Communes.Count(c => c.DepartementCode == d.Code && c.Type == TypeCommune.Actuelle),
                db.Communes.Where(c => c.DepartementCode == d.Code && c.Type == TypeCommune.Actuelle)
                    .Sum(c => c.Population ?? 0)
            ))
            .FirstOrDefaultAsync(ct);

    /// <summary>
    /// Communes actuelles filtrées ; la recherche ignore accents, casse et tirets, et accepte un code INSEE ou postal.
    /// </summary>
    public async Task<PageResultats<CommuneResume>> CommunesAsync(
        string? departement,
        string? epci,
        string? recherche,
        int page,
        int taille,
        CancellationToken ct = default
    )
    {
        var requete = db.Communes.AsNoTracking().Where(c => c.Type == TypeCommune.Actuelle);
        if (!string.IsNullOrWhiteSpace(departement))
            requete = requete.Where(c => c.DepartementCode == departement.ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(epci))
            requete = requete.Where(c => c.EpciSiren == epci);
        IOrderedQueryable<Commune> ordonnee;
        var saisie = recherche?.Trim() ?? "";
        if (saisie.Length > 0 && (saisie.All(char.IsAsciiDigit) || TexteRecherche.EstCodeInsee(saisie)))
        {
            var code = saisie.ToUpperInvariant();
            ordonnee = requete
                .Where(c => c.Code.StartsWith(code) || (c.CodesPostaux != null && c.CodesPostaux.Contains(code)))
                .OrderBy(c => c.Code);
        }
        else if (saisie.Length > 0)
        {
            // Les noms qui commencent par la saisie d'abord, puis les plus peuplés.
            var motif = TexteRecherche.NormaliserSaisie(saisie);
            ordonnee = requete
                .Where(c => c.NomRecherche.Contains(motif))
                .OrderBy(c => c.NomRecherche.StartsWith(motif) ? 0 : 1)
                .ThenByDescending(c => c.Population)
                .ThenBy(c => c.Code);
        }
        else
        {
            ordonnee = requete.OrderBy(c => c.Code);
        }
        var total = await ordonnee.CountAsync(ct);
        // Une page hors bornes (« ?p=243000643 ») ramenée à la dernière : le décalage débordait l'entier et
        // PostgreSQL refusait un OFFSET négatif (erreur 500 trouvée par le test à graine fixe).
        page = Math.Clamp(page, 1, Math.Max(1, (int)Math.Ceiling(total / (double)taille)));
        var items = await ordonnee
            .Skip((page - 1) * taille)
            .Take(taille)
            .Select(c => new CommuneResume(c.Code, c.Nom, c.Population, c.EpciSiren, c.DepartementCode, "commune"))
            .ToListAsync(ct);
        return new PageResultats<CommuneResume>(items, total, page, taille);
    }

    public async Task<CommuneDetail?> CommuneAsync(string code, CancellationToken ct = default)
    {
        code = code.ToUpperInvariant();
        var c = await db
            .Communes.AsNoTracking()
            .FirstOrDefaultAsync(x => x.Code == code && x.Type == TypeCommune.Actuelle, ct);
        if (c is null)
            return null;
        var epciNom = c.EpciSiren is null
            ? null
            : await db.Epcis.Where(e => e.Siren == c.EpciSiren).Select(e => e.Nom).FirstOrDefaultAsync(ct);
        var departementNom = await db
            .Departements.Where(d => d.Code == c.DepartementCode)
            .Select(d => d.Nom)
            .FirstOrDefaultAsync(ct)
            ?? c.DepartementCode;
        var rattachees = await db
            .Communes.AsNoTracking()
            .Where(x => x.CodeParent == code && x.Type != TypeCommune.Actuelle)
            .OrderBy(x => x.Nom)
            .Select(x => new
            {
                x.Code,
                x.Nom,
                x.Population,
                x.Type,
            })
            .ToListAsync(ct);
        var historique = await db.AttributsCommunes.AsNoTracking().Where(a => a.CommuneCode == code).ToListAsync(ct);
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        var attributs = Enum.GetValues<NatureAttribut>()
            .Select(n => ValeursAttributs.EnVigueur(historique, n, aujourdhui))
            .Where(a => a is not null)
            .Select(a => new AttributEnVigueur(
                a!.Nature.CodeFichier(),
                a.Nature.ToString(),
                a.Valeur,
                ValeursAttributs.Admises[a.Nature].GetValueOrDefault(a.Valeur, a.Valeur),
                a.ValideDepuis,
                a.Source
            ))
            .ToList();
        return new CommuneDetail(
            c.Code,
            c.Nom,
            c.Population,
            c.EpciSiren,
            epciNom,
            c.DepartementCode,
            departementNom,
            c.RegionCode,
            c.Siren,
            c.CodesPostaux?.Split(',') ?? [],
            attributs,
            rattachees
                .Select(r => new CommuneResume(r.Code, r.Nom, r.Population, null, c.DepartementCode, r.Type.Libelle()))
                .ToList()
        );
    }

    /// <summary>
    /// EPCI ayant au moins une commune membre dans le département (un EPCI peut déborder sur un voisin).
    /// </summary>
    public async Task<List<EpciResume>> EpcisAsync(string? departement, CancellationToken ct = default)
    {
        var communes = db.Communes.AsNoTracking().Where(c => c.Type == TypeCommune.Actuelle && c.EpciSiren != null);
        var dep = departement?.ToUpperInvariant();
        var sirens = string.IsNullOrWhiteSpace(dep)
            ? db.Epcis.Select(e => e.Siren)
            : communes.Where(c => c.DepartementCode == dep).Select(c => c.EpciSiren!).Distinct();
        return await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .OrderBy(e => e.Nom)
            .Select(e => new EpciResume(
                e.Siren,
                e.Nom,
                e.Type,
                communes.Count(c => c.EpciSiren == e.Siren),
                dep == null
                    ? communes.Count(c => c.EpciSiren == e.Siren)
                    : communes.Count(c => c.EpciSiren == e.Siren && c.DepartementCode == dep),
                e.Population
            ))
            .ToListAsync(ct);
    }

    public async Task<EpciDetail?> EpciAsync(string siren, CancellationToken ct = default)
    {
        var e = await db.Epcis.AsNoTracking().FirstOrDefaultAsync(x => x.Siren == siren, ct);
        if (e is null)
            return null;
        var membres = await db
            .Communes.AsNoTracking()
            .Where(c => c.EpciSiren == siren && c.Type == TypeCommune.Actuelle)
            .OrderByDescending(c => c.Population)
            .ThenBy(c => c.Nom)
            .Select(c => new CommuneResume(c.Code, c.Nom, c.Population, c.EpciSiren, c.DepartementCode, "commune"))
            .ToListAsync(ct);
        return new EpciDetail(
            e.Siren,
            e.Nom,
            e.Type,
            e.ModeFinancement,
            e.Population,
            membres.Select(m => m.Departement).Distinct().Order().ToList(),
            membres
        );
    }
}
