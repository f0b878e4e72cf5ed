using System.Text;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Commun;

namespace Pilotis.Domain.Tests.Annuaire;

/// <summary>
/// vCard 4.0 (RFC 6350) : échappement (§3.4), pliage à 75 octets (§3.2), CRLF ; recherche normalisée.
/// </summary>
public class VCardTests
{
    [Theory]
    [InlineData("Simple", "Simple")]
    [InlineData("Dupont, Jean", "Dupont\\, Jean")]
    [InlineData("a;b", "a\\;b")]
    [InlineData("c:\\dossier", "c:\\\\dossier")]
    [InlineData("ligne1\nligne2", "ligne1\\nligne2")]
    [InlineData("ligne1\r\nligne2", "ligne1\\nligne2")]
    [InlineData("Élise Vidal", "Élise Vidal")]
    public void Les_valeurs_sont_echappees(string valeur, string attendu)
    {
        Assert.Equal(attendu, VCard.Echapper(valeur));
    }

    [Fact]
    public void Une_carte_a_ses_proprietes_et_finit_chaque_ligne_par_CRLF()
    {
        var texte = VCard.Ecrire([
            new FicheVCard("Anne Roussel", "DDTM du Gard", "Cheffe, pôle", "a@b.fr", "04 66 00 00 00", "SRU"),
            new FicheVCard("Bruno", "Alès", null, null, null, null),
        ]);
        Assert.StartsWith(
            "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anne Roussel\r\nN:Anne Roussel;;;;\r\n",
            texte,
            StringComparison.Ordinal
        );
        Assert.Contains("\r\nTITLE:Cheffe\\, pôle\r\n", texte, StringComparison.Ordinal);
        Assert.Contains("\r\nEMAIL;TYPE=work:a@b.fr\r\n", texte, StringComparison.Ordinal);
        Assert.Contains("\r\nTEL;TYPE=work;VALUE=text:04 66 00 00 00\r\n", texte, StringComparison.Ordinal);
        Assert.Equal(2, texte.Split("BEGIN:VCARD").Length - 1);
        Assert.Equal(2, texte.Split("END:VCARD\r\n").Length - 1);
        Assert.DoesNotContain("TITLE:\r\n", texte, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", texte.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(80)]
    [InlineData(200)]
    public void Les_longues_lignes_sont_pliees_a_75_octets_sans_couper_un_caractere(int longueur)
    {
        var valeur = string.Concat(Enumerable.Repeat("é", longueur));
        var sortie = new StringBuilder();
        VCard.Ligne(sortie, "NOTE:" + valeur);
        var lignes = sortie.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lignes, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75));
        Assert.All(lignes.Skip(1), l => Assert.StartsWith(" ", l, StringComparison.Ordinal));
        // Déplier (retirer CRLF + espace) rend la ligne d'origine.
        Assert.Equal("NOTE:" + valeur, sortie.ToString().Replace("\r\n ", "", StringComparison.Ordinal).TrimEnd());
    }

    [Theory]
    [InlineData("Hélène BOYER", "helene boyer")]
    [InlineData("Maison de l'habitat d'Alès", "maison de l habitat d ales")]
    [InlineData("  Œuvre   sociale ", "oeuvre sociale")]
    [InlineData("CALÉOL – Nîmes", "caleol nimes")]
    public void La_cle_de_recherche_ignore_accents_casse_et_ponctuation(string texte, string cle)
    {
        Assert.Equal(cle, TexteRecherche.Normaliser(texte));
    }

    [Theory]
    [InlineData("a@b.fr", "04 66 00 00 00", true)]
    [InlineData(null, "+33 4 66 00 00 00", true)]
    [InlineData("a@b.fr", null, true)]
    [InlineData(null, null, false)]
    [InlineData("pas-un-courriel", null, false)]
    [InlineData(null, "appelez-moi", false)]
    public void Une_fiche_a_un_moyen_de_contact_bien_forme(string? courriel, string? telephone, bool valide)
    {
        var r = new Referent
        {
            Nom = "Anne",
            Courriel = courriel,
            Telephone = telephone,
        };
        Assert.Equal(valide, ValidationReferent.Erreurs(r).Count == 0);
    }
}
