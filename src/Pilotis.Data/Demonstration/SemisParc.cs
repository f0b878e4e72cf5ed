using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Pilotis.Data.Attribution;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Le parc de démonstration du Gard : ≈ 3 000 logements fictifs (identifiants « FICT… », adresses inventées) des trois
/// bailleurs de démonstration, sur les communes réelles pondérées par leur population (<see cref="GenerateurParc"/>,
/// graine fixe), écrits par l'écrivain de l'import (<see cref="EcritureMasseLogements"/>). Un logement n'est en QPV
/// que dans une commune dont l'attribut « qpv » dit qu'elle en a un ; quelques logements portent une réservation
/// restée en stock (défense, CCH L441-1). Ne sème rien si des logements existent déjà.
/// </summary>
public sealed class SemisParc(PilotisDbContext db)
{
    public const int Nombre = 3_000;
    public const int Graine = 1230;
    private const string Departement = "30";

    /// <summary>
    /// Communes du Gard comptant au moins un quartier prioritaire (décret n° 2023-1314 du 28 décembre 2023) : semées en
    /// attribut « qpv » quand le référentiel n'en a pas encore pour le département.
    /// </summary>
    private static readonly string[] CommunesQpvGard =
    [
        "30189", // Nîmes
        "30007", // Alès
        "30028", // Bagnols-sur-Cèze
        "30032", // Beaucaire
        "30258", // Saint-Gilles
        "30341", // Vauvert
        "30202", // Pont-Saint-Esprit
        "30132", // La Grand-Combe
    ];

    /// <summary>Le semis au premier démarrage, avec sa ligne de journal d'application (nombre et durée).</summary>
    public static async Task ExecuterEtJournaliserAsync(
        PilotisDbContext db,
        DateTimeOffset maintenant,
        Microsoft.Extensions.Logging.ILogger journal,
        CancellationToken ct
    )
    {
        var chrono = System.Diagnostics.Stopwatch.StartNew();
        var parc = await new SemisParc(db).ExecuterAsync(maintenant, ct);
        if (parc > 0)
            journal.LogInformation(
                "Parc de démonstration semé : {Logements} logements en {Duree} ms",
                parc,
                chrono.ElapsedMilliseconds
            );
    }

    public async Task<long> ExecuterAsync(DateTimeOffset maintenant, CancellationToken ct = default)
    {
        if (await db.Logements.AnyAsync(ct))
            return 0;
        var communes = await GenerateurDemandes.CommunesAsync(db, Departement, ct);
        var bailleurs = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Demonstration && o.Type == TypeOrganisation.Bailleur && o.DepartementCode == Departement)
            .OrderBy(o => o.Siren)
            .Select(o => o.Id)
            .ToListAsync(ct);
        if (communes.Count == 0 || bailleurs.Count == 0)
            return 0;
        var qpv = await CommunesQpvAsync(ct);
        // Garrigues Habitat (OPH) porte la moitié du parc, Cévennes Logis 30 %, Toits du Rhône le reste.
        int[] poids = [50, 30, 20];
        var parts = bailleurs.Select((id, i) => (id, i < poids.Length ? poids[i] : 10)).ToList();
        var logements = new GenerateurParc(Graine)
            .Generer(communes, Nombre, _ => parts, qpv.Contains, "FICT30", Francais.JourAParis(maintenant).Year)
            .Select((l, i) => new LogementLu(i + 2, l));
        var resultat = await new EcritureMasseLogements(db, maintenant).EcrireAsync(
            logements,
            PerimetreImportLogements.Tout,
            "Semis du parc de démonstration",
            "données fictives",
            ct
        );
        await ReserverEnStockAsync(ct);
        return resultat.Ajoutes;
    }

    /// <summary>Les communes du département dont l'attribut « qpv » vaut « oui » (semé s'il n'y en a aucun).</summary>
    private async Task<HashSet<string>> CommunesQpvAsync(CancellationToken ct)
    {
        var codesGard = db
            .Communes.Where(c => c.DepartementCode == Departement && c.Type == TypeCommune.Actuelle)
            .Select(c => c.Code);
        var attributs = await db
            .AttributsCommunes.AsNoTracking()
            .Where(a => a.Nature == NatureAttribut.Qpv && codesGard.Contains(a.CommuneCode))
            .ToListAsync(ct);
        if (attributs.Count == 0)
        {
            var presentes = await codesGard.Where(c => CommunesQpvGard.Contains(c)).ToListAsync(ct);
            foreach (var code in presentes)
            {
                db.AttributsCommunes.Add(
                    new AttributCommune
                    {
                        CommuneCode = code,
                        Nature = NatureAttribut.Qpv,
                        Valeur = "oui",
                        ValideDepuis = new DateOnly(2024, 1, 1),
                        Source =
                            "Décret n° 2023-1314 du 28 décembre 2023 (liste des QPV), repris pour la démonstration",
                    }
                );
            }
            await db.SaveChangesAsync(ct);
            return presentes.ToHashSet(StringComparer.Ordinal);
        }
        // La valeur en vigueur : la plus récente de chaque commune.
        return attributs
            .GroupBy(a => a.CommuneCode)
            .Where(g => g.OrderByDescending(a => a.ValideDepuis).First().Valeur == "oui")
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Un logement sur 150 réservé aux personnels de la défense (réservation restée en stock, CCH L441-1),
    /// titulaire : le réservataire préfectoral de démonstration.</summary>
    private async Task ReserverEnStockAsync(CancellationToken ct)
    {
        var reservataire = await db
            .Organisations.Where(o =>
                o.Demonstration && o.Type == TypeOrganisation.Reservataire && o.DepartementCode == Departement
            )
            .OrderByDescending(o => o.Nom.StartsWith("DDETS"))
            .ThenBy(o => o.Id)
            .Select(o => (int?)o.Id)
            .FirstOrDefaultAsync(ct);
        if (reservataire is null)
            return;
        await db
            .Logements.Where(l => l.Id % 150 == 7 && l.Occupation != EtatOccupation.HorsLocation)
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(l => l.ReservationNonConvertie, ReservationNonConvertie.DefenseSecuriteInterieure)
                        .SetProperty(l => l.ReservataireStockId, reservataire),
                ct
            );
    }
}
