using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Données de démonstration de l'attribution dans le Gard, toutes fictives : baux signés sur l'année en cours et la
/// précédente (bailleurs de démonstration, communes du Gard pondérées par leur population, QPV d'après l'attribut des
/// communes), objectifs de CIA, étapes de la réforme de Nîmes Métropole et d'Alès Agglomération, points d'accueil,
/// besoins de Nîmes pour la CIL et une réunion de la CIL. Nîmes Métropole est volontairement en retard sur l'objectif
/// hors QPV au premier quartile : le tableau des objectifs montre son alerte. Ne sème rien deux fois.
/// </summary>
public sealed class SemisObjectifsAttribution(PilotisDbContext db)
{
    public const string PrefixeNumero = "DEMO-";
    public const int BauxParAn = 420;

    private const string Nimes = SemisCotation.NimesMetropole;
    private const string Ales = SemisCotation.AlesAgglo;
    private const string Fictif = " (donnée fictive de démonstration)";

    /// <summary>Communes du Gard ayant au moins un QPV, si l'attribut des communes n'est pas renseigné.</summary>
    private static readonly string[] CommunesQpvGard =
    [
        "30189",
        "30007",
        "30028",
        "30032",
        "30258",
        "30341",
        "30202",
        "30132",
    ];

    public async Task<int> ExecuterAsync(DateTimeOffset maintenant, CancellationToken ct = default)
    {
        if (await db.BauxSignes.AnyAsync(b => b.NumeroAttribution.StartsWith(PrefixeNumero), ct))
            return 0;
        var aujourdhui = Domain.Commun.Francais.JourAParis(maintenant);
        var bailleurs = await db
            .Organisations.Where(o => o.Siren == "900000019" || o.Siren == "900000027" || o.Siren == "900000035")
            .OrderBy(o => o.Siren)
            .Select(o => o.Id)
            .ToListAsync(ct);
        var communes = await db
            .Communes.AsNoTracking()
            .Where(c => c.DepartementCode == "30" && c.Type == TypeCommune.Actuelle && c.EpciSiren != null)
            .Select(c => new
            {
                c.Code,
                c.EpciSiren,
                c.Population,
            })
            .ToListAsync(ct);
        if (bailleurs.Count == 0 || communes.Count == 0)
            return 0;
        var qpv = await CommunesQpvAsync(ct);
        var poids = communes.Select(c => (c.Code, c.EpciSiren!, Poids: Math.Max(1, c.Population ?? 1))).ToList();
        var hasard = new Random(3012);
        var baux = 0;
        foreach (var annee in new[] { aujourdhui.Year - 1, aujourdhui.Year })
        {
            var fin = annee == aujourdhui.Year ? aujourdhui : new DateOnly(annee, 12, 31);
            for (var i = 0; i < BauxParAn; i++)
            {
                var (code, epci, _) = Tirer(poids, hasard);
                db.BauxSignes.Add(Bail(annee, i, code, epci, qpv.Contains(code), fin, bailleurs, hasard, maintenant));
                baux++;
            }
        }
        var membresNimes = communes
            .Where(c => c.EpciSiren == Nimes)
            .OrderByDescending(c => c.Population)
            .Take(6)
            .Select(c => c.Code)
            .ToList();
        SemerReforme(aujourdhui, maintenant, membresNimes);
        // Un semis massif : une entrée de synthèse au journal plutôt qu'une par bail.
        db.JournalDetailleSuspendu = true;
        db.Journaliser("Semis de démonstration de l'attribution", nameof(BailSigne), null, new { baux });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.JournalDetailleSuspendu = false;
        }
        return baux;
    }

    private async Task<HashSet<string>> CommunesQpvAsync(CancellationToken ct)
    {
        var renseignees = await db
            .AttributsCommunes.AsNoTracking()
            .Where(a => a.Nature == NatureAttribut.Qpv && a.Valeur == "oui" && a.CommuneCode.StartsWith("30"))
            .Select(a => a.CommuneCode)
            .ToListAsync(ct);
        return renseignees.Count > 0 ? [.. renseignees] : [.. CommunesQpvGard];
    }

    private static (string Code, string Epci, int Poids) Tirer(List<(string, string, int)> communes, Random hasard)
    {
        var total = communes.Sum(c => (long)c.Item3);
        var tirage = hasard.NextInt64(total);
        foreach (var c in communes)
        {
            tirage -= c.Item3;
            if (tirage < 0)
                return c;
        }
        return communes[^1];
    }

    /// <summary>
    /// Un bail fictif. Dans Nîmes Métropole, peu de ménages du premier quartile hors QPV (l'alerte de la
    /// démonstration) ; ailleurs, un peu plus que l'objectif de 25 %.
    /// </summary>
    private static BailSigne Bail(
        int annee,
        int rang,
        string commune,
        string epci,
        bool communeQpv,
        DateOnly fin,
        List<int> bailleurs,
        Random hasard,
        DateTimeOffset maintenant
    )
    {
        var enQpv = communeQpv && hasard.NextDouble() < 0.4;
        var partPremier =
            enQpv ? 0.35
            : epci == Nimes ? 0.10
            : 0.30;
        var premier = hasard.NextDouble() < partPremier;
        var tirageContingent = hasard.NextDouble();
        var contingent = tirageContingent switch
        {
            < 0.22 => Contingent.Prefet,
            < 0.42 => Contingent.ActionLogement,
            < 0.60 => Contingent.Collectivite,
            _ => Contingent.Bailleur,
        };
        var prioritaire = contingent == Contingent.Prefet ? hasard.NextDouble() < 0.9 : hasard.NextDouble() < 0.3;
        var jours = fin.DayNumber - new DateOnly(annee, 1, 1).DayNumber;
        return new BailSigne
        {
            NumeroAttribution = $"{PrefixeNumero}{annee}-{rang + 1:D5}",
            BailleurId = bailleurs[rang % bailleurs.Count],
            CommuneCode = commune,
            LogementEnQpv = enQpv,
            Contingent = contingent,
            DateSignatureBail = new DateOnly(annee, 1, 1).AddDays(hasard.Next(jours + 1)),
            // Ressources par UC très basses (premier quartile quel que soit le seuil calculé) ou au-dessus.
            RessourcesAnnuellesParUc = premier
                ? Math.Round(1500m + (decimal)hasard.NextDouble() * 2500m, 2)
                : Math.Round(14000m + (decimal)hasard.NextDouble() * 9000m, 2),
            Dalo = prioritaire && hasard.NextDouble() < 0.3,
            Prioritaire = prioritaire,
            RelogementRenouvellementUrbain = !enQpv && hasard.NextDouble() < 0.02,
            ModifieLe = maintenant,
        };
    }

    private void SemerReforme(DateOnly aujourdhui, DateTimeOffset maintenant, List<string> membresNimes)
    {
        var annee = aujourdhui.Year;
        db.ObjectifsCia.AddRange(
            Cia(Ales, annee, 0.40m, "CIA d'Alès Agglomération, avenant de l'année", maintenant),
            Cia(Ales, annee - 1, 0.40m, "CIA d'Alès Agglomération, délibération du conseil communautaire", maintenant),
            Cia(Nimes, annee - 1, 0.45m, "CIA de Nîmes Métropole, avenant n° 2", maintenant)
        );
        db.EtapesReformeEpci.AddRange(
            Etape(Nimes, TypeEtapeReforme.InstallationCil, new(2016, 3, 15), "Arrêté préfectoral n° 30-2016-03-15-001"),
            Etape(Nimes, TypeEtapeReforme.SignatureCia, new(2019, 7, 1), "Délibération n° 2019-07-112"),
            Etape(Nimes, TypeEtapeReforme.AdoptionPpgdid, new(2021, 12, 10), "Délibération n° 2021-12-204"),
            Etape(Ales, TypeEtapeReforme.InstallationCil, new(2017, 6, 20), "Arrêté préfectoral n° 30-2017-06-20-004"),
            Etape(Ales, TypeEtapeReforme.AdoptionPpgdid, new(2022, 3, 1), "Délibération n° 2022-03-045")
        );
        foreach (var e in db.ChangeTracker.Entries<EtapeReformeEpci>())
            e.Entity.ModifieLe = maintenant;
        db.PointsAccueil.AddRange(
            Point(Nimes, "Maison de l'habitat de Nîmes Métropole", "3 rue du Colisée", "30189", maintenant),
            Point(Nimes, "Point logement de Saint-Gilles", "Place de la mairie", "30258", maintenant),
            Point(Ales, "Guichet logement d'Alès Agglomération", "2 rue Michelet", "30007", maintenant)
        );
        var reunion = new DateOnly(annee, 1, 1).AddDays(Math.Min(60, aujourdhui.DayOfYear - 1));
        db.ReunionsCil.Add(
            new ReunionCil
            {
                EpciSiren = Nimes,
                Date = reunion,
                CommunesRepresentees = membresNimes,
                ModifieLe = maintenant,
            }
        );
        SemerBesoinsNimes(reunion, maintenant);
    }

    private void SemerBesoinsNimes(DateOnly date, DateTimeOffset maintenant)
    {
        var commune = db.Organisations.Local.FirstOrDefault(o => o.Siren == "213001894")
            ?? db.Organisations.FirstOrDefault(o => o.Siren == "213001894");
        if (commune is null)
            return;
        (string Typologie, string Public, int Nombre, string Commentaire)[] besoins =
        [
            ("T1-T2", "Jeunes actifs et étudiants", 40, "Près des lignes de tram"),
            ("T2-T3", "Personnes âgées autonomes", 25, "Rez-de-chaussée ou ascenseur"),
            ("T4-T5", "Familles nombreuses", 15, "Hors quartiers prioritaires, mixité sociale"),
        ];
        foreach (var (typologie, pub, nombre, commentaire) in besoins)
        {
            db.BesoinsCil.Add(
                new BesoinCil
                {
                    CommuneCode = "30189",
                    EpciSiren = Nimes,
                    Date = date,
                    Typologie = typologie,
                    Public = pub,
                    NombreLogements = nombre,
                    Commentaire = commentaire + Fictif,
                    OrganisationId = commune.Id,
                    ModifieLe = maintenant,
                }
            );
        }
    }

    private static ObjectifCia Cia(string epci, int annee, decimal part, string source, DateTimeOffset quand) =>
        new()
        {
            EpciSiren = epci,
            Annee = annee,
            PartEnQpv = part,
            Source = source + Fictif,
            ModifieLe = quand,
        };

    private static EtapeReformeEpci Etape(string epci, TypeEtapeReforme type, DateOnly date, string acte) =>
        new()
        {
            EpciSiren = epci,
            Etape = type,
            Date = date,
            ReferenceActe = acte + " (fictif)",
            Commentaire = "Donnée fictive de démonstration.",
        };

    private static PointAccueil Point(string epci, string nom, string adresse, string commune, DateTimeOffset quand) =>
        new()
        {
            EpciSiren = epci,
            Nom = nom + " (fictif)",
            Adresse = adresse,
            CommuneCode = commune,
            ModifieLe = quand,
        };
}
