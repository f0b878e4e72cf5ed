using System.Runtime.InteropServices;

namespace Pilotis.Domain.Sru;

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
    /// <exception cref="ArgumentException">A commune's figures are impossible (RP ≤ 0 or more LLS than RP): validate
    /// first.</exception>
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
        var alloues = RepartirAuProrata(communes, epci, deficits, mutualises, sommeDeficits, nbDeficitaires);
        return CalculerResultats(
            communes,
            lls,
            epci,
            deficits,
            partsActuelles,
            alloues,
            partsEpci,
            mediane,
            parametres
        );
    }

    /// <summary>
    /// Répartit les unités mutualisées de chaque EPCI entre ses communes déficitaires : planchers du
    /// prorata, puis une unité de plus aux plus grands restes.
    /// </summary>
    private static int[] RepartirAuProrata(
        ReadOnlySpan<CommuneSimulationSru> communes,
        int[] epci,
        int[] deficits,
        long[] mutualises,
        long[] sommeDeficits,
        int nbDeficitaires
    )
    {
        var n = communes.Length;
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
        return alloues;
    }

    /// <summary>
    /// Calcule le résultat de chaque commune : droit actuel hors EPCI, unités allouées et part de
    /// rattrapage de l'EPCI sinon.
    /// </summary>
    private static ResultatCommuneScenario[] CalculerResultats(
        ReadOnlySpan<CommuneSimulationSru> communes,
        int[] lls,
        int[] epci,
        int[] deficits,
        decimal[] partsActuelles,
        int[] alloues,
        decimal[] partsEpci,
        decimal? mediane,
        ParametresSru parametres
    )
    {
        var n = communes.Length;
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
