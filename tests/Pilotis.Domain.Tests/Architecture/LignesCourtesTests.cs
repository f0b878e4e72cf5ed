namespace Pilotis.Domain.Tests.Architecture;

/// <summary>
/// Aucune ligne de code (.cs, .cshtml) ne dépasse 120 caractères (docs/DESIGN.md, ticket 15), hors migrations générées,
/// bin, obj, node_modules et bibliothèques copiées dans wwwroot/lib. Les caractères se comptent comme dans
/// scripts/mesures-code.py : un point de code Unicode vaut un caractère, une tabulation aussi.
/// </summary>
public class LignesCourtesTests
{
    private const int Largeur = 120;

    public static TheoryData<string> Dossiers() => ["src", "tests", "bench"];

    [Theory]
    [MemberData(nameof(Dossiers))]
    public void Aucune_ligne_ne_depasse_120_caracteres(string dossier)
    {
        var fautes = SourcesDepot
            .Fichiers(dossier)
            .Where(f => !Exclu(SourcesDepot.Relatif(f)))
            .SelectMany(f => File.ReadLines(f).Select((ligne, i) => (f, i, longueur: Longueur(ligne))))
            .Where(l => l.longueur > Largeur)
            .Select(l => $"{SourcesDepot.Relatif(l.f)}:{l.i + 1} ({l.longueur} caractères)")
            .ToList();
        Assert.True(
            fautes.Count == 0,
            $"Ces lignes dépassent {Largeur} caractères ; coupez-les entre attributs, entre balises ou dans "
                + "l'expression "
                + "C# (dotnet csharpier format pour le C#) :\n"
                + string.Join("\n", fautes)
        );
    }

    [Fact]
    public void Les_caracteres_se_comptent_en_points_de_code()
    {
        Assert.Equal(3, Longueur("é\tà"));
        Assert.Equal(2, Longueur("a😀"));
        Assert.True(Exclu("src/Pilotis.Web/wwwroot/lib/dsfr/dsfr.cs"));
        Assert.True(Exclu("src/Pilotis.Web/node_modules/x/y.cs"));
        Assert.False(Exclu("src/Pilotis.Web/Features/Index.cshtml"));
    }

    // Un caractère hors du plan multilingue de base (émoji) compte pour un, comme len() en Python.
    private static int Longueur(string ligne) => ligne.EnumerateRunes().Count();

    private static bool Exclu(string relatif) =>
        relatif.Split('/').Contains("node_modules") || relatif.Contains("/wwwroot/lib/", StringComparison.Ordinal);
}
