namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Les propositions nationales sur tout un portefeuille d'opérations : une synthèse par scénario, dans l'ordre de
/// <see cref="ScenariosEquilibre.Tous"/>. Chaque opération donne ses résultats dans ce même ordre, la loi actuelle
/// en premier.
/// </summary>
public static class ComparaisonPropositions
{
    public static IReadOnlyList<SyntheseScenario> Synthese(IEnumerable<IReadOnlyList<ResultatEquilibre>> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var n = ScenariosEquilibre.Tous.Count;
        var calculables = new int[n];
        var equilibrees = new int[n];
        var devenues = new int[n];
        var fondsPropres = new decimal[n];
        var logements = new int[n];
        foreach (var resultats in operations)
        {
            var avant = resultats[0].Calculable && resultats[0].Equilibree;
            for (var i = 0; i < n; i++)
            {
                var r = resultats[i];
                if (!r.Calculable)
                    continue;
                calculables[i]++;
                fondsPropres[i] += r.FondsPropresRequis;
                logements[i] += r.Logements;
                if (!r.Equilibree)
                    continue;
                equilibrees[i]++;
                if (!avant)
                    devenues[i]++;
            }
        }
        return
        [
            .. ScenariosEquilibre.Tous.Select(
                (s, i) =>
                    new SyntheseScenario(
                        s,
                        calculables[i],
                        equilibrees[i],
                        devenues[i],
                        logements[i] == 0 ? 0m : CalculEquilibre.Arrondi(fondsPropres[i] / logements[i])
                    )
            ),
        ];
    }

    /// <summary>L'opération devient-elle équilibrée sous ce scénario sans l'être aujourd'hui ?</summary>
    public static bool Devient(IReadOnlyList<ResultatEquilibre> resultats, int scenario)
    {
        ArgumentNullException.ThrowIfNull(resultats);
        return !(resultats[0].Calculable && resultats[0].Equilibree)
            && resultats[scenario].Calculable
            && resultats[scenario].Equilibree;
    }
}
