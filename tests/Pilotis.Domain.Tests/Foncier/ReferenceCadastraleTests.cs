using Pilotis.Domain.Foncier;

namespace Pilotis.Domain.Tests.Foncier;

/// <summary>
/// La référence cadastrale d'une parcelle : commune INSEE + préfixe (3 chiffres, 000 par défaut) + section (1 ou 2
/// lettres) + numéro (1 à 4 chiffres) ; l'IDU de la DGFiP en 14 caractères.
/// </summary>
public sealed class ReferenceCadastraleTests
{
    [Theory]
    [InlineData("30189", "AB 123", "30189000AB0123", "AB 0123")]
    [InlineData("30189", "ab123", "30189000AB0123", "AB 0123")]
    [InlineData("30189", "A 5", "301890000A0005", "A 0005")]
    [InlineData("30189", "0A 5", "301890000A0005", "A 0005")]
    [InlineData("30189", "000 AB 0123", "30189000AB0123", "AB 0123")]
    [InlineData("30189", "123 ZC 9999", "30189123ZC9999", "123 ZC 9999")]
    [InlineData("30189", "30189000AB0123", "30189000AB0123", "AB 0123")]
    [InlineData("2A004", "2A004 000 0B 0012", "2A0040000B0012", "B 0012")]
    public void Lit_les_formes_admises(string commune, string texte, string idu, string libelle)
    {
        var (reference, erreur) = ReferenceCadastrale.Lire(commune, texte);
        Assert.Null(erreur);
        Assert.Equal(idu, reference!.Idu);
        Assert.Equal(libelle, reference.Libelle);
    }

    [Theory]
    [InlineData("", "vide")]
    [InlineData("AB", "n'est pas une référence cadastrale")]
    [InlineData("123", "n'est pas une référence cadastrale")]
    [InlineData("ABC 12", "n'est pas une référence cadastrale")]
    [InlineData("AB 12345", "n'est pas une référence cadastrale")]
    [InlineData("AB 0", "commence à 1")]
    [InlineData("12 AB 12", "n'est pas une référence cadastrale")]
    [InlineData("30007000AB0123", "pas sur la commune du site (30189)")]
    [InlineData("30189000000123", "1 ou 2 lettres")]
    public void Refuse_les_formes_fausses(string texte, string message)
    {
        var (reference, erreur) = ReferenceCadastrale.Lire("30189", texte);
        Assert.Null(reference);
        Assert.Contains(message, erreur, StringComparison.Ordinal);
    }

    [Fact]
    public void Une_liste_se_lit_sans_doublon_et_rend_chaque_erreur()
    {
        var (references, erreurs) = ReferenceCadastrale.LireListe("30189", "AB 1, ab 0001 | CD 22");
        Assert.Empty(erreurs);
        Assert.Equal(["30189000AB0001", "30189000CD0022"], references.Select(r => r.Idu));

        (references, erreurs) = ReferenceCadastrale.LireListe("30189", "AB 1, XYZ, 12");
        Assert.Equal(2, erreurs.Count);
        Assert.Single(references);

        (_, erreurs) = ReferenceCadastrale.LireListe("30189", " ");
        Assert.Contains("au moins une parcelle", Assert.Single(erreurs), StringComparison.Ordinal);
    }
}
