namespace Pilotis.Domain.Production;

public sealed record RisqueGlissement(NiveauRisque Niveau, IReadOnlyList<string> Raisons)
{
    public string Libelle =>
        Niveau switch
        {
            NiveauRisque.Faible => "faible",
            NiveauRisque.Moyen => "moyen",
            _ => "élevé",
        };
}
