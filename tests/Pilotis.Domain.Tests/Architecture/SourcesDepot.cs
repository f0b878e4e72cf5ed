namespace Pilotis.Domain.Tests.Architecture;

/// <summary>Les fichiers sources du dépôt, lus comme texte par les tests d'architecture.</summary>
public static class SourcesDepot
{
    public static string Racine { get; } = TrouverRacine();

    /// <summary>Les fichiers .cs et .cshtml sous un dossier du dépôt, hors bin, obj et migrations générées.</summary>
    public static IEnumerable<string> Fichiers(string dossier) =>
        Directory
            .EnumerateFiles(Path.Combine(Racine, dossier), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f =>
                !f.Split(Path.DirectorySeparatorChar).Any(d => d is "bin" or "obj" or "Migrations" or "ModeleCompile")
            );

    public static string Relatif(string chemin) => Path.GetRelativePath(Racine, chemin).Replace('\\', '/');

    private static string TrouverRacine()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Pilotis.slnx")))
                return d.FullName;
        }
        throw new InvalidOperationException("Racine du dépôt introuvable.");
    }
}
