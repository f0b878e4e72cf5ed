namespace Pilotis.Data.Foncier;

/// <summary>Où se trouve une commune : ce qu'un site ou un outil foncier recopie pour filtrer sans jointure.</summary>
public sealed record LieuCommune(string Code, string Nom, string? EpciSiren, string DepartementCode, string RegionCode);
