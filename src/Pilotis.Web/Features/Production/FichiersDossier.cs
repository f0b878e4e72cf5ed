using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Pièces des dossiers d'opération sur disque, sur le modèle des justificatifs SRU (docs/adr/0006-justificatifs-sru.md)
/// :
/// type reconnu à la signature du contenu (PDF, JPEG, PNG ; bureautique XLSX/DOCX/ODT/ODS reconnue à la signature ZIP
/// « PK » et à l'extension), taille bornée par <see cref="LimitesDocuments.TailleMaximale"/>, rangement sous
/// <c>{racine}/{id de l'opération}/{nom de stockage}</c>, le nom de stockage étant tiré au hasard (jamais le nom
/// fourni).
/// Racine : réglage <c>Production:DossierDocuments</c>, par défaut <c>data/documents-operations</c> sous la racine de
/// l'application.
/// Classe sœur de <c>JustificatifsSru</c> plutôt que généralisation : limites, types et rangement diffèrent.
/// </summary>
public sealed class FichiersDossier(string racine)
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    private static readonly (string Extension, string Type, byte[] Signature, string[] Noms)[] Types =
    [
        ("pdf", "application/pdf", "%PDF-"u8.ToArray(), [".pdf"]),
        ("jpg", "image/jpeg", [0xFF, 0xD8, 0xFF], [".jpg", ".jpeg"]),
        ("png", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], [".png"]),
    ];

    private static readonly Dictionary<string, string> Bureautique = new(StringComparer.Ordinal)
    {
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
    };

    public const string FormatsAcceptes = "PDF, JPEG, PNG, XLSX, DOCX, ODT ou ODS";

    public static FichiersDossier Depuis(IConfiguration configuration, IWebHostEnvironment environnement)
    {
        var reglage = configuration["Production:DossierDocuments"];
        return new FichiersDossier(
            Path.GetFullPath(
                string.IsNullOrWhiteSpace(reglage)
                    ? Path.Combine(environnement.ContentRootPath, "data", "documents-operations")
                    : Path.Combine(environnement.ContentRootPath, reglage)
            )
        );
    }

    public sealed record FichierLu(byte[] Contenu, string Extension, string Type, string Nom);

    /// <summary>Lit et contrôle le fichier envoyé ; renvoie le fichier ou un message d'erreur en français.</summary>
    public static async Task<(FichierLu? Fichier, string? Erreur)> LireAsync(IFormFile? fichier, CancellationToken ct)
    {
        if (fichier is null || fichier.Length == 0)
            return (null, $"Joignez la pièce ({FormatsAcceptes}).");
        if (fichier.Length > LimitesDocuments.TailleMaximale)
            return (null, $"La pièce dépasse {LimitesDocuments.TailleMaximale / (1024 * 1024)} Mo.");
        var nom = NomPropre(fichier.FileName);
        var extensionNom = Path.GetExtension(nom).ToLowerInvariant();
        using var memoire = new MemoryStream((int)fichier.Length);
        await using (var flux = fichier.OpenReadStream())
            await flux.CopyToAsync(memoire, ct);
        var contenu = memoire.ToArray();
        if (contenu.AsSpan().StartsWith(Zip))
        {
            // Une archive ZIP n'est acceptée que sous un nom de document bureautique (XLSX, DOCX, ODT, ODS).
            return Bureautique.TryGetValue(extensionNom, out var typeBureautique)
                ? (new FichierLu(contenu, extensionNom[1..], typeBureautique, nom), null)
                : (null, $"La pièce doit être un fichier {FormatsAcceptes}.");
        }
        var type = Types.FirstOrDefault(t => contenu.AsSpan().StartsWith(t.Signature));
        if (type.Extension is null)
            return (null, $"La pièce doit être un fichier {FormatsAcceptes} (contenu non reconnu).");
        if (!type.Noms.Contains(extensionNom))
        {
            return (
                null,
                "Le nom du fichier ne correspond pas à son contenu "
                    + $"({type.Extension.ToUpperInvariant()}) : attendu "
                    + $"{string.Join(" ou ", type.Noms)}."
            );
        }
        return (new FichierLu(contenu, type.Extension, type.Type, nom), null);
    }

    /// <summary>
    /// Écrit le fichier sous un nom tiré au hasard (via un temporaire : jamais de fichier à moitié écrit servi) et
    /// renvoie ce nom.
    /// </summary>
    public async Task<string> EnregistrerAsync(int operationId, FichierLu fichier, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fichier);
        var dossier = Path.Combine(racine, operationId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(dossier);
        var stockage = $"{Guid.NewGuid():N}.{fichier.Extension}";
        var chemin = Path.Combine(dossier, stockage);
        var temporaire = chemin + ".tmp";
        await File.WriteAllBytesAsync(temporaire, fichier.Contenu, ct);
        File.Move(temporaire, chemin, overwrite: true);
        return stockage;
    }

    public string? Chemin(int operationId, string stockage)
    {
        if (stockage.Length == 0 || !stockage.All(c => char.IsAsciiLetterOrDigit(c) || c == '.'))
            return null;
        var chemin = Path.Combine(
            racine,
            operationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            stockage
        );
        return File.Exists(chemin) ? chemin : null;
    }

    public void Supprimer(int operationId, string stockage)
    {
        if (Chemin(operationId, stockage) is string chemin)
            File.Delete(chemin);
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
            propre = "piece";
        return propre.Length <= 200
            ? propre
            : propre[..(200 - Path.GetExtension(propre).Length)] + Path.GetExtension(propre);
    }
}
