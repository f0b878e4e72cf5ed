using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Sru;

namespace Pilotis.Bench;

/// <summary>
/// Le simulateur des réformes SRU (<see cref="SimulateurScenariosSru.Comparer"/>, 4 scénarios) sur toutes les communes
/// de France, en mémoire, rapporté à une référence mesurée dans le même passage : un seul
/// <see cref="CalculSru.Calculer"/> (loi actuelle) par commune sur les mêmes lignes. Temps d'horloge et octets alloués
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), médianes sur N passages après échauffement.
/// </summary>
public static class BancSimulateurSru
{
    private static readonly CultureInfo Fr = Francais.Culture;

    public static int Executer(string[] args)
    {
        var repetitions = Lire(args, "--repetitions", 15);
        var echauffement = Lire(args, "--echauffement", 3);
        var dossier = SourceReferentiel.Localiser(null, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        var chrono = Stopwatch.StartNew();
        var communes = GenerateurCommunesSru.Generer(dossier);
        var generation = chrono.Elapsed.TotalMilliseconds;
        // Le banc mesure le simulateur sur les règles de la dernière ligne connue.
        var parametres = ParametresSru.Connus[^1];

        // La référence reçoit la médiane déjà calculée (le simulateur la calcule lui-même : c'est compté chez lui).
        var mediane = MedianePrelevables(communes, parametres);
        var donnees = communes.Select(c => c.Donnees with { PotentielFiscalMedian = mediane }).ToArray();

        var mesures = new (string Nom, Func<decimal> Action)[]
        {
            ("reference", () => PassageSimple(donnees, parametres)),
            ("loi-actuelle", () => Simuler(communes, parametres, [ScenarioSru.LoiActuelle])),
            ("cible-unique", () => Simuler(communes, parametres, [ScenarioSru.CibleUnique20])),
            ("mutualisation", () => Simuler(communes, parametres, [ScenarioSru.MutualisationEpci])),
            ("depenses-annee", () => Simuler(communes, parametres, [ScenarioSru.DepensesAnneeCourante])),
            ("4-scenarios", () => Simuler(communes, parametres, OptionsScenariosSru.TousLesScenarios)),
        };
        var (temps, octets, controles) = Mesurer(mesures, echauffement, repetitions);

        var n = communes.Length;
        var tRef = Mediane(temps["reference"]);
        var oRef = Mediane(octets["reference"]);
        var enEpci = communes.Count(c => c.EpciSiren is not null);
        var deficitaires = communes.Count(c =>
            CalculSru.LogementsManquants(
                c.Donnees.ResidencesPrincipales,
                c.Donnees.LogementsSociaux.Total(parametres.PlacesFoyerParLogement),
                c.Donnees.TauxCible
            ) > 0
        );
        Console.WriteLine(
            $"Simulateur SRU, {n.ToString("N0", Fr)} communes générées sur le référentiel réel × 4 scénarios "
                + $"(Release, en mémoire, médianes sur {repetitions} passages après {echauffement} d'échauffement)"
        );
        Console.WriteLine(
            $"  génération (lecture JSON comprise) : {generation:0} ms ; "
                + $"{enEpci.ToString("N0", Fr)} communes en EPCI ; "
                + $"{deficitaires.ToString("N0", Fr)} déficitaires sous la loi actuelle ; "
                + $"médiane du potentiel fiscal {mediane?.ToString("N2", Fr)} €"
        );
        Console.WriteLine(
            $"  {"mesure", -48} {"temps", 10} {"× réf.", 8} {"alloué", 12} "
                + $"{"× réf.", 8} {"ns/commune", 11} {"o/commune", 10}"
        );
        AfficherLignes(mesures, temps, octets, tRef, oRef, n);
        var t4 = Mediane(temps["4-scenarios"]);
        Console.WriteLine($"  4 scénarios par rapport à 4 passages simples : {t4 / (4 * tRef):0.00}× le temps");
        Console.WriteLine(
            $"  contrôle (déterminisme) : prélèvement net loi actuelle "
                + $"{controles["loi-actuelle"].ToString("N0", Fr)} € "
                + $"= référence {controles["reference"].ToString("N0", Fr)} € ; "
                + $"4 scénarios {controles["4-scenarios"].ToString("N0", Fr)} €"
        );
        return controles["loi-actuelle"] == controles["reference"] ? 0 : 3;
    }

    /// <summary>
    /// Exécute chaque mesure à chaque passage (ordre tournant) et garde, hors échauffement, son temps, ses octets
    /// alloués et sa valeur de contrôle.
    /// </summary>
    private static (
        Dictionary<string, List<double>> Temps,
        Dictionary<string, List<long>> Octets,
        Dictionary<string, decimal> Controles
    ) Mesurer((string Nom, Func<decimal> Action)[] mesures, int echauffement, int repetitions)
    {
        var temps = mesures.ToDictionary(m => m.Nom, _ => new List<double>());
        var octets = mesures.ToDictionary(m => m.Nom, _ => new List<long>());
        var controles = new Dictionary<string, decimal>();
        for (var passage = 0; passage < echauffement + repetitions; passage++)
        {
            // L'ordre tourne d'un passage à l'autre : ni la référence ni le simulateur ne profitent toujours d'un cache
            // chaud.
            for (var k = 0; k < mesures.Length; k++)
            {
                var (nom, action) = mesures[(k + passage) % mesures.Length];
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var avant = GC.GetAllocatedBytesForCurrentThread();
                var debut = Stopwatch.GetTimestamp();
                var controle = action();
                var duree = Stopwatch.GetElapsedTime(debut).TotalMilliseconds;
                var alloue = GC.GetAllocatedBytesForCurrentThread() - avant;
                if (passage < echauffement)
                    continue;
                temps[nom].Add(duree);
                octets[nom].Add(alloue);
                controles[nom] = controle;
            }
        }
        return (temps, octets, controles);
    }

    /// <summary>Affiche une ligne par mesure : médianes du temps et des octets, rapportées à la référence.</summary>
    private static void AfficherLignes(
        (string Nom, Func<decimal> Action)[] mesures,
        Dictionary<string, List<double>> temps,
        Dictionary<string, List<long>> octets,
        double tRef,
        long oRef,
        int n
    )
    {
        foreach (var (nom, _) in mesures)
        {
            var t = Mediane(temps[nom]);
            var o = Mediane(octets[nom]);
            var libelle = nom switch
            {
                "reference" => "référence : 1 CalculSru.Calculer par commune",
                "4-scenarios" => "Comparer, les 4 scénarios",
                _ => $"Comparer, {nom} seul",
            };
            Console.WriteLine(
                $"  {libelle, -48} {t, 7:0.0} ms {t / tRef, 7:0.00}× {o / 1024.0 / 1024.0, 8:0.0} Mio "
                    + $"{(double)o / oRef, 7:0.00}× {t * 1e6 / n, 10:0} {(double)o / n, 10:0}"
            );
        }
    }

    /// <summary>
    /// Référence : le calcul d'une commune (loi actuelle), une fois par ligne, résultats gardés dans un tableau comme
    /// une
    /// page les garde pour les afficher (le simulateur garde aussi les siens).
    /// </summary>
    private static decimal PassageSimple(DonneesCalculSru[] donnees, ParametresSru parametres)
    {
        var resultats = new ResultatCalculSru[donnees.Length];
        for (var i = 0; i < donnees.Length; i++)
            resultats[i] = CalculSru.Calculer(donnees[i], parametres);
        var total = 0m;
        foreach (ref readonly var r in resultats.AsSpan())
            total += r.PrelevementNet;
        return total;
    }

    private static decimal Simuler(
        CommuneSimulationSru[] communes,
        ParametresSru parametres,
        IReadOnlyList<ScenarioSru> scenarios
    )
    {
        var comparaison = SimulateurScenariosSru.Comparer(
            communes,
            parametres,
            new OptionsScenariosSru { Scenarios = scenarios }
        );
        var total = 0m;
        foreach (var s in comparaison.Scenarios)
            total += s.Total.PrelevementNet;
        return total;
    }

    private static decimal? MedianePrelevables(CommuneSimulationSru[] communes, ParametresSru parametres)
    {
        var valeurs = communes
            .Where(c =>
                CalculSru.LogementsManquants(
                    c.Donnees.ResidencesPrincipales,
                    c.Donnees.LogementsSociaux.Total(parametres.PlacesFoyerParLogement),
                    c.Donnees.TauxCible
                ) > 0
            )
            .Select(c => c.Donnees.PotentielFiscalParHabitant)
            .ToArray();
        return CalculSru.Mediane(valeurs);
    }

    private static int Lire(string[] args, string nom, int defaut)
    {
        var i = Array.IndexOf(args, nom);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : defaut;
    }

    private static double Mediane(List<double> valeurs)
    {
        var triees = valeurs.Order().ToList();
        return triees[triees.Count / 2];
    }

    private static long Mediane(List<long> valeurs)
    {
        var triees = valeurs.Order().ToList();
        return triees[triees.Count / 2];
    }
}

/// <summary>
/// Générateur déterministe des données SRU de toutes les communes réelles (référentiel INSEE,
/// @etalab/decoupage-administratif),
/// comme si toutes étaient soumises : c'est une charge, pas un inventaire. Chaque commune tire ses chiffres d'un aléa
/// germé par son code INSEE (le résultat ne dépend pas de l'ordre du fichier) :
/// résidences principales = population / taille des ménages (2,0 à 2,4) ; taux de logements sociaux qui croît avec le
/// logarithme de la population (médiane ≈ 2 % à 500 habitants, 9 % à 3 500, 15 % à 20 000, 20 % à 100 000, 28 % à un
/// million), dispersé par un facteur log-normal (σ = 0,6), plafonné à 60 %, nul pour un tiers des communes de moins de
/// 1 000 habitants ; ventilation PLAI 20 %, PLS 12 %, foyers 5 %, PSLA/BRS 3 %,
/// PLUS le reste ; cible 25 % (65 %) ou 20 % ; potentiel fiscal ≈ 1 000 €/hab. (log-normal) ; dépenses de
/// fonctionnement
/// 800 à 1 600 €/hab. ; dépenses déductibles en N−2 et en N pour 15 % des communes ; PLH pour 70 % des communes en EPCI
/// ;
/// carence (coefficient 1 à 5) pour 5 % des déficitaires ; DSU pour 5 % des plus de 10 000 habitants ; 3 % nouvellement
/// soumises.
/// </summary>
public static class GenerateurCommunesSru
{
    public static CommuneSimulationSru[] Generer(string dossierReferentiel)
    {
        var epciParCommune = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var flux = File.OpenRead(Path.Combine(dossierReferentiel, "epci.json")))
        using (var doc = JsonDocument.Parse(flux))
        {
            foreach (var epci in doc.RootElement.EnumerateArray())
            {
                var siren = epci.GetProperty("code").GetString()!;
                foreach (var membre in epci.GetProperty("membres").EnumerateArray())
                    epciParCommune[membre.GetProperty("code").GetString()!] = siren;
            }
        }
        var communes = new List<CommuneSimulationSru>(35_000);
        using (var flux = File.OpenRead(Path.Combine(dossierReferentiel, "communes.json")))
        using (var doc = JsonDocument.Parse(flux))
        {
            foreach (var c in doc.RootElement.EnumerateArray())
            {
                if (
                    c.GetProperty("type").GetString() != "commune-actuelle"
                    || !c.TryGetProperty("population", out var p)
                    || p.GetInt32() <= 0
                )
                    continue;
                var code = c.GetProperty("code").GetString()!;
                communes.Add(Commune(code, p.GetInt32(), epciParCommune.GetValueOrDefault(code)));
            }
        }
        return [.. communes];
    }

