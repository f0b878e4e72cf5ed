using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Pilotis.Data.Csv;

/// <summary>
/// Ce que les octets d'un fichier disent de lui avant toute lecture CSV : classeur ou fichier binaire, encodage autre
/// que UTF-8, séparateur autre que « ; ». Le lecteur CSV ne voit que du texte déjà décodé (U+FFFD pour un octet
/// Latin-1) et découpe par « ; » sans se plaindre : ces défauts ne se voient qu'ici. Fonctions pures sur des octets.
/// </summary>
public static class DiagnosticCsv
{
    /// <summary>Taille de l'extrait montré autour du premier octet invalide, de chaque côté.</summary>
    private const int DemiExtrait = 30;

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>Ce qui borne une valeur : l'extrait montré s'arrête à la cellule en cause.</summary>
    private static readonly SearchValues<byte> Bornes = SearchValues.Create(";,\t\r\n\""u8);

    /// <summary>
    /// Le refus que mérite le début du fichier, ou null : classeur ou binaire, UTF-16, octet nul ou UTF-8 invalide,
    /// puis séparateur de la ligne d'en-tête.
    /// </summary>
    /// <param name="debut">Les premiers octets du fichier (tout le fichier s'il est court).</param>
    /// <param name="finDuFichier">
    /// Vrai quand <paramref name="debut"/> est tout le fichier : une séquence UTF-8 coupée à la fin est alors fautive ;
    /// sinon elle se termine dans la suite, que le flux vérifie.
    /// </param>
    public static ErreurLigne? Debut(ReadOnlySpan<byte> debut, bool finDuFichier)
    {
        if (Signature(debut) is string raison)
            return new ErreurLigne(1, MessagesCsv.Binaire(raison));
        if (EstUtf16(debut))
            return new ErreurLigne(1, MessagesCsv.Utf16);
        var complet = finDuFichier ? debut : debut[..FinSequencesCompletes(debut)];
        return Octets(complet, 0) ?? Separateur(debut);
    }

    /// <summary>
    /// Le refus que méritent des octets du fichier (octet nul, UTF-8 invalide), ou null : la ligne est celle du
    /// premier octet fautif.
    /// </summary>
    /// <param name="lignesAvant">Le nombre de fins de ligne du fichier avant ces octets.</param>
    public static ErreurLigne? Octets(ReadOnlySpan<byte> octets, long lignesAvant)
    {
        var nul = octets.IndexOf((byte)0);
        var invalide = Utf8.IsValid(octets) ? -1 : PremierOctetInvalide(octets);
        if (nul < 0 && invalide < 0)
            return null;
        if (nul >= 0 && (invalide < 0 || nul < invalide))
            return new ErreurLigne(Ligne(octets, nul, lignesAvant), MessagesCsv.Binaire(MessagesCsv.OctetsNuls));
        return new ErreurLigne(
            Ligne(octets, invalide, lignesAvant),
            MessagesCsv.NonUtf8Avec(Extrait(octets, invalide))
        );
    }

    /// <summary>
    /// Ce à quoi ressemble un fichier qui n'est pas du texte, d'après ses premiers octets ; null sinon.
    /// </summary>
    public static string? Signature(ReadOnlySpan<byte> debut) =>
        debut.StartsWith("PK\x03\x04"u8) ? MessagesCsv.Xlsx
        : debut.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) ? MessagesCsv.Xls
        : debut.StartsWith("%PDF"u8) ? MessagesCsv.Pdf
        : null;

    /// <summary>
    /// UTF-16 : un indicateur d'ordre des octets, ou du texte ASCII une lettre sur deux séparée d'octets nuls.
    /// </summary>
    public static bool EstUtf16(ReadOnlySpan<byte> debut) =>
        debut.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || debut.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
        || (debut.Length >= 4 && debut[0] != 0 && debut[1] == 0 && debut[2] != 0 && debut[3] == 0)
        || (debut.Length >= 4 && debut[0] == 0 && debut[1] != 0 && debut[2] == 0 && debut[3] != 0);

    /// <summary>
    /// La ligne d'en-tête sans « ; » mais avec des virgules ou des tabulations : le fichier a un autre séparateur, et
    /// lister ses colonnes comme « absentes » tromperait.
    /// </summary>
    public static ErreurLigne? Separateur(ReadOnlySpan<byte> debut)
    {
        if (debut.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            debut = debut[3..];
        var fin = debut.IndexOf((byte)'\n');
        var entete = fin < 0 ? debut : debut[..fin];
        if (entete.Contains((byte)';'))
            return null;
        var virgules = entete.Count((byte)',');
        var tabulations = entete.Count((byte)'\t');
        if (virgules == 0 && tabulations == 0)
            return null;
        return new ErreurLigne(1, MessagesCsv.Separateur(tabulations > virgules ? "la tabulation" : "la virgule"));
    }

    /// <summary>
    /// La longueur du début de <paramref name="octets"/> qui finit sur une séquence UTF-8 entière : un bloc lu peut
    /// couper un caractère de 2 à 4 octets, dont la fin arrive avec le bloc suivant.
    /// </summary>
    public static int FinSequencesCompletes(ReadOnlySpan<byte> octets)
    {
        for (var i = octets.Length - 1; i >= Math.Max(0, octets.Length - 3); i--)
        {
            var b = octets[i];
            if (b < 0x80)
                return octets.Length;
            if (b >= 0xC0)
            {
                var attendus =
                    b >= 0xF0 ? 4
                    : b >= 0xE0 ? 3
                    : 2;
                return octets.Length - i < attendus ? i : octets.Length;
            }
        }
        return octets.Length;
    }

    private static int PremierOctetInvalide(ReadOnlySpan<byte> octets)
    {
        var i = 0;
        while (i < octets.Length)
        {
            var ascii = octets[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
                return -1;
            i += ascii;
            if (Rune.DecodeFromUtf8(octets[i..], out _, out var lus) != OperationStatus.Done)
                return i;
            i += lus;
        }
        return -1;
    }

    private static int Ligne(ReadOnlySpan<byte> octets, int position, long lignesAvant) =>
        (int)Math.Min(int.MaxValue, lignesAvant + octets[..position].Count((byte)'\n') + 1);

    /// <summary>
    /// La cellule qui contient l'octet fautif (30 octets au plus de chaque côté), lue en Windows-1252.
    /// </summary>
    private static string Extrait(ReadOnlySpan<byte> octets, int position)
    {
        var avant = octets[Math.Max(0, position - DemiExtrait)..position];
        var debut = avant.LastIndexOfAny(Bornes) + 1;
        var apres = octets[position..Math.Min(octets.Length, position + DemiExtrait)];
        var fin = apres.IndexOfAny(Bornes);
        var cellule = octets[(position - avant.Length + debut)..(position + (fin < 0 ? apres.Length : fin))];
        return Windows1252.GetString(cellule).Trim();
    }
}
