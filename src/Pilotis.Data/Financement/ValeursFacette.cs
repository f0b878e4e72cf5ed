namespace Pilotis.Data.Financement;

/// <summary>
/// Les valeurs d'une facette (financeur, type d'aide, public, périmètre) numérotées une fois au chargement de l'index,
/// et pour chaque aide les numéros distincts de ses valeurs : compter une facette est une passe sur des entiers.
/// </summary>
public sealed class ValeursFacette
{
    private readonly string[] _valeurs;

    // Les numéros des valeurs de l'aide i sont _numeros[_debuts[i].._debuts[i + 1]] : deux tableaux plats plutôt
    // qu'un tableau par aide, que le comptage parcourrait objet par objet.
    private readonly int[] _debuts;
    private readonly int[] _numeros;

    private ValeursFacette(string[] valeurs, int[][] parAide)
    {
        _valeurs = valeurs;
        _debuts = new int[parAide.Length + 1];
        for (var i = 0; i < parAide.Length; i++)
            _debuts[i + 1] = _debuts[i] + parAide[i].Length;
        _numeros = parAide.SelectMany(x => x).ToArray();
    }

    public static ValeursFacette Construire(IReadOnlyList<IEnumerable<string>> parAide)
    {
        ArgumentNullException.ThrowIfNull(parAide);
        var numeros = new Dictionary<string, int>(StringComparer.Ordinal);
        var valeurs = new List<string>();
        var ids = new int[parAide.Count][];
        for (var i = 0; i < parAide.Count; i++)
        {
            ids[i] = parAide[i]
                .Distinct(StringComparer.Ordinal)
                .Select(v =>
                {
                    if (!numeros.TryGetValue(v, out var n))
                    {
                        numeros[v] = n = valeurs.Count;
                        valeurs.Add(v);
                    }
                    return n;
                })
                .ToArray();
        }
        return new ValeursFacette([.. valeurs], ids);
    }

    /// <summary>Les valeurs portées par les aides données et leur nombre, du plus fréquent au plus rare puis par
    /// nom.</summary>
    public IReadOnlyList<(string Valeur, int Nombre)> Compter(int[] aides)
    {
        ArgumentNullException.ThrowIfNull(aides);
        var comptes = new int[_valeurs.Length];
        foreach (var a in aides)
        {
            for (var k = _debuts[a]; k < _debuts[a + 1]; k++)
                comptes[_numeros[k]]++;
        }
        var resultat = new List<(string Valeur, int Nombre)>();
        for (var v = 0; v < comptes.Length; v++)
            if (comptes[v] > 0)
                resultat.Add((_valeurs[v], comptes[v]));
        resultat.Sort(
            (x, y) => x.Nombre != y.Nombre ? y.Nombre.CompareTo(x.Nombre) : string.CompareOrdinal(x.Valeur, y.Valeur)
        );
        return resultat;
    }
}
