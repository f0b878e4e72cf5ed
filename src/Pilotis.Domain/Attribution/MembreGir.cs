namespace Pilotis.Domain.Attribution;

/// <summary>Un réservataire (ou le bailleur) membre d'un groupe inter-réservataires.</summary>
public sealed class MembreGir
{
    public int GroupeId { get; set; }
    public int OrganisationId { get; set; }
}
