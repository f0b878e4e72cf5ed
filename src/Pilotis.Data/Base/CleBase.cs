using Microsoft.EntityFrameworkCore;

namespace Pilotis.Data.Base;

/// <summary>
/// La clé de la base de l'application (sa chaîne de connexion, celle sous laquelle les caches rangent leurs entrées),
/// retenue à la première lecture. La lire sur un contexte EF Core force l'initialisation de ses services : 13 % du
/// temps d'une recherche d'aides sous charge (dotnet-trace, 7 décembre). Un service unique par application : les
/// tests, qui lancent une application par base, ont chacun la leur.
/// </summary>
public sealed class CleBase
{
    private string? _chaine;

    /// <summary>La chaîne de connexion ; <paramref name="contexte"/> n'est appelé qu'à la première lecture.</summary>
    public string Lire(Func<PilotisDbContext> contexte)
    {
        ArgumentNullException.ThrowIfNull(contexte);
        return _chaine ??= contexte().Database.GetConnectionString() ?? "";
    }
}
