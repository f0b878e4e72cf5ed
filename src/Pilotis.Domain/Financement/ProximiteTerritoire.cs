namespace Pilotis.Domain.Financement;

/// <summary>Où se situe le périmètre d'une aide par rapport au territoire de l'utilisateur.</summary>
public enum ProximiteTerritoire
{
    Aucune = 0,
    National = 1,
    Region = 2,
    Departement = 3,

    /// <summary>L'EPCI ou la commune de l'utilisateur.</summary>
    Local = 4,
}
