using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Foncier;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Observatoire et outils fonciers de démonstration (fictifs) pour Nîmes Métropole et Alès Agglomération : une
/// trentaine de sites, dont certains liés aux opérations de démonstration, les paramètres de capacité (à confirmer),
/// les outils fonciers d'Alès et de Nîmes, et une convention de portage de l'EPF qui finit dans les 12 mois sans
/// opération (alerte). Après <see cref="SemisProduction"/>, dont il lit les opérations.
/// </summary>
public sealed class SemisFoncier(PilotisDbContext db)
{
    public const string NimesMetropole = "243000643";
    public const string AlesAgglo = "200066918";
    private const string Source = "Valeurs de démonstration (fictives), à confirmer par le PLH de l'EPCI";

    /// <summary>Communes des sites (code, longitude, latitude approximatives du centre).</summary>
    private static readonly (string Code, decimal Lon, decimal Lat)[] Communes =
    [
        ("30189", 4.3601m, 43.8367m),
        ("30258", 4.4317m, 43.6786m),
        ("30156", 4.4431m, 43.8600m),
        ("30155", 4.4725m, 43.8183m),
        ("30169", 4.3103m, 43.7892m),
        ("30047", 4.4289m, 43.8006m),
        ("30125", 4.4278m, 43.7650m),
        ("30075", 4.2647m, 43.8250m),
        ("30007", 4.0813m, 44.1249m),
        ("30243", 4.0775m, 44.0839m),
        ("30294", 4.1289m, 44.1447m),
        ("30284", 4.0889m, 44.1636m),
        ("30132", 4.0283m, 44.2117m),
        ("30259", 4.1250m, 44.0800m),
        ("30305", 4.1611m, 44.1722m),
    ];

    private static readonly string[] Noms =
    [
        "Friche ferroviaire",
        "Îlot de l'ancienne poste",
        "Dent creuse du centre",
        "Terrain de l'ancienne gendarmerie",
        "Entrée de ville est",
        "Parking à requalifier",
        "Ancien garage",
        "Délaissé de voirie",
        "Secteur de la cave coopérative",
        "Ancienne école",
    ];

