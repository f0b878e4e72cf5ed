namespace Pilotis.Domain.Demande.Cotation;

public enum StatutGrille
{
    Brouillon = 0,
    Publiee = 1,

    /// <summary>Remplacée par une version publiée plus récente ; gardée pour expliquer les scores passés.</summary>
    Archivee = 2,
}
