using System.Globalization;

namespace Pilotis.Data.Import;

/// <summary>
/// Empreinte 64 bits des valeurs qu'un import écrit dans une ligne (colonnes du fichier et colonnes qui en sont
/// recalculées), gardée dans la ligne (colonne <c>Empreinte</c>) : un réimport compare une empreinte au lieu de relire
/// et de comparer chaque colonne. FNV-1a sur une forme normalisée de chaque valeur (montants sans zéros inutiles :
/// 1500.00 = 1500 ; dates en jours), brassée par splitmix64 à la fin. Une collision ferait passer une ligne modifiée
/// pour inchangée : probabilité ≈ 2⁻⁶⁴ par ligne modifiée, négligeable (ADR 0018). Toute autre écriture de la ligne
/// (formulaire, échéances, barème) remet l'empreinte à null, ce qui force la réécriture au prochain import.
/// </summary>
public struct EmpreinteLigne
{
    private const ulong Premier = 1099511628211UL;
    private ulong _h;

    public EmpreinteLigne() => _h = 14695981039346656037UL;

    /// <summary>L'empreinte d'une suite de valeurs (dans l'ordre des colonnes) et d'un texte final facultatif
    /// (lignes filles, par exemple les communes souhaitées d'une demande).</summary>
    public static long De(IEnumerable<object?> valeurs, string? suite = null)
    {
        ArgumentNullException.ThrowIfNull(valeurs);
        var e = new EmpreinteLigne();
        foreach (var v in valeurs)
            e.Ajouter(v);
        e.Ajouter(suite);
        return e.Valeur;
    }

    public void Ajouter(object? valeur)
    {
        switch (valeur)
        {
            case null:
            case DBNull:
                Octet(0xFE);
                break;
            case string s:
                Texte(s);
                break;
            case bool b:
                Octet(b ? (byte)1 : (byte)0);
                break;
            case int i:
                Entier(i);
                break;
            case long l:
                Entier(l);
                break;
            case decimal m:
                Texte(m.ToString("0.##########", CultureInfo.InvariantCulture));
                break;
            case DateOnly d:
                Entier(d.DayNumber);
                break;
            case char c:
                Texte(c.ToString());
                break;
            case Enum n:
                Entier(Convert.ToInt64(n, CultureInfo.InvariantCulture));
                break;
            case IFormattable f:
                Texte(f.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                Texte(valeur.ToString() ?? "");
                break;
        }
        // Séparateur : « ab » + « c » ne donne pas la même empreinte que « a » + « bc ».
        Octet(0x1F);
    }

    public readonly long Valeur
    {
        get
        {
            var h = _h;
            h ^= h >> 30;
            h *= 0xbf58476d1ce4e5b9UL;
            h ^= h >> 27;
            h *= 0x94d049bb133111ebUL;
            return (long)(h ^ (h >> 31));
        }
    }

    private void Texte(string s)
    {
        foreach (var c in s)
        {
            _h ^= c;
            _h *= Premier;
        }
    }

    private void Entier(long v)
    {
        for (var i = 0; i < 8; i++, v >>= 8)
        {
            _h ^= (byte)v;
            _h *= Premier;
        }
    }

    private void Octet(byte o)
    {
        _h ^= o;
        _h *= Premier;
    }
}
