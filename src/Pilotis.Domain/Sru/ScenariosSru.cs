using System.Runtime.InteropServices;

namespace Pilotis.Domain.Sru;

/// <summary>
/// Current law and the national proposals of the Gard seed (seed 001, part II §3 "Ajustement de
/// la loi SRU"), to compare side by side.
/// </summary>
public enum ScenarioSru
{
    /// <summary>CCH L302-5 to L302-9-1 as in force.</summary>
    LoiActuelle = 0,

    /// <summary>One 20 % target for every subject commune (seed §3 b).</summary>
    CibleUnique20 = 1,

    /// <summary>Obligations pooled across all subject communes of an EPCI (seed §3 b).</summary>
    MutualisationEpci = 2,

    /// <summary>Deductible expenses counted in the year they are spent instead of N−2 (seed §3 c).</summary>
    DepensesAnneeCourante = 3,
}

/// <summary>One subject commune as the simulator reads it.</summary>
public readonly record struct CommuneSimulationSru
{
    public required string CodeInsee { get; init; }

    /// <summary>SIREN of its EPCI; null for a commune outside any EPCI (never pooled).</summary>
    public string? EpciSiren { get; init; }

    /// <summary>Figures of the year; <see cref="DonneesCalculSru.DepensesDeductibles"/> are those of N−2 (current law).</summary>
    public DonneesCalculSru Donnees { get; init; }

    /// <summary>Deductible expenses spent in the levy year itself (used by <see cref="ScenarioSru.DepensesAnneeCourante"/>).</summary>
    public decimal DepensesDeductiblesAnneeCourante { get; init; }
}

/// <summary>Settings of a simulation; a named scenario saved by a user stores these.</summary>
public sealed record OptionsScenariosSru
{
    public static IReadOnlyList<ScenarioSru> TousLesScenarios { get; } =
    [
        ScenarioSru.LoiActuelle,
        ScenarioSru.CibleUnique20,
        ScenarioSru.MutualisationEpci,
        ScenarioSru.DepensesAnneeCourante,
    ];

    public IReadOnlyList<ScenarioSru> Scenarios { get; init; } = TousLesScenarios;

    /// <summary>Target of <see cref="ScenarioSru.CibleUnique20"/> (a proposal, not a law: an option, not a parameter row).</summary>
    public decimal TauxCibleUnique { get; init; } = 0.20m;

    /// <summary>
    /// Median potentiel fiscal per inhabitant for the 7.5 % cap (L302-7). When null it is computed
    /// over the communes of the list that have missing units under current law, i.e. the communes
    /// subject to the levy; it stays the same in every scenario (a fact of the year).
    /// </summary>
    public decimal? PotentielFiscalMedian { get; init; }
}

/// <summary>What the comparison keeps per commune and scenario (compact: 35,000 × 4 of them).</summary>
public readonly record struct ResultatCommuneScenario(
    int LogementsManquants,
    int ObjectifTriennal,
    int ObjectifPlaiMinimum,
    int ObjectifPlsMaximum,
    decimal PrelevementBrut,
    decimal PrelevementNet
)
{
    internal static ResultatCommuneScenario Depuis(in ResultatCalculSru r) =>
        new(
            r.LogementsManquants,
            r.ObjectifTriennal,
            r.ObjectifPlaiMinimum,
            r.ObjectifPlsMaximum,
            r.PrelevementBrut,
            r.PrelevementNet
        );
}

/// <summary>Sums over a set of communes (an EPCI, the département, France).</summary>
public readonly record struct TotauxSru(
    int Communes,
    long LogementsManquants,
    long ObjectifTriennal,
    long ObjectifPlaiMinimum,
    long ObjectifPlsMaximum,
    decimal PrelevementBrut,
    decimal PrelevementNet,
    int CommunesPrelevees
)
{
    public TotauxSru Plus(in ResultatCommuneScenario r) =>
        new(
            Communes + 1,
            LogementsManquants + r.LogementsManquants,
            ObjectifTriennal + r.ObjectifTriennal,
            ObjectifPlaiMinimum + r.ObjectifPlaiMinimum,
            ObjectifPlsMaximum + r.ObjectifPlsMaximum,
            PrelevementBrut + r.PrelevementBrut,
            PrelevementNet + r.PrelevementNet,
            CommunesPrelevees + (r.PrelevementNet > 0m ? 1 : 0)
        );
}

