using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Production;

namespace Pilotis.Data.Production;

/// <summary>Sérialisation des instantanés de phase (System.Text.Json, noms de propriétés du domaine).</summary>
public static class InstantanesJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static string Ecrire(ContenuOperation contenu) => JsonSerializer.Serialize(contenu, Options);

    public static ContenuOperation Lire(string json) =>
        JsonSerializer.Deserialize<ContenuOperation>(json, Options) ?? throw new JsonException("Instantané vide.");
}
