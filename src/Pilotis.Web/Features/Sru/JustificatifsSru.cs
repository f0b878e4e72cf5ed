namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Pièces justificatives des dépenses déductibles (docs/adr/0006-justificatifs-sru.md) : PDF, JPEG ou PNG de 5 Mo
/// au plus, type reconnu à la signature du contenu (pas au nom ni au type annoncé par le navigateur), rangés sur disque
/// sous <c>{racine}/{commune}/{id de la dépense}.{pdf|jpg|png}</c> ; le nom d'origine est gardé dans
/// <c>DepenseDeductibleSru.Justificatif</c>. Racine : réglage <c>Sru:DossierJustificatifs</c>, par défaut
/// <c>data/justificatifs</c> sous la racine de l'application.
/// </summary>
public sealed class JustificatifsSru(string racine)
{
    public const long TailleMaximale = 5 * 1024 * 1024;

    private static readonly (string Extension, string Type, byte[] Signature, string[] Noms)[] Types =
    [
        ("pdf", "application/pdf", "%PDF-"u8.ToArray(), [".pdf"]),
        ("jpg", "image/jpeg", [0xFF, 0xD8, 0xFF], [".jpg", ".jpeg"]),
        ("png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [".png"]),
    ];

    public static JustificatifsSru Depuis(IConfiguration configuration, IWebHostEnvironment environnement)
    {
        var reglage = configuration["Sru:DossierJustificatifs"];
        return new JustificatifsSru(
            Path.GetFullPath(
                string.IsNullOrWhiteSpace(reglage)
                    ? Path.Combine(environnement.ContentRootPath, "data", "justificatifs")
                    : Path.Combine(environnement.ContentRootPath, reglage)
            )
        );
    }

    /// <summary>
    /// Lit et contrôle le fichier envoyé : son contenu, son extension de stockage et son nom d'origine nettoyé, ou un
    /// message d'erreur.
    /// </summary>
    public static async Task<(byte[]? Contenu, string? Extension, string? Nom, string? Erreur)> LireAsync(
        IFormFile? fichier,
        CancellationToken ct
    )
    {
        if (fichier is null || fichier.Length == 0)
            return (null, null, null, "Joignez le justificatif (PDF, JPEG ou PNG).");
        if (fichier.Length > TailleMaximale)
            return (null, null, null, "Le justificatif dépasse 5 Mo.");
        var nom = NomPropre(fichier.FileName);
        using var memoire = new MemoryStream((int)fichier.Length);
        await using (var flux = fichier.OpenReadStream())
            await flux.CopyToAsync(memoire, ct);
        var contenu = memoire.ToArray();
        var type = Types.FirstOrDefault(t => contenu.AsSpan().StartsWith(t.Signature));
        if (type.Extension is null)
            return (null, null, null, "Le justificatif doit être un fichier PDF, JPEG ou PNG.");
        if (!type.Noms.Contains(Path.GetExtension(nom).ToLowerInvariant()))
        {
            return (
                null,
                null,
                null,
                $"Le nom du fichier ne correspond pas à son contenu ({type.Extension.ToUpperInvariant()}) : "
                    + $"attendu {string.Join(" ou ", type.Noms)}."
            );
        }
        return (contenu, type.Extension, nom, null);
    }

    /// <summary>
    /// Écrit le fichier (via un fichier temporaire, pour qu'un fichier à moitié écrit ne soit jamais servi).
    /// </summary>
    public async Task EnregistrerAsync(string commune, int id, string extension, byte[] contenu, CancellationToken ct)
    {
        var dossier = Path.Combine(racine, Segment(commune));
        Directory.CreateDirectory(dossier);
        var chemin = Path.Combine(dossier, $"{id}.{extension}");
        var temporaire = chemin + ".tmp";
        await File.WriteAllBytesAsync(temporaire, contenu, ct);
        File.Move(temporaire, chemin, overwrite: true);
    }

    /// <summary>Le fichier d'une dépense et son type, ou null s'il n'y en a pas (dépenses de démonstration).</summary>
    public (string Chemin, string Type)? Trouver(string commune, int id)
    {
        foreach (var t in Types)
        {
            var chemin = Path.Combine(racine, Segment(commune), $"{id}.{t.Extension}");
            if (File.Exists(chemin))
                return (chemin, t.Type);
        }
        return null;
    }

    public void Supprimer(string commune, int id)
    {
        if (Trouver(commune, id) is { } f)
            File.Delete(f.Chemin);
    }

    /// <summary>Nom d'origine sans chemin ni caractères de contrôle, 200 caractères au plus.</summary>
    private static string NomPropre(string? nom)
    {
        var propre = new string(
            Path.GetFileName(nom ?? "")
                .Where(c => !char.IsControl(c) && c is not '"' and not '\\' and not '/')
                .ToArray()
        ).Trim();
        if (propre.Length == 0)
            propre = "justificatif";
        return propre.Length <= 200
            ? propre
            : propre[..(200 - Path.GetExtension(propre).Length)] + Path.GetExtension(propre);
    }

    private static string Segment(string code) =>
        code.All(char.IsAsciiLetterOrDigit)
            ? code
            : throw new ArgumentException("Code de commune invalide.", nameof(code));
}
