using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>Une ligne du formulaire de décisions : un candidat désigné.</summary>
public sealed class FormulaireDecision
{
    public long DemandeId { get; set; }
    public NatureDecision Nature { get; set; }
    public int? Rang { get; set; }
    public string? Motif { get; set; }
    public int? VotesPour { get; set; }
    public int? VotesContre { get; set; }
    public bool DetenteurPour { get; set; }
}
