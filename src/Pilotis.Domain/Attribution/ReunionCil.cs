namespace Pilotis.Domain.Attribution;

/// <summary>Une réunion de la conférence intercommunale du logement d'un EPCI et les communes qui y étaient
/// représentées (CCH L441-1-5 : les maires des communes membres en sont membres de droit).</summary>
public sealed class ReunionCil
{
    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Codes INSEE des communes membres représentées.</summary>
    public List<string> CommunesRepresentees { get; set; } = [];

    public DateTimeOffset ModifieLe { get; set; }
}
