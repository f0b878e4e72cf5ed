namespace Pilotis.Domain.Information;

/// <summary>Mandat de l'élu inscrit à une formation.</summary>
public enum MandatElu
{
    Maire = 0,
    AdjointLogement = 1,
    AdjointAutre = 2,
    ConseillerMunicipal = 3,
    ConseillerCommunautaire = 4,
}
