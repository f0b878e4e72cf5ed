namespace Pilotis.Domain.Information;

/// <summary>
/// Ce que la commune ajoute à sa page publique (seed 001, solution 8) : son texte, les blocs qu'elle masque, sa
/// publication. Sans ligne, la page montre les seules données de la plateforme et n'est pas « publiée ».
/// </summary>
public sealed class PageCommune
{
    public const int LongueurTexteMaximum = 4000;

    /// <summary>Code INSEE de la commune : une page par commune.</summary>
    public required string CommuneCode { get; set; }

    /// <summary>Texte brut de la commune (jamais de HTML : affiché échappé, paragraphe par ligne vide).</summary>
    public string? Texte { get; set; }
    public BlocPageCommune BlocsMasques { get; set; }
    public bool Publiee { get; set; }

    /// <summary>Jour de la dernière publication : compte pour l'indicateur des communes qui publient.</summary>
    public DateOnly? PublieeLe { get; set; }

    /// <summary>Jour du dernier retrait de la publication.</summary>
    public DateOnly? DepublieeLe { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();

    /// <summary>
    /// La page était-elle publiée au jour donné (fin d'année de l'indicateur, ou aujourd'hui) ? Seules la dernière
    /// publication et le dernier retrait sont gardés : c'est l'état le plus récent qui compte.
    /// </summary>
    public bool PublieeAu(DateOnly jour) =>
        PublieeLe is DateOnly p && p <= jour && (Publiee || DepublieeLe is DateOnly d && d > jour);
}
