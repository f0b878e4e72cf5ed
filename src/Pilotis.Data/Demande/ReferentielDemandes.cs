using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Base;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Le référentiel chargé une fois pour écrire des demandes (formulaire, import, générateur) : communes (code → EPCI,
/// département, région) et barème des plafonds. <see cref="Actualiser"/> recalcule les colonnes dérivées d'une demande
/// avec le barème en vigueur à la date donnée, dans la géographie de sa première commune souhaitée.
/// </summary>
public sealed class ReferentielDemandes
{
    private readonly Dictionary<
        (int Annee, GeographiePlafonds Geographie),
        IReadOnlyList<PlafondsRessources>
    > plafondsEnVigueur = [];

    private ReferentielDemandes(
        IReadOnlyDictionary<string, CommuneDemande> communes,
        IReadOnlyList<PlafondsRessources> bareme
    )
    {
        Communes = communes;
        Bareme = bareme;
    }

    public IReadOnlyDictionary<string, CommuneDemande> Communes { get; }
    public IReadOnlyList<PlafondsRessources> Bareme { get; }

    /// <summary>Communes (hors arrondissements et communes déléguées : seules les communes de plein exercice) et
    /// barème, servis par <see cref="CacheReferentiel"/> : le référentiel (≈ 35 000 communes) n'est lu qu'une fois par
    /// processus, pas à chaque écriture d'une demande.</summary>
    public static async Task<ReferentielDemandes> ChargerAsync(PilotisDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ct.ThrowIfCancellationRequested();
        return new ReferentielDemandes(await CommunesAsync(db), await BaremePlafonds.LireAsync(db, ct));
    }

    /// <summary>Les communes de plein exercice par code (lecture seule, partagée entre les requêtes).</summary>
    public static Task<IReadOnlyDictionary<string, CommuneDemande>> CommunesAsync(PilotisDbContext db) =>
        CacheReferentiel.LireAsync<IReadOnlyDictionary<string, CommuneDemande>>(db, "communes-demande", async d =>
            await d
                .Communes.AsNoTracking()
                .Where(c => c.CodeParent == null)
                .Select(c => new CommuneDemande(c.Code, c.Nom, c.EpciSiren, c.DepartementCode, c.RegionCode))
                .ToDictionaryAsync(c => c.Code, StringComparer.Ordinal)
        );

    /// <summary>
    /// Même référentiel, communes lues département par département à la demande
    /// (<see cref="CommunesParDepartement"/>) : l'import de quelques lignes ne paie pas la lecture des ≈ 35 000
    /// communes. Chaque lecture ouvre sa propre connexion (même chaîne, même fournisseur).
    /// </summary>
    public static async Task<ReferentielDemandes> ChargerALaDemandeAsync(
        PilotisDbContext db,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        var chaine = db.Database.GetConnectionString();
        var type = db.Database.GetDbConnection().GetType();
        DbConnection Connexion()
        {
            var c = (DbConnection)Activator.CreateInstance(type)!;
            c.ConnectionString = chaine;
            return c;
        }
        return new(new CommunesParDepartement(Connexion), await BaremePlafonds.LireAsync(db, ct));
    }

    /// <summary>Les départements qui ont au moins une commune de plein exercice.</summary>
    public static async Task<HashSet<string>> DepartementsAsync(PilotisDbContext db, CancellationToken ct = default)
    {
        var codes = await db
            .Communes.AsNoTracking()
            .Where(c => c.CodeParent == null)
            .Select(c => c.DepartementCode)
            .Distinct()
            .ToListAsync(ct);
        return codes.ToHashSet(StringComparer.Ordinal);
    }

    public string? EpciDe(string communeCode) => Communes.TryGetValue(communeCode, out var c) ? c.EpciSiren : null;

    /// <summary>Lignes du barème en vigueur à une date pour une commune (dernière année connue ≤ année de la
    /// date).</summary>
    public IReadOnlyList<PlafondsRessources> PlafondsPour(string? communeCode, DateOnly date)
    {
        var region = communeCode is not null && Communes.TryGetValue(communeCode, out var c) ? c.RegionCode : null;
        var cle = (date.Year, GeographieCommune.De(communeCode, region));
        if (!plafondsEnVigueur.TryGetValue(cle, out var lignes))
        {
            lignes = BaremePlafonds.EnVigueur(Bareme, cle.Year, cle.Item2);
            plafondsEnVigueur[cle] = lignes;
        }
        return lignes;
    }

    public void Actualiser(DemandeLogement demande, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(demande);
        var premiere = demande.Communes.OrderBy(c => c.Rang).FirstOrDefault()?.CommuneCode;
        CalculsDemande.Actualiser(demande, PlafondsPour(premiere, date), EpciDe);
    }
}