/// <summary>One scenario over the whole list: per commune (input order), per EPCI (order of <see cref="ComparaisonScenariosSru.Epcis"/>), total.</summary>
public sealed class ResultatScenarioSru(
    ScenarioSru scenario,
    ResultatCommuneScenario[] parCommune,
    TotauxSru[] parEpci,
    TotauxSru total
)
{
    public ScenarioSru Scenario { get; } = scenario;
    public ResultatCommuneScenario[] ParCommune { get; } = parCommune;
    public TotauxSru[] ParEpci { get; } = parEpci;
    public TotauxSru Total { get; } = total;
}

/// <summary>All scenarios side by side.</summary>
public sealed class ComparaisonScenariosSru(
    IReadOnlyList<string> epcis,
    IReadOnlyList<ResultatScenarioSru> scenarios,
    decimal? potentielFiscalMedian
)
{
    /// <summary>EPCI SIREN in order of first appearance in the input.</summary>
    public IReadOnlyList<string> Epcis { get; } = epcis;
    public IReadOnlyList<ResultatScenarioSru> Scenarios { get; } = scenarios;

    /// <summary>Median used for the 7.5 % cap.</summary>
    public decimal? PotentielFiscalMedian { get; } = potentielFiscalMedian;

    public ResultatScenarioSru Pour(ScenarioSru scenario)
    {
        foreach (var resultat in Scenarios)
        {
            if (resultat.Scenario == scenario)
            {
                return resultat;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Scénario non calculé.");
    }

    /// <summary>Totals of one EPCI in one scenario (zeros when the EPCI has no commune in the list).</summary>
    public TotauxSru TotauxEpci(ScenarioSru scenario, string siren)
    {
        for (var i = 0; i < Epcis.Count; i++)
        {
            if (string.Equals(Epcis[i], siren, StringComparison.Ordinal))
            {
                return Pour(scenario).ParEpci[i];
            }
        }
        return default;
    }
}

/// <summary>
/// Computes the scenarios of <see cref="ScenarioSru"/> for a list of subject, non-exempted
/// communes (the caller filters with <see cref="AssujettissementSru"/>). Every scenario reuses the
/// rules of <see cref="CalculSru"/>; only its inputs change. Work is linear in the number of
/// communes (plus one sort of the deficit communes for the pooling), with flat arrays and no LINQ in
/// the loops: it is meant to run on all French communes in-process.
/// </summary>
public static class SimulateurScenariosSru
{
    /// <summary>Runs every scenario of <paramref name="options"/> over <paramref name="communes"/>.</summary>
    /// <exception cref="ArgumentException">A commune's figures are impossible (RP ≤ 0 or more LLS than RP): validate first.</exception>
    public static ComparaisonScenariosSru Comparer(
        ReadOnlySpan<CommuneSimulationSru> communes,
        ParametresSru parametres,
        OptionsScenariosSru? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(parametres);
        options ??= new OptionsScenariosSru();
        var n = communes.Length;

        // One pass: counted units, EPCI index, current-law missing units (reused by three scenarios).
        var lls = new int[n];
        var epci = new int[n];
        var manquants = new int[n];
        var parts = new decimal[n];
        var indexEpci = new Dictionary<string, int>(StringComparer.Ordinal);
        var epcis = new List<string>();
        var pfLevees = new decimal[n];
        var nbLevees = 0;
        for (var i = 0; i < n; i++)
        {
            ref readonly var c = ref communes[i];
            var rp = c.Donnees.ResidencesPrincipales;
            var total = c.Donnees.LogementsSociaux.Total(parametres.PlacesFoyerParLogement);
            if (rp <= 0 || total < 0 || total > rp)
            {
                throw new ArgumentException(
                    $"Commune {c.CodeInsee} : résidences principales ou logements sociaux impossibles.",
                    nameof(communes)
                );
            }
            lls[i] = (int)total;
            manquants[i] = CalculSru.LogementsManquants(rp, total, c.Donnees.TauxCible);
            parts[i] = CalculSru.PartRattrapage(
                rp,
                total,
                c.Donnees.TauxCible * rp,
                c.Donnees.RangPeriodeNouvellementSoumise,
                parametres
            );
            if (manquants[i] > 0)
            {
                pfLevees[nbLevees++] = c.Donnees.PotentielFiscalParHabitant;
            }
            if (c.EpciSiren is null)
            {
                epci[i] = -1;
            }
            else
            {
                ref var index = ref CollectionsMarshal.GetValueRefOrAddDefault(indexEpci, c.EpciSiren, out var existe);
                if (!existe)
                {
                    index = epcis.Count;
                    epcis.Add(c.EpciSiren);
                }
                epci[i] = index;
            }
        }
        var mediane = options.PotentielFiscalMedian ?? CalculSru.Mediane(pfLevees.AsSpan(0, nbLevees));

        var resultats = new List<ResultatScenarioSru>(options.Scenarios.Count);
        foreach (var scenario in options.Scenarios)
        {
            var parCommune =
                scenario == ScenarioSru.MutualisationEpci
                    ? Mutualiser(communes, lls, epci, manquants, parts, epcis.Count, mediane, parametres)
                    : CalculerParCommune(communes, lls, manquants, parts, scenario, options, mediane, parametres);
            resultats.Add(Totaliser(scenario, parCommune, epci, epcis.Count));
        }
        return new ComparaisonScenariosSru(epcis, resultats, mediane);
    }

    /// <summary>The three scenarios that only change a commune's own inputs.</summary>
    private static ResultatCommuneScenario[] CalculerParCommune(
        ReadOnlySpan<CommuneSimulationSru> communes,
        int[] lls,
        int[] manquantsActuels,
        decimal[] partsActuelles,
        ScenarioSru scenario,
        OptionsScenariosSru options,
        decimal? mediane,
        ParametresSru parametres
    )
    {
        var resultats = new ResultatCommuneScenario[communes.Length];
        for (var i = 0; i < communes.Length; i++)
        {
            ref readonly var c = ref communes[i];
            ResultatCalculSru r;
            switch (scenario)
            {
                case ScenarioSru.LoiActuelle:
                    r = CalculSru.CalculerAvecManquants(
                        c.Donnees,
                        lls[i],
                        manquantsActuels[i],
                        partsActuelles[i],
                        parametres,
                        mediane
                    );
                    break;
                case ScenarioSru.DepensesAnneeCourante:
                    var courante = c.Donnees with { DepensesDeductibles = c.DepensesDeductiblesAnneeCourante };
                    r = CalculSru.CalculerAvecManquants(
                        courante,
                        lls[i],
                        manquantsActuels[i],
                        partsActuelles[i],
                        parametres,
                        mediane
                    );
                    break;
                case ScenarioSru.CibleUnique20:
                    var unique = c.Donnees with { TauxCible = options.TauxCibleUnique };
                    var rp = unique.ResidencesPrincipales;
                    var manquants = CalculSru.LogementsManquants(rp, lls[i], unique.TauxCible);
                    var part = CalculSru.PartRattrapage(
                        rp,
                        lls[i],
                        unique.TauxCible * rp,
                        unique.RangPeriodeNouvellementSoumise,
                        parametres
                    );
                    r = CalculSru.CalculerAvecManquants(unique, lls[i], manquants, part, parametres, mediane);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(scenario), scenario, null);
            }
            resultats[i] = ResultatCommuneScenario.Depuis(r);
        }
        return resultats;
    }

    /// <summary>
    /// EPCI pooling. Allocation rule (a proposal, so our own choice, documented and tested):
    /// <list type="number">
    /// <item>Each commune's own deficit dᵢ is its current-law missing units (rounded up); its
    /// surplus sᵢ is the whole units it has above its own target (rounded down), so it only offsets
    /// units that exist.</item>
    /// <item>The EPCI's pooled missing units M = max(0, Σdᵢ − Σsᵢ): a commune above its target
    /// offsets one below. Without surplus communes M = Σdᵢ, i.e. pooling never increases the total.</item>
    /// <item>M is shared among the deficit communes pro rata of dᵢ, by the largest-remainder method
    /// (floors of dᵢ·M/Σdᵢ, then one more unit to the largest remainders; ties: larger dᵢ, then INSEE
    /// code), so the shares are integers that add up to M exactly. Surplus communes get 0.</item>
    /// <item>The catch-up share is that of the EPCI as a whole (its pooled rate against its pooled
    /// target units), since the EPCI carries the obligation; a newly subject commune keeps its own.
    /// The PLS ceiling, levy, cap, carence and deductions stay each commune's own, on its allocated
    /// units.</item>
    /// </list>
    /// Communes outside any EPCI keep the current-law result.
    /// </summary>
    private static ResultatCommuneScenario[] Mutualiser(
        ReadOnlySpan<CommuneSimulationSru> communes,
        int[] lls,
        int[] epci,
        int[] deficits,
        decimal[] partsActuelles,
        int nbEpci,
        decimal? mediane,
        ParametresSru parametres
    )
    {
        var n = communes.Length;
        var sommeDeficits = new long[nbEpci];
        var sommeSurplus = new long[nbEpci];
        var rpEpci = new decimal[nbEpci];
        var llsEpci = new decimal[nbEpci];
        var ciblesEpci = new decimal[nbEpci];
        var nbDeficitaires = 0;
        for (var i = 0; i < n; i++)
        {
            var e = epci[i];
            if (e < 0)
            {
                continue;
            }
            var d = communes[i].Donnees;
            var cible = d.TauxCible * d.ResidencesPrincipales;
            rpEpci[e] += d.ResidencesPrincipales;
            llsEpci[e] += lls[i];
            ciblesEpci[e] += cible;
            if (deficits[i] > 0)
            {
                sommeDeficits[e] += deficits[i];
                nbDeficitaires++;
            }
            else
            {
                sommeSurplus[e] += ArrondiSru.UnitesParDefaut(lls[i] - cible);
            }
        }

        // Pooled missing units and the floors of each deficit commune's pro rata share.
        var mutualises = new long[nbEpci];
        var partsEpci = new decimal[nbEpci];
        for (var e = 0; e < nbEpci; e++)
        {
            mutualises[e] = Math.Max(0L, sommeDeficits[e] - sommeSurplus[e]);
            partsEpci[e] = CalculSru.PartRattrapage(rpEpci[e], llsEpci[e], ciblesEpci[e], null, parametres);
        }
        var alloues = new int[n];
        var aDistribuer = (long[])mutualises.Clone();
        var cles = new CleRepartition[nbDeficitaires];
        var k = 0;
        for (var i = 0; i < n; i++)
        {
            var e = epci[i];
            if (e < 0 || deficits[i] == 0)
            {
                continue;
            }
            var produit = (long)deficits[i] * mutualises[e];
            alloues[i] = (int)(produit / sommeDeficits[e]);
            aDistribuer[e] -= alloues[i];
            cles[k++] = new CleRepartition(e, produit % sommeDeficits[e], deficits[i], communes[i].CodeInsee, i);
        }
        // Units left after the floors go one by one to the largest remainders of each EPCI.
        Array.Sort(cles);
        foreach (var cle in cles)
        {
            if (aDistribuer[cle.Epci] > 0)
            {
                alloues[cle.Index]++;
                aDistribuer[cle.Epci]--;
            }
        }

        var resultats = new ResultatCommuneScenario[n];
        for (var i = 0; i < n; i++)
        {
            ref readonly var d = ref communes[i];
            var e = epci[i];
            var r =
                e < 0
                    ? CalculSru.CalculerAvecManquants(
                        d.Donnees,
                        lls[i],
                        deficits[i],
                        partsActuelles[i],
                        parametres,
                        mediane
                    )
                    : CalculSru.CalculerAvecManquants(
                        d.Donnees,
                        lls[i],
                        alloues[i],
                        d.Donnees.RangPeriodeNouvellementSoumise is int rang
                            ? CalculSru.PartNouvellementSoumise(rang, parametres)
                            : partsEpci[e],
                        parametres,
                        mediane
                    );
            resultats[i] = ResultatCommuneScenario.Depuis(r);
        }
        return resultats;
    }

    private static ResultatScenarioSru Totaliser(
        ScenarioSru scenario,
        ResultatCommuneScenario[] parCommune,
        int[] epci,
        int nbEpci
    )
    {
        var parEpci = new TotauxSru[nbEpci];
        var total = default(TotauxSru);
        for (var i = 0; i < parCommune.Length; i++)
        {
            ref readonly var r = ref parCommune[i];
            total = total.Plus(r);
            if (epci[i] >= 0)
            {
                parEpci[epci[i]] = parEpci[epci[i]].Plus(r);
            }
        }
        return new ResultatScenarioSru(scenario, parCommune, parEpci, total);
    }

    /// <summary>
    /// Sort key of a deficit commune for the largest-remainder step: by EPCI, then remainder
    /// descending (same denominator Σdᵢ within an EPCI), then own deficit descending, then INSEE code.
    /// </summary>
    private readonly record struct CleRepartition(int Epci, long Reste, int Deficit, string CodeInsee, int Index)
        : IComparable<CleRepartition>
    {
        public int CompareTo(CleRepartition other)
        {
            var c = Epci.CompareTo(other.Epci);
            if (c == 0)
            {
                c = other.Reste.CompareTo(Reste);
            }
            if (c == 0)
            {
                c = other.Deficit.CompareTo(Deficit);
            }
            return c != 0 ? c : string.CompareOrdinal(CodeInsee, other.CodeInsee);
        }
    }
}
