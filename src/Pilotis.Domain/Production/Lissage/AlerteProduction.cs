namespace Pilotis.Domain.Production.Lissage;

public sealed record AlerteProduction(TypeAlerte Type, int OperationId, string Message)
{
    public string Libelle =>
        Type switch
        {
            TypeAlerte.ManqueraLAnnee => "Manquera l'année",
            TypeAlerte.IncompletTropLongtemps => "Incomplet depuis trop longtemps",
            _ => "Dépôt après le calendrier",
        };
}
