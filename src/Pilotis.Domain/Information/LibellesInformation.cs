namespace Pilotis.Domain.Information;

/// <summary>Libellés et codes publiés des statuts de proposition.</summary>
public static class LibellesInformation
{
    public static string Libelle(this StatutProposition statut) =>
        statut switch
        {
            StatutProposition.Proposee => "Proposée",
            StatutProposition.PorteeAuNational => "Portée au national",
            StatutProposition.Reprise => "Reprise",
            StatutProposition.Abandonnee => "Abandonnée",
            _ => statut.ToString(),
        };

    public static string Code(this StatutProposition statut) =>
        statut switch
        {
            StatutProposition.Proposee => "proposee",
            StatutProposition.PorteeAuNational => "portee_au_national",
            StatutProposition.Reprise => "reprise",
            StatutProposition.Abandonnee => "abandonnee",
            _ => statut.ToString(),
        };

    /// <summary>Le statut d'un code saisi, ou null s'il est inconnu.</summary>
    public static StatutProposition? Statut(string? code) =>
        Enum.GetValues<StatutProposition>().Cast<StatutProposition?>().FirstOrDefault(s => s!.Value.Code() == code);
}
