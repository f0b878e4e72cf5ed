using Pilotis.Domain.Information;

namespace Pilotis.Domain.Tests.Information;

/// <summary>Page publique d'une commune : code INSEE, robots, blocs, publication à une date.</summary>
public class PageCommuneTests
{
    [Theory]
    [InlineData("30007", true)]
    [InlineData("2A004", true)]
    [InlineData("2B033", true)]
    [InlineData("3000", false)]
    [InlineData("300070", false)]
    [InlineData("2C004", false)]
    [InlineData("ab123", false)]
    [InlineData(null, false)]
    public void Le_code_commune_est_bien_forme(string? code, bool attendu)
    {
        Assert.Equal(attendu, CodeCommune.BienForme(code));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", true)]
    [InlineData("curl/8.5.0", true)]
    [InlineData("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/120.0", true)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36", false)]
    [InlineData("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Version/17.0 Mobile Safari/604.1", false)]
    public void Un_robot_ne_compte_pas(string? agent, bool robot)
    {
        Assert.Equal(robot, VisiteurRobot.Est(agent));
    }

    [Theory]
    [InlineData(BlocPageCommune.Aucun, BlocPageCommune.Sru, true)]
    [InlineData(BlocPageCommune.Sru, BlocPageCommune.Sru, false)]
    [InlineData(BlocPageCommune.Sru | BlocPageCommune.Parc, BlocPageCommune.Parc, false)]
    [InlineData(BlocPageCommune.Sru | BlocPageCommune.Parc, BlocPageCommune.Contacts, true)]
    public void Un_bloc_masque_ne_s_affiche_pas(BlocPageCommune masques, BlocPageCommune bloc, bool affiche)
    {
        Assert.Equal(affiche, BlocsPageCommune.Affiche(masques, bloc));
    }

    [Theory]
    // Publiée le 1er mars, jamais retirée : publiée au 31 décembre, pas au 1er février.
    [InlineData(true, "2026-03-01", null, "2026-12-31", true)]
    [InlineData(true, "2026-03-01", null, "2026-02-01", false)]
    // Retirée le 1er juin : publiée au 1er mai, plus au 31 décembre.
    [InlineData(false, "2026-03-01", "2026-06-01", "2026-05-01", true)]
    [InlineData(false, "2026-03-01", "2026-06-01", "2026-12-31", false)]
    // Jamais publiée.
    [InlineData(false, null, null, "2026-12-31", false)]
    public void La_publication_se_lit_a_une_date(bool publiee, string? le, string? retiree, string jour, bool attendu)
    {
        var page = new PageCommune
        {
            CommuneCode = "30007",
            Publiee = publiee,
            PublieeLe = le is null ? null : DateOnly.Parse(le, System.Globalization.CultureInfo.InvariantCulture),
            DepublieeLe = retiree is null
                ? null
                : DateOnly.Parse(retiree, System.Globalization.CultureInfo.InvariantCulture),
        };
        Assert.Equal(attendu, page.PublieeAu(DateOnly.Parse(jour, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
