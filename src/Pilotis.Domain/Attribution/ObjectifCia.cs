namespace Pilotis.Domain.Attribution;

/// <summary>
/// L'objectif d'attributions en QPV aux demandeurs des trois autres quartiles que la convention intercommunale
/// d'attribution (CIA) d'un EPCI fixe pour une année, à la place des 50 % de la loi (CCH L441-1). Une ligne datée
/// par EPCI et par année, avec sa source (la délibération ou la CIA), saisie par l'agent de l'EPCI.
/// </summary>
public sealed class ObjectifCia
{
    public const int LongueurSourceMaximum = 300;

    public int Id { get; set; }
    public required string EpciSiren { get; set; }
    public int Annee { get; set; }

    /// <summary>Part visée, entre 0 et 1 (0,40 pour 40 %).</summary>
    public decimal PartEnQpv { get; set; }

    public required string Source { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
