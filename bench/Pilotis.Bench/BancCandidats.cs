using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Data.Base;

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
        var ids = await db.Logements.AsNoTracking().OrderBy(l => l.Id).Select(l => l.Id).ToListAsync();
        if (ids.Count == 0)
        {
            Console.WriteLine("Aucun logement dans le répertoire : rien à mesurer.");
            return 1;
        }
        var alea = new Random(2026);
        var choisis = ids.OrderBy(_ => alea.Next()).Take(echantillons).ToList();
        var logements = await db.Logements.AsNoTracking().Where(l => choisis.Contains(l.Id)).ToListAsync();
        var annee = DateTime.UtcNow.Year;
        var trouves = 0;
        var candidats = await BancCotation.MesurerAsync(logements, async l =>
        {
            var liste = await RequetesAttribution.CandidatsAsync(db, l, annee, 30);
            trouves += liste.Count;
            return liste.Count;
        });
        var cle = await BancCotation.MesurerAsync(logements, l =>
            db.Logements.AsNoTracking().FirstAsync(x => x.Id == l.Id)
        );
        // Décomposition : la part du seuil du premier quartile de l'EPCI (calculé depuis le registre sans arrêté).
        var seuil = await BancCotation.MesurerAsync(
            logements,
            l => RequetesAttribution.SeuilDuLogementAsync(db, l.CommuneCode, annee, CancellationToken.None)
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
}
