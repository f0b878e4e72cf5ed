using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Data.Base;
using Pilotis.Domain.Attribution;

namespace Pilotis.Bench;

/// <summary>
/// Liste des candidats d'un logement (<see cref="RequetesAttribution.CandidatsAsync"/>, 30 premiers, marques DALO,
/// prioritaire et premier quartile comprises) : p50/p95 sur des logements du répertoire tirés au hasard, contre une
/// lecture du logement par sa clé primaire mesurée dans le même passage. La base doit contenir un parc et des demandes
/// (par exemple la démonstration du Gard : <c>pilotis demo</c> sur une base PostgreSQL vide).
/// </summary>
public static class BancCandidats
{
    public static async Task<int> ExecuterAsync(string[] args)
    {
        string Option(string nom, string defaut)
        {
            var i = Array.IndexOf(args, nom);
            return i >= 0 && i + 1 < args.Length ? args[i + 1] : defaut;
        }
        var connexion = Option("--connexion", "Host=localhost;Username=pilotis;Password=pilotis;Database=pilotis_demo");
        var echantillons = int.Parse(Option("--echantillons", "300"), CultureInfo.InvariantCulture);
        var options = new DbContextOptionsBuilder<PilotisDbContext>();
        BaseDeDonnees.Configurer(options, Fournisseur.Postgres, connexion);
        await using var db = new PilotisDbContext(options.Options);
        var fictifs = args.Contains("--fictifs");
        var logements = fictifs
            ? await LogementsFictifsAsync(db, echantillons)
            : await LogementsDuRepertoireAsync(db, echantillons);
        if (logements.Count == 0)
        {
            Console.WriteLine("Aucun logement (ni demande active pour en imaginer) : rien à mesurer.");
            return 1;
        }
        var annee = DateTime.UtcNow.Year;
        var trouves = 0;
        var candidats = await BancCotation.MesurerAsync(logements, async l =>
        {
            var liste = await RequetesAttribution.CandidatsAsync(db, l, annee, 30);
            trouves += liste.Count;
            return liste.Count;
        });
        // Référence : une lecture par clé primaire (le logement, ou une demande pour un logement imaginé).
        var cle = fictifs
            ? await BancCotation.MesurerAsync(logements, l => db.Demandes.AsNoTracking().FirstAsync(x => x.Id == l.Id))
            : await BancCotation.MesurerAsync(logements, l =>
                db.Logements.AsNoTracking().FirstAsync(x => x.Id == l.Id)
            );
        // Décomposition : la part du seuil du premier quartile de l'EPCI (calculé depuis le registre sans arrêté).
        var seuil = await BancCotation.MesurerAsync(logements, l =>
            RequetesAttribution.SeuilDuLogementAsync(db, l.CommuneCode, annee, CancellationToken.None)
        );
        Console.WriteLine($"  dont seuil du premier quartile : p50 {seuil.P50:0.00} ms, p95 {seuil.P95:0.00} ms");
        var demandes = await db.Demandes.CountAsync();
        Console.WriteLine(
            $"Candidats d'un logement ({logements.Count} logements, {demandes} demandes en base, "
                + $"{(double)trouves / (logements.Count + 10):0.0} candidats en moyenne) : "
                + $"p50 {candidats.P50:0.00} ms, "
                + $"p95 {candidats.P95:0.00} ms ; référence lecture par clé primaire p50 {cle.P50:0.00} ms, "
                + $"p95 {cle.P95:0.00} ms ; rapport p95 : {candidats.P95 / cle.P95:0.0} ×"
        );
        return 0;
    }

    private static async Task<List<Logement>> LogementsDuRepertoireAsync(PilotisDbContext db, int echantillons)
    {
        var ids = await db.Logements.AsNoTracking().OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        var alea = new Random(2026);
        var choisis = ids.OrderBy(_ => alea.Next()).Take(echantillons).ToList();
        return await db.Logements.AsNoTracking().Where(l => choisis.Contains(l.Id)).ToListAsync();
    }

    /// <summary>
    /// Sans répertoire (base nationale des demandes seule) : des logements imaginés là où des demandes actives tirées
    /// au hasard souhaitent habiter (leur premier choix, leur typologie principale, un financement au hasard) ;
    /// l'identifiant d'un logement imaginé est celui de sa demande, lu par clé pour la référence.
    /// </summary>
    private static async Task<List<Logement>> LogementsFictifsAsync(PilotisDbContext db, int echantillons)
    {
        var tires = await db
            .Database.SqlQuery<Tirage>(
                $"""
                SELECT "Id", "CommunePrincipaleCode" AS "Commune", "TypologiePrincipale" AS "Typologie"
                FROM "Demandes" TABLESAMPLE SYSTEM (2) REPEATABLE (2026)
                WHERE "Statut" = 0 AND "CommunePrincipaleCode" IS NOT NULL
                LIMIT {echantillons}
                """
            )
            .ToListAsync();
        var alea = new Random(2026);
        FinancementOrigine[] financements = [FinancementOrigine.Plai, FinancementOrigine.Plus, FinancementOrigine.Pls];
        return tires
            .Select(t =>
            {
                var typologie = (TypologieLogement)
                    Math.Clamp(System.Numerics.BitOperations.Log2((uint)t.Typologie) + 1, 1, 6);
                return new Logement
                {
                    Id = (int)Math.Min(t.Id, int.MaxValue),
                    IdentifiantRpls = $"F{t.Id}",
                    CommuneCode = t.Commune,
                    Adresse = "",
                    Typologie = typologie,
                    Surface = 20m + (15m * (int)typologie),
                    Financement = financements[alea.Next(financements.Length)],
                };
            })
            .ToList();
    }

    private sealed record Tirage(long Id, string Commune, int Typologie);
}
