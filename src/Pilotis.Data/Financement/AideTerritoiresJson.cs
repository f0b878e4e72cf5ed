namespace Pilotis.Data.Financement;

/// <summary>
/// Une aide telle que l'API d'aides-territoires la publie (noms de champs de la source, en snake_case ; les champs
/// inconnus sont ignorés). docs/formats/aides.md.
/// </summary>
public sealed class AideTerritoiresJson
{
    public long? Id { get; set; }
    public string? Slug { get; set; }
    public string? Name { get; set; }
    public string? ShortTitle { get; set; }
    public List<string>? Financers { get; set; }
    public List<string>? Instructors { get; set; }
    public List<string>? Programs { get; set; }
    public string? Description { get; set; }
    public string? Eligibility { get; set; }
    public string? Perimeter { get; set; }
    public List<string>? Categories { get; set; }
    public List<string>? TargetedAudiences { get; set; }
    public List<string>? AidTypes { get; set; }
    public List<string>? Destinations { get; set; }
    public List<string>? MobilizationSteps { get; set; }
    public bool? IsCallForProject { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? PredepositDate { get; set; }
    public DateOnly? SubmissionDeadline { get; set; }
    public int? SubventionRateLowerBound { get; set; }
    public int? SubventionRateUpperBound { get; set; }
    public long? LoanAmount { get; set; }
    public long? RecoverableAdvanceAmount { get; set; }
    public string? Recurrence { get; set; }
    public string? Contact { get; set; }
    public string? OriginUrl { get; set; }
    public string? ApplicationUrl { get; set; }
    public DateTimeOffset? DateUpdated { get; set; }
}
