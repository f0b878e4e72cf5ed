using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;

namespace Pilotis.Data.Demande.Configurations;

/// <summary>
/// Sérialisation JSON des listes rangées dans une colonne (membres du ménage, critères d'une grille). Une seule
/// définition sert à EF Core et aux écritures en masse (COPY
/// binaire PostgreSQL), pour que les deux écrivent la même chose.
/// </summary>
public static class ColonnesJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Ecrire<T>(List<T> valeurs) => JsonSerializer.Serialize(valeurs, Options);

    public static List<T> Lire<T>(string json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<T>>(json, Options) ?? [];

    internal static PropertyBuilder<List<T>> EnJson<T>(this PropertyBuilder<List<T>> propriete) =>
        propriete.HasConversion(
            v => Ecrire(v),
            v => Lire<T>(v),
            new ValueComparer<List<T>>(
                (a, b) => a != null && b != null && a.SequenceEqual(b),
                v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x == null ? 0 : x.GetHashCode())),
                v => v.ToList()
            )
        );
}