    private static CommuneSimulationSru Commune(string code, int population, string? epci)
    {
        // 2A/2B (Corse) : lettres remplacées, comme dans le semis du Gard.
        var alea = new Random(
            int.Parse(
                code.Replace("A", "0", StringComparison.Ordinal).Replace("B", "1", StringComparison.Ordinal),
                CultureInfo.InvariantCulture
            ) * 7919
        );
        var rp = Math.Max(1, (int)(population / (2.0 + alea.NextDouble() * 0.4)));
        var tauxMoyen = Math.Clamp(0.02 + 0.08 * Math.Log10(Math.Max(population, 1) / 500.0), 0.005, 0.32);
        var taux =
            population < 1_000 && alea.NextDouble() < 1 / 3.0
                ? 0
                : Math.Min(0.60, tauxMoyen * Math.Exp(Normale(alea) * 0.6));
        var lls = (int)(rp * taux);
        var plai = lls * 20 / 100;
        var pls = lls * 12 / 100;
        var foyerLogements = lls * 5 / 100;
        var psla = lls * 3 / 100;
        var inventaire = new InventaireLogementsSociaux
        {
            Plai = plai,
            Pls = pls,
            PlacesFoyer = foyerLogements * 3,
            PslaBrs = psla,
            Plus = lls - plai - pls - foyerLogements - psla,
        };
        var tauxCible = alea.NextDouble() < 0.65 ? 0.25m : 0.20m;
        var deficitaire = lls < tauxCible * rp;
        var depensesN2 =
            alea.NextDouble() < 0.15
                ? Math.Round((decimal)(alea.NextDouble() * 200_000 * Math.Max(0.1, population / 10_000.0)), 0)
                : 0m;
        var depensesN =
            alea.NextDouble() < 0.15
                ? Math.Round((decimal)(alea.NextDouble() * 200_000 * Math.Max(0.1, population / 10_000.0)), 0)
                : 0m;
        return new CommuneSimulationSru
        {
            CodeInsee = code,
            EpciSiren = epci,
            Donnees = new DonneesCalculSru
            {
                ResidencesPrincipales = rp,
                LogementsSociaux = inventaire,
                TauxCible = tauxCible,
                PotentielFiscalParHabitant = Math.Round((decimal)(1_000 * Math.Exp(Normale(alea) * 0.3)), 2),
                DepensesReellesFonctionnement = Math.Round(population * (800m + (decimal)alea.NextDouble() * 800m), 0),
                DepensesDeductibles = depensesN2,
                CouverteParPlh = epci is not null && alea.NextDouble() < 0.70,
                CoefficientMajorationCarence =
                    deficitaire && alea.NextDouble() < 0.05 ? 1m + alea.Next(0, 9) * 0.5m : null,
                BeneficieDsu = population > 10_000 && alea.NextDouble() < 0.05,
                RangPeriodeNouvellementSoumise = alea.NextDouble() < 0.03 ? alea.Next(1, 4) : null,
            },
            DepensesDeductiblesAnneeCourante = depensesN,
        };
    }

    /// <summary>Loi normale centrée réduite (Box-Muller).</summary>
    private static double Normale(Random alea) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - alea.NextDouble())) * Math.Cos(2.0 * Math.PI * alea.NextDouble());
}
