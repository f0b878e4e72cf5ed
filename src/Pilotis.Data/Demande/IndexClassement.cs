using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Tient l'index de classement <see cref="ClassementDemande"/> (ADR 0020) : une ligne par demande active non purgée
/// et commune souhaitée, avec la clé de son score, sa date de dépôt, ses typologies, ses produits et la taille du
/// ménage. Écritures ensemblistes en SQL (mêmes requêtes sur PostgreSQL et SQLite), jamais journalisées : ce sont des
/// recopies de la demande, dont l'écriture est journalisée par ailleurs.
/// </summary>
public static class IndexClassement
{
    private const string Colonnes =
        "\"DemandeId\", \"Rang\", \"CommuneCode\", \"CleScore\", \"DateDepot\", \"TypologiesSouhaitees\", "
        + "\"ProduitsEligibles\", \"NombrePersonnes\"";

    /// <summary>Reconstruit les lignes des demandes écrites par le contexte (un guichet, une commission, un
    /// test) : appelé par <see cref="PilotisDbContext"/> dans la transaction de l'écriture.</summary>
    public static async Task ActualiserAsync(
        PilotisDbContext db,
        IReadOnlyCollection<long> demandes,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(demandes);
        foreach (var lot in demandes.Distinct().Chunk(500))
        {
            var marques = string.Join(", ", lot.Select((_, i) => $"{{{i + 1}}}"));
            await ReconstruireAsync(db, $"d.\"Id\" IN ({marques})", lot.Cast<object>().ToArray(), ct);
        }
    }

    /// <summary>Reconstruit les lignes des demandes écrites depuis <paramref name="depuis"/> (fin d'un import en
    /// masse : les lignes ajoutées ou modifiées portent l'horodatage de l'import).</summary>
    public static Task ActualiserModifieesDepuisAsync(
        PilotisDbContext db,
        DateTimeOffset depuis,
        CancellationToken ct = default
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        // SQLite range les horodatages en entiers (convertisseur du contexte) : même conversion pour le paramètre.
        object valeur = db.Database.IsNpgsql()
            ? depuis
            : new DateTimeOffsetToBinaryConverter().ConvertToProvider(depuis)!;
        return ReconstruireAsync(db, "d.\"ModifieeLe\" >= {1}", [valeur], ct);
    }

    /// <summary>
    /// Remet l'index d'accord avec le registre, pour un EPCI (celui du premier choix) ou pour tous : clés des scores
    /// qui ont changé, lignes des demandes qui ne sont plus actives retirées, lignes manquantes ajoutées. Seules les
    /// lignes qui changent s'écrivent.
    /// </summary>
    public static async Task SynchroniserAsync(PilotisDbContext db, string? epciSiren, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var portee = epciSiren is null ? "" : "AND d.\"EpciSiren\" = {1} ";
        object[] parametres = epciSiren is null
            ? [ClassementDemande.CleSansScore]
            : [ClassementDemande.CleSansScore, epciSiren];
        var cle = Cle(db);
        var sql1 = $"""
            UPDATE "ClassementsDemandes" SET "CleScore" = {cle}
            FROM "Demandes" AS d
            WHERE d."Id" = "ClassementsDemandes"."DemandeId" {portee}AND "ClassementsDemandes"."CleScore" <> {cle}
            """;
        await db.Database.ExecuteSqlRawAsync(sql1, parametres, ct);
        var sql2 = $"""
            DELETE FROM "ClassementsDemandes" WHERE "DemandeId" IN (SELECT d."Id" FROM "Demandes" AS d
                WHERE (d."Statut" <> {(int)StatutDemande.Active} OR d."DatePurge" IS NOT NULL) {portee})
            """;
        await db.Database.ExecuteSqlRawAsync(sql2, parametres, ct);
        var sql3 = $"""
            INSERT INTO "ClassementsDemandes" ({Colonnes})
            {Selection(cle)} {portee}AND NOT EXISTS (SELECT 1 FROM "ClassementsDemandes" AS x
                WHERE x."DemandeId" = c."DemandeId" AND x."Rang" = c."Rang")
            """;
        await db.Database.ExecuteSqlRawAsync(sql3, parametres, ct);
    }

    private static async Task ReconstruireAsync(
        PilotisDbContext db,
        string filtre,
        object[] valeurs,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(db);
        object[] parametres = [ClassementDemande.CleSansScore, .. valeurs];
        var sql4 = $"""
            DELETE FROM "ClassementsDemandes"
            WHERE "DemandeId" IN (SELECT d."Id" FROM "Demandes" AS d WHERE {filtre})
            """;
        await db.Database.ExecuteSqlRawAsync(sql4, parametres, ct);
        var sql5 = $"INSERT INTO \"ClassementsDemandes\" ({Colonnes}) {Selection(Cle(db))} AND {filtre}";
        await db.Database.ExecuteSqlRawAsync(sql5, parametres, ct);
    }

    /// <summary>Les lignes de l'index tirées des demandes actives non purgées et de leurs communes souhaitées (la
    /// suite de la requête ajoute ses conditions par AND).</summary>
    private static string Selection(string cle) =>
        $"""
            SELECT c."DemandeId", c."Rang", c."CommuneCode", {cle}, d."DateDepot", d."TypologiesSouhaitees",
                d."ProduitsEligibles", d."NombrePersonnes"
            FROM "CommunesSouhaitees" AS c JOIN "Demandes" AS d ON d."Id" = c."DemandeId"
            WHERE d."Statut" = {(int)StatutDemande.Active} AND d."DatePurge" IS NULL
            """;

    /// <summary>La clé du score en SQL, égale à <see cref="ClassementDemande.Cle"/> ; {0} vaut la clé sans score.
    /// SQLite range les décimaux en texte : ils sont relus en réel (deux décimales, exacts une fois ×100
    /// arrondis).</summary>
    private static string Cle(PilotisDbContext db) =>
        db.Database.IsNpgsql()
            ? "COALESCE(CAST(ROUND(d.\"Score\" * 100) AS bigint), {0})"
            : "COALESCE(CAST(ROUND(CAST(d.\"Score\" AS REAL) * 100) AS INTEGER), {0})";
}
