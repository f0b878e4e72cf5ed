using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>Une ligne « membre » du formulaire de commission ; une ligne sans nom est ignorée.</summary>
public sealed class SaisieMembreCaleol
{
    public int Id { get; set; }
    public string? Nom { get; set; }
    public QualiteMembreCaleol Qualite { get; set; }
    public string? CommuneCode { get; set; }
}
