namespace Pilotis.Domain.Attribution;

/// <summary>
/// Un besoin exprimé par les élus d'une commune pour la conférence intercommunale du logement (seed 001, solution
/// 10) : la typologie et le public visés, le nombre de logements souhaités, un commentaire.
/// </summary>
public sealed class BesoinCil
{
    public const int LongueurCourteMaximum = 100;
    public const int LongueurCommentaireMaximum = 1000;
    public const int NombreLogementsMaximum = 10_000;

    public int Id { get; set; }
    public required string CommuneCode { get; set; }

    /// <summary>L'EPCI de la commune à la saisie : la CIL qui reçoit le besoin.</summary>
    public required string EpciSiren { get; set; }

    public DateOnly Date { get; set; }
    public required string Typologie { get; set; }
    public required string Public { get; set; }
    public int NombreLogements { get; set; }
    public string? Commentaire { get; set; }

    /// <summary>L'organisation (la commune) qui a saisi le besoin.</summary>
    public int OrganisationId { get; set; }

    public DateTimeOffset ModifieLe { get; set; }
}
