using Pilotis.Domain.Production;
using C = Pilotis.Domain.Financement.Equilibre.CatalogueParametresFinanciers;

namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Les valeurs des paramètres en vigueur à une date (ou celles d'un scénario) : le calcul ne lit rien d'autre. Un
/// scénario est un jeu de remplacements de ces valeurs (<see cref="Avec"/>).
/// </summary>
public sealed class ParametresEquilibre
{
    private readonly Dictionary<string, decimal> _valeurs;

    // Les paramètres de chaque scénario, calculés une fois par jeu de la loi actuelle : le portefeuille national
    // applique les mêmes sept scénarios à cent mille opérations.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ParametresEquilibre> _scenarios = new(
        StringComparer.Ordinal
    );

    private ParametresEquilibre(Dictionary<string, decimal> valeurs, bool zonageAbc)
    {
        _valeurs = valeurs;
        ZonageAbc = zonageAbc;
    }

    /// <summary>Les loyers plafonds se lisent dans le zonage ABC au lieu du zonage 1/2/3.</summary>
    public bool ZonageAbc { get; }

    /// <summary>Les valeurs semées du catalogue : la loi actuelle telle que le code la connaît.</summary>
    public static ParametresEquilibre ParDefaut() =>
        new(C.Definitions.ToDictionary(d => d.Code, d => d.ValeurInitiale), false);

    /// <summary>
    /// Pour chaque code, la ligne la plus récente valable à la date ; un code sans ligne garde sa valeur semée.
    /// </summary>
    public static ParametresEquilibre EnVigueur(IEnumerable<ParametreFinancier> lignes, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(lignes);
        var valeurs = C.Definitions.ToDictionary(d => d.Code, d => d.ValeurInitiale);
        foreach (
            var l in lignes
                .Where(l => l.ValideDepuis <= date && valeurs.ContainsKey(l.Code))
                .GroupBy(l => l.Code)
                .Select(g => g.OrderByDescending(x => x.ValideDepuis).ThenByDescending(x => x.Id).First())
        )
            valeurs[l.Code] = l.Valeur;
        return new(valeurs, false);
    }

    /// <summary>Les paramètres du scénario appliqué à ceux-ci (la loi actuelle), mémorisés.</summary>
    public ParametresEquilibre PourScenario(ScenarioEquilibre scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return _scenarios.GetOrAdd(scenario.Code, _ => scenario.Appliquer(this));
    }

    public decimal Valeur(string code) =>
        _valeurs.TryGetValue(code, out var v) ? v : throw new KeyNotFoundException($"Paramètre inconnu : {code}.");

    /// <summary>Une copie où le paramètre prend une autre valeur (un remplacement d'un scénario).</summary>
    public ParametresEquilibre Avec(string code, decimal valeur)
    {
        if (!_valeurs.ContainsKey(code))
            throw new KeyNotFoundException($"Paramètre inconnu : {code}.");
        return new(new Dictionary<string, decimal>(_valeurs) { [code] = valeur }, ZonageAbc);
    }

    public ParametresEquilibre AvecZonageAbc() => new(_valeurs, true);

    public decimal TauxPret(Produit produit) =>
        Valeur(C.LivretA)
        + Valeur(
            produit switch
            {
                Produit.Plai or Produit.PlaiAdapte => C.MargePlai,
                Produit.Plus => C.MargePlus,
                _ => C.MargePls,
            }
        );

    public decimal TauxPretFoncier => Valeur(C.LivretA) + Valeur(C.MargeFoncier);

    public decimal Tva(Produit produit) =>
        Valeur(
            produit switch
            {
                Produit.Plai or Produit.PlaiAdapte => C.TvaPlai,
                Produit.Plus => C.TvaPlus,
                _ => C.TvaPls,
            }
        );

    /// <summary>Loyer maximal (€/m² SU/mois) du produit dans la zone ; null si la zone manque.</summary>
    public decimal? PlafondLoyer(Produit produit, string? zone) =>
        zone is not null && _valeurs.TryGetValue(C.PlafondLoyer(produit, zone), out var v) ? v : null;
}