    public async Task<int> ExecuterAsync(DateTimeOffset maintenant, CancellationToken ct = default)
    {
        if (await db.SitesFonciers.AnyAsync(ct))
            return 0;
        var codes = Communes.Select(c => c.Code).ToList();
        var lieux = await RequetesFoncier.LieuxAsync(db, codes, ct);
        if (lieux.Count < Communes.Length)
            return 0;
        var epf = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Demonstration && o.Type == TypeOrganisation.OperateurFoncier)
            .Select(o => (int?)o.Id)
            .FirstOrDefaultAsync(ct);
        var aujourdhui = Francais.JourAParis(maintenant);
        var parametres = Parametres();
        db.JournalDetailleSuspendu = true;
        try
        {
            db.ParametresCapacite.AddRange(parametres);
            var sites = Sites(lieux, epf, parametres, aujourdhui, maintenant);
            await LierOperationsAsync(sites, aujourdhui, ct);
            db.SitesFonciers.AddRange(sites);
            await db.SaveChangesAsync(ct);
            db.OutilsFonciers.AddRange(Outils(lieux, sites, epf, aujourdhui, maintenant));
            db.Journaliser("Semis", nameof(SiteFoncier), null, $"{sites.Count} sites fonciers de démonstration semés");
            await db.SaveChangesAsync(ct);
            return sites.Count;
        }
        finally
        {
            db.JournalDetailleSuspendu = false;
        }
    }

    private static List<ParametreCapacite> Parametres()
    {
        var depuis = new DateOnly(2024, 1, 1);
        ParametreCapacite P(string epci, ZonePlu zone, decimal densite, decimal part) =>
            new()
            {
                EpciSiren = epci,
                Zone = zone,
                DensiteLogementsHectare = densite,
                PartLls = part,
                ValideDepuis = depuis,
                Source = Source,
                Demonstration = true,
            };
        return
        [
            P(NimesMetropole, ZonePlu.U, 60m, 0.30m),
            P(NimesMetropole, ZonePlu.AU, 35m, 0.25m),
            P(NimesMetropole, ZonePlu.A, 0m, 0m),
            P(NimesMetropole, ZonePlu.N, 0m, 0m),
            P(AlesAgglo, ZonePlu.U, 45m, 0.25m),
            P(AlesAgglo, ZonePlu.AU, 30m, 0.20m),
            P(AlesAgglo, ZonePlu.A, 0m, 0m),
            P(AlesAgglo, ZonePlu.N, 0m, 0m),
        ];
    }

    private static List<SiteFoncier> Sites(
        Dictionary<string, LieuCommune> lieux,
        int? epf,
        List<ParametreCapacite> parametres,
        DateOnly aujourdhui,
        DateTimeOffset maintenant
    )
    {
        var alea = new Random(3030);
        var sites = new List<SiteFoncier>();
        StatutSite[] statuts = [StatutSite.Identifie, StatutSite.Identifie, StatutSite.EnEtude, StatutSite.AcquisPorte];
        for (var i = 0; i < 30; i++)
        {
            var (code, lon, lat) = Communes[i < 17 ? i % 8 : 8 + ((i - 17) % 7)];
            var lieu = lieux[code];
            var prefixe = lieu.EpciSiren == NimesMetropole ? "NIM" : "ALE";
            var numero = sites.Count(s => s.EpciSiren == lieu.EpciSiren) + 1;
            var zone =
                i % 6 == 5 ? ZonePlu.AU
                : i % 13 == 12 ? ZonePlu.N
                : ZonePlu.U;
            var statut = statuts[i % statuts.Length];
            var porte = statut == StatutSite.AcquisPorte && epf is not null;
            var section = $"{(char)('A' + alea.Next(0, 20))}{(char)('A' + alea.Next(0, 26))}";
            var site = new SiteFoncier
            {
                Identifiant = $"{prefixe}-{numero:000}",
                Nom = $"{Noms[i % Noms.Length]} (fictif)",
                CommuneCode = code,
                EpciSiren = lieu.EpciSiren,
                DepartementCode = lieu.DepartementCode,
                RegionCode = lieu.RegionCode,
                Parcelles = $"{code}000{section}{alea.Next(1, 900):0000},{code}000{section}{alea.Next(900, 1800):0000}",
                SurfaceM2 = alea.Next(15, 300) * 100,
                Zone = zone,
                Proprietaire =
                    porte ? TypeProprietaire.Epf
                    : i % 3 == 0 ? TypeProprietaire.Prive
                    : TypeProprietaire.Public,
                PorteurId = porte ? epf : null,
                Contraintes = (ContraintesSite)(
                    i % 4 == 1 ? 1
                    : i % 5 == 2 ? 2
                    : i % 7 == 3 ? 4
                    : 0
                ),
                Statut = statut,
                DateStatut = aujourdhui.AddDays(-alea.Next(30, 700)),
                Observations = "Site fictif de démonstration.",
                Demonstration = true,
                CreeLe = maintenant,
                ModifieLe = maintenant,
            };
            // Quelques sites sans coordonnées (absents de la carte), quelques-uns avec un contour GeoJSON.
            if (i % 10 != 9)
            {
                site.Longitude = decimal.Round(lon + (alea.Next(-150, 150) / 10000m), 5);
                site.Latitude = decimal.Round(lat + (alea.Next(-150, 150) / 10000m), 5);
            }
            if (i % 5 == 0 && site.Longitude is decimal x && site.Latitude is decimal y)
                site.Geometrie = Carre(x, y);
            site.CapaciteEstimee = CapaciteFonciere.Estimer(site, parametres, aujourdhui);
            sites.Add(site);
        }
        return sites;
    }

    private static string Carre(decimal lon, decimal lat)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        string P(decimal x, decimal y) => $"[{x.ToString(c)},{y.ToString(c)}]";
        const decimal d = 0.0008m;
        var sommets = new[] { P(lon - d, lat - d), P(lon + d, lat - d), P(lon + d, lat + d), P(lon - d, lat + d) };
        return "{\"type\":\"Polygon\",\"coordinates\":[[" + string.Join(",", sommets) + "," + sommets[0] + "]]}";
    }

    /// <summary>
    /// Deux sites par EPCI deviennent « en opération » sur une opération de démonstration de leur commune, et un
    /// « construit » quand une opération livrée s'y trouve.
    /// </summary>
    private async Task LierOperationsAsync(List<SiteFoncier> sites, DateOnly aujourdhui, CancellationToken ct)
    {
        var codes = sites.Select(s => s.CommuneCode).Distinct().ToList();
        var operations = await db
            .Operations.AsNoTracking()
            .Where(o => codes.Contains(o.CommuneCode))
            .OrderBy(o => o.Id)
            .Select(o => new
            {
                o.Id,
                o.CommuneCode,
                Livree = o.DateLivraison != null || o.DateMiseEnService != null,
            })
            .ToListAsync(ct);
        var prises = new HashSet<int>();
        foreach (var epci in new[] { NimesMetropole, AlesAgglo })
        {
            // La ville-centre d'abord : c'est là que les opérations de démonstration sont les plus nombreuses.
            var centre = epci == NimesMetropole ? "30189" : "30007";
            var candidats = sites
                .Where(s => s.EpciSiren == epci && s.Statut is StatutSite.Identifie or StatutSite.EnEtude)
                .OrderBy(s => s.CommuneCode == centre ? 0 : 1)
                // Le premier site de la ville-centre reste identifié : la démonstration d'« engager une opération ».
                .Skip(1)
                .ToList();
            var liees = 0;
            foreach (var site in candidats)
            {
                var op = operations.FirstOrDefault(o => o.CommuneCode == site.CommuneCode && !prises.Contains(o.Id));
                if (op is null || liees >= 3)
                    continue;
                prises.Add(op.Id);
                site.OperationId = op.Id;
                site.Statut = liees == 2 && op.Livree ? StatutSite.Construit : StatutSite.EnOperation;
                site.DateStatut = aujourdhui.AddDays(-60 * (liees + 1));
                liees++;
            }
        }
    }

    private static List<OutilFoncier> Outils(
        Dictionary<string, LieuCommune> lieux,
        List<SiteFoncier> sites,
        int? epf,
        DateOnly aujourdhui,
        DateTimeOffset maintenant
    )
    {
        OutilFoncier O(TypeOutilFoncier type, string code, string nom) =>
            new()
            {
                Type = type,
                Nom = nom + " (fictif)",
                CommuneCode = code,
                EpciSiren = lieux[code].EpciSiren,
                DepartementCode = lieux[code].DepartementCode,
                RegionCode = lieux[code].RegionCode,
                Demonstration = true,
                CreeLe = maintenant,
                ModifieLe = maintenant,
                Observations = "Outil fictif de démonstration.",
            };
        var outils = new List<OutilFoncier>();
        foreach (var (code, ville) in new[] { ("30007", "d'Alès"), ("30189", "de Nîmes") })
        {
            var zad = O(TypeOutilFoncier.Zad, code, $"ZAD des faubourgs {ville}");
            (zad.DateDebut, zad.DateFin, zad.Perimetre) = (
                aujourdhui.AddYears(-2),
                aujourdhui.AddYears(4),
                "Faubourgs sud, sections BK à BM"
            );
            var dpu = O(TypeOutilFoncier.Dpu, code, $"DPU renforcé {ville}");
            (dpu.DateDebut, dpu.Perimetre) = (new DateOnly(2019, 3, 1), "Zones U et AU du PLU");
            var sms = O(TypeOutilFoncier.Sms, code, $"Servitude de mixité sociale {ville}");
            (sms.DateDebut, sms.Zone, sms.PartLls) = (new DateOnly(2021, 6, 15), "UA, UB", 0.30m);
            var oap = O(TypeOutilFoncier.Oap, code, $"OAP du quartier de la gare {ville}");
            (oap.DateDebut, oap.PartLls, oap.Perimetre) = (new DateOnly(2022, 1, 10), 0.35m, "Quartier de la gare");
            var er = O(TypeOutilFoncier.EmplacementReserve, code, $"Emplacement réservé logement n° 4 {ville}");
            (er.DateDebut, er.PartLls, er.Perimetre) = (new DateOnly(2021, 6, 15), 1m, "Parcelle en centre ancien");
            outils.AddRange([zad, dpu, sms, oap, er]);
        }
        if (epf is null)
            return outils;
        // Une convention qui finit dans sept mois sur un site sans opération : l'alerte de la démonstration.
        var sansOperation = sites.First(s => s.EpciSiren == AlesAgglo && s.Statut == StatutSite.AcquisPorte);
        var alerte = O(
            TypeOutilFoncier.ConventionPortage,
            sansOperation.CommuneCode,
            "Convention de portage EPF n° 12"
        );
        (alerte.SiteId, alerte.PorteurId, alerte.Montant, alerte.DecoteFonciere) = (
            sansOperation.Id,
            epf,
            640_000m,
            90_000m
        );
        (alerte.DateDebut, alerte.DateFin, alerte.DateCessionPrevue) = (
            aujourdhui.AddYears(-4),
            aujourdhui.AddMonths(7),
            aujourdhui.AddMonths(7)
        );
        var longue = sites.First(s => s.EpciSiren == NimesMetropole && s.Statut == StatutSite.AcquisPorte);
        var sereine = O(TypeOutilFoncier.ConventionPortage, longue.CommuneCode, "Convention de portage EPF n° 7");
        (sereine.SiteId, sereine.PorteurId, sereine.Montant, sereine.DecoteFonciere) = (
            longue.Id,
            epf,
            1_250_000m,
            150_000m
        );
        (sereine.DateDebut, sereine.DateFin, sereine.DateCessionPrevue) = (
            aujourdhui.AddYears(-1),
            aujourdhui.AddYears(3),
            aujourdhui.AddYears(3)
        );
        outils.AddRange([alerte, sereine]);
        return outils;
    }
}
