using System.Text.Json;
using Pilotis.Domain.Commun;

namespace Pilotis.Data.Financement;

/// <summary>
/// Lit un fichier d'aides-territoires (une page de l'API ou un tableau d'aides) et vérifie chaque aide. Un fichier mal
/// formé est refusé en entier, avec la position de la faute (ligne et octet) que donne System.Text.Json ; une aide
/// fausse est nommée par son rang dans le fichier (ErreurLigne.Ligne = rang de l'aide, à partir de 1).
/// </summary>
public static class LectureAidesTerritoires
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>Les aides du fichier, ou l'erreur de format (un seul message, position comprise).</summary>
    public static async Task<(List<AideTerritoiresJson>? Aides, string? Erreur)> LireAsync(
        Stream flux,
        CancellationToken ct
    )
    {
        ArgumentNullException.ThrowIfNull(flux);
        using var memoire = new MemoryStream();
        await flux.CopyToAsync(memoire, ct);
        var octets = memoire.GetBuffer().AsMemory(0, (int)memoire.Length);
        var debut = PremierCaractere(octets.Span);
        try
        {
            if (debut == '[')
                return (
                    JsonSerializer
                        .Deserialize<List<AideTerritoiresJson?>>(octets.Span, Options)!
                        .Select(a => a ?? new AideTerritoiresJson())
                        .ToList(),
                    null
                );
            if (debut == '{')
            {
                var page = JsonSerializer.Deserialize<PageAidesTerritoires>(octets.Span, Options)!;
                return page.Results is null
                    ? (
                        null,
                        "Le fichier est un objet JSON sans tableau « results » : ni une page de l'API "
                            + "d'aides-territoires, ni un tableau d'aides."
                    )
                    : (page.Results.Select(a => a ?? new AideTerritoiresJson()).ToList(), null);
            }
            return (
                null,
                "Le fichier n'est ni une page de l'API d'aides-territoires ({\"count\", \"next\", "
                    + "\"previous\", \"results\"}) ni un tableau d'aides ([…])."
            );
        }
        catch (JsonException e)
        {
            return (null, MessageErreur(e));
        }
    }

    /// <summary>Le message d'un JSON mal formé : ligne et octet comptés à partir de 1, chemin du champ.</summary>
    public static string MessageErreur(JsonException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var position = e.LineNumber is { } l
            ? $"ligne {l + 1}, octet {(e.BytePositionInLine ?? 0) + 1}"
            : "position inconnue";
        var chemin = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" (champ {e.Path})";
        var raison =
            e.InnerException is null
            && e.Path is not null
            && e.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? "valeur d'un type inattendu (texte, nombre, date, booléen ou liste)"
                : "JSON mal formé ou valeur d'un type inattendu";
        return $"Fichier refusé, rien n'a été écrit : {raison}, {position}{chemin}.";
    }

    private static char PremierCaractere(ReadOnlySpan<byte> octets)
    {
        var i = 0;
        // Marque d'ordre des octets UTF-8 éventuelle.
        if (octets.Length >= 3 && octets[0] == 0xEF && octets[1] == 0xBB && octets[2] == 0xBF)
            i = 3;
        for (; i < octets.Length; i++)
        {
            if (!char.IsWhiteSpace((char)octets[i]))
                return (char)octets[i];
        }
        return '\0';
    }

    /// <summary>Les erreurs de contenu de chaque aide (champs obligatoires, doublons, bornes).</summary>
    public static List<ErreurLigne> Verifier(IReadOnlyList<AideTerritoiresJson> aides)
    {
        ArgumentNullException.ThrowIfNull(aides);
        var erreurs = new List<ErreurLigne>();
        var ids = new Dictionary<long, int>();
        var slugs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < aides.Count; i++)
        {
            var a = aides[i];
            var rang = i + 1;
            var nom = a.Id is { } x ? $"aide id {x}" : "aide";
            void Erreur(string m) => erreurs.Add(new ErreurLigne(rang, $"{nom} : {m}"));
            if (a.Id is not > 0)
                Erreur("id : obligatoire, entier positif.");
            else if (!ids.TryAdd(a.Id.Value, rang))
                Erreur($"id : doublon, figure aussi en position {ids[a.Id.Value]}.");
            if (string.IsNullOrWhiteSpace(a.Name))
                Erreur("name : obligatoire.");
            else if (a.Name.Length > Domain.Financement.Aide.LongueurNomMaximum)
                Erreur($"name : {Domain.Financement.Aide.LongueurNomMaximum} caractères au plus.");
            if (string.IsNullOrWhiteSpace(a.Slug) || !SlugsAides.Valide(a.Slug))
                Erreur("slug : obligatoire, lettres minuscules, chiffres et tirets.");
            else if (!slugs.TryAdd(a.Slug, rang))
                Erreur($"slug : doublon, figure aussi en position {slugs[a.Slug]}.");
            if (a.SubventionRateLowerBound is < 0 or > 100 || a.SubventionRateUpperBound is < 0 or > 100)
                Erreur("subvention_rate_lower_bound / upper_bound : entre 0 et 100.");
            if (a.SubventionRateLowerBound > a.SubventionRateUpperBound)
                Erreur("subvention_rate_lower_bound : supérieur à subvention_rate_upper_bound.");
            if (a.StartDate is { } d && a.SubmissionDeadline is { } f && f < d)
                Erreur("submission_deadline : antérieure à start_date.");
        }
        return erreurs;
    }
}
