using System.Globalization;
using System.Text;
using Pilotis.Data.Financement;

namespace Pilotis.Web.Tests.Financement;

/// <summary>
/// Le pliage rapide (texte ASCII rendu tel quel, racines des mots déjà vus gardées) rend exactement ce que rendait
/// la règle écrite en clair : minuscules, décomposition Unicode, marques retirées, œ → oe, æ → ae, recomposition.
/// Les racines rangées en base avant ce changement restent donc valables.
/// </summary>
public sealed class AnalyseurFrancaisTests
{
    public static TheoryData<string, string> Mots =>
        new()
        {
            { "Foncière", "fonciere" },
            { "ŒUVRE", "oeuvre" },
            { "Cæcum", "caecum" },
            { "PLAI", "plai" },
            { "intégration", "integration" },
            { "Ça", "ca" },
            { "2026", "2026" },
            { "Élus", "elus" },
            { "naïf", "naif" },
        };

    [Theory]
    [MemberData(nameof(Mots))]
    public void Plier_rend_ce_que_rend_la_regle_en_clair(string mot, string attendu)
    {
        Assert.Equal(attendu, AnalyseurFrancais.Plier(mot));
        Assert.Equal(PlierEnClair(mot), AnalyseurFrancais.Plier(mot));
    }

    [Fact]
    public void Les_racines_d_un_texte_ne_dependent_pas_des_textes_lus_avant()
    {
        const string texte = "Les logements sociaux d'intégration, la surcharge foncière et les fonciers du Gard";
        var premiere = AnalyseurFrancais.Racines(texte);
        _ = AnalyseurFrancais.Racines("logement sociaux fonciers intégration surcharge Gard");
        Assert.Equal(premiere, AnalyseurFrancais.Racines(texte));
        Assert.Contains("fonci", premiere);
        Assert.DoesNotContain("les", premiere);
        Assert.Equal(AnalyseurFrancais.Racines("logements"), AnalyseurFrancais.Racines("logement"));
    }

    private static string PlierEnClair(string texte)
    {
        var d = texte.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var b = new StringBuilder();
        foreach (var c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                b.Append(
                    c switch
                    {
                        'œ' => "oe",
                        'æ' => "ae",
                        _ => c.ToString(),
                    }
                );
        }
        return b.ToString().Normalize(NormalizationForm.FormC);
    }
}
