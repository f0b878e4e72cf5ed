namespace Pilotis.Domain.Territoire;

/// <summary>
/// Les quatre natures de lignes du COG : seules les communes actuelles portent des obligations (SRU, zonages).
/// </summary>
public enum TypeCommune
{
    Actuelle = 0,
    Deleguee = 1,
    Associee = 2,
    ArrondissementMunicipal = 3,
}
