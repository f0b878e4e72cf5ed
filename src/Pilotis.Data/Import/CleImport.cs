namespace Pilotis.Data.Import;

/// <summary>Empreinte 64 bits d'une clé de ligne (numéro unique, identifiant RPLS) pour chercher les doublons d'un
/// fichier sans garder les clés en mémoire.</summary>
public static class CleImport
{
    /// <summary>FNV-1a 64 bits de la clé, suivi d'un brassage (splitmix64) : assez pour qu'une collision soit
    /// exceptionnelle (et une collision est vérifiée sur le texte).</summary>
    public static ulong Hacher(string cle)
    {
        ArgumentNullException.ThrowIfNull(cle);
        var h = 14695981039346656037UL;
        foreach (var c in cle)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        h ^= h >> 30;
        h *= 0xbf58476d1ce4e5b9UL;
        h ^= h >> 27;
        h *= 0x94d049bb133111ebUL;
        return h ^ (h >> 31);
    }
}
