using System.Collections;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Pilotis.Data.Demande;

/// <summary>
/// Les communes du référentiel chargées département par département, à la première commune demandée de chacun : un
/// import de quelques lignes ne lit que les départements qu'il nomme (une poignée de requêtes au lieu des
/// ≈ 35 000 communes de la France), un import national finit par tout lire (≈ 100 requêtes). Le département d'une
/// commune se lit dans son code INSEE (deux caractères, trois outre-mer : « 97 », « 98 »). L'énumération complète
/// (<see cref="Values"/>, <see cref="Keys"/>) charge tout. Les lectures passent par une connexion à part, ouverte le
/// temps d'une requête : celle du contexte est prise par le COPY de l'import pendant qu'il lit le fichier.
/// </summary>
internal sealed class CommunesParDepartement(Func<DbConnection> connexion) : IReadOnlyDictionary<string, CommuneDemande>
{
    private const string Requete =
        "SELECT \"Code\", \"Nom\", \"EpciSiren\", \"DepartementCode\", \"RegionCode\" FROM \"Communes\" "
        + "WHERE \"CodeParent\" IS NULL";

    private readonly Dictionary<string, CommuneDemande> _communes = new(StringComparer.Ordinal);
    private readonly HashSet<string> _departementsLus = new(StringComparer.Ordinal);
    private bool _tout;

    public static string? DepartementDe(string code) =>
        code.Length < 3 ? null
        : code.StartsWith("97", StringComparison.Ordinal) || code.StartsWith("98", StringComparison.Ordinal) ? code[..3]
        : code[..2];

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out CommuneDemande value)
    {
        if (_communes.TryGetValue(key, out value))
            return true;
        if (_tout || DepartementDe(key) is not { } departement || !_departementsLus.Add(departement))
            return false;
        Charger(departement);
        return _communes.TryGetValue(key, out value);
    }

    /// <summary>Lecture synchrone : appelée depuis les règles (fonctions pures attendant une réponse
    /// immédiate).</summary>
    private void Charger(string? departement)
    {
        using var c = connexion();
        c.Open();
        using var commande = c.CreateCommand();
        commande.CommandText = Requete + (departement is null ? "" : " AND \"DepartementCode\" = @d");
        if (departement is not null)
        {
            var p = commande.CreateParameter();
            p.ParameterName = "@d";
            p.Value = departement;
            commande.Parameters.Add(p);
        }
        using var l = commande.ExecuteReader();
        while (l.Read())
        {
            var commune = new CommuneDemande(
                l.GetString(0),
                l.GetString(1),
                l.IsDBNull(2) ? null : l.GetString(2),
                l.GetString(3),
                l.GetString(4)
            );
            _communes.TryAdd(commune.Code, commune);
        }
    }

    private Dictionary<string, CommuneDemande> Tout()
    {
        if (!_tout)
        {
            Charger(null);
            _tout = true;
        }
        return _communes;
    }

    public CommuneDemande this[string key] => TryGetValue(key, out var c) ? c : throw new KeyNotFoundException(key);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public IEnumerable<string> Keys => Tout().Keys;
    public IEnumerable<CommuneDemande> Values => Tout().Values;
    public int Count => Tout().Count;

    public IEnumerator<KeyValuePair<string, CommuneDemande>> GetEnumerator() => Tout().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
