using System.Text;

namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Écriture des cartes vCard 4.0 (RFC 6350) de l'annuaire, toutes dans un seul fichier : lignes terminées par CRLF
/// (§3.2), valeurs échappées (§3.4 : barre oblique inverse, virgule, point-virgule, saut de ligne), lignes pliées à
/// 75 octets UTF-8 au plus (§3.2), sans couper un caractère.
/// </summary>
public static class VCard
{
    private const int OctetsParLigne = 75;

    public static string Ecrire(IEnumerable<FicheVCard> fiches)
    {
        ArgumentNullException.ThrowIfNull(fiches);
        var sortie = new StringBuilder();
        foreach (var f in fiches)
        {
            Ligne(sortie, "BEGIN:VCARD");
            Ligne(sortie, "VERSION:4.0");
            Ligne(sortie, "FN:" + Echapper(f.Nom));
            // N : nom de famille;prénom;… — le nom saisi est d'un seul tenant, il va en nom de famille.
            Ligne(sortie, "N:" + Echapper(f.Nom) + ";;;;");
            Ligne(sortie, "ORG:" + Echapper(f.Organisation));
            if (!string.IsNullOrWhiteSpace(f.Fonction))
                Ligne(sortie, "TITLE:" + Echapper(f.Fonction));
            if (!string.IsNullOrWhiteSpace(f.Courriel))
                Ligne(sortie, "EMAIL;TYPE=work:" + Echapper(f.Courriel));
            if (!string.IsNullOrWhiteSpace(f.Telephone))
                Ligne(sortie, "TEL;TYPE=work;VALUE=text:" + Echapper(f.Telephone));
            if (!string.IsNullOrWhiteSpace(f.Note))
                Ligne(sortie, "NOTE:" + Echapper(f.Note));
            Ligne(sortie, "END:VCARD");
        }
        return sortie.ToString();
    }

    /// <summary>Échappement d'une valeur texte (RFC 6350 §3.4).</summary>
    public static string Echapper(string valeur)
    {
        ArgumentNullException.ThrowIfNull(valeur);
        var s = new StringBuilder(valeur.Length);
        for (var i = 0; i < valeur.Length; i++)
        {
            var c = valeur[i];
            switch (c)
            {
                case '\\':
                    s.Append("\\\\");
                    break;
                case ',':
                    s.Append("\\,");
                    break;
                case ';':
                    s.Append("\\;");
                    break;
                case '\r' when i + 1 < valeur.Length && valeur[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    s.Append("\\n");
                    break;
                default:
                    s.Append(c);
                    break;
            }
        }
        return s.ToString();
    }

    /// <summary>Ajoute une ligne pliée : au-delà de 75 octets, CRLF puis une espace (§3.2).</summary>
    public static void Ligne(StringBuilder sortie, string ligne)
    {
        ArgumentNullException.ThrowIfNull(sortie);
        ArgumentNullException.ThrowIfNull(ligne);
        var octets = 0;
        var limite = OctetsParLigne;
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(ligne);
        while (e.MoveNext())
        {
            var element = (string)e.Current;
            var taille = Encoding.UTF8.GetByteCount(element);
            if (octets + taille > limite)
            {
                sortie.Append("\r\n ");
                // La ligne de continuation commence par une espace, qui compte dans ses 75 octets.
                octets = 1;
            }
            sortie.Append(element);
            octets += taille;
        }
        sortie.Append("\r\n");
    }
}
