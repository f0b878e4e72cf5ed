namespace Pilotis.Domain.Attribution;

/// <summary>
/// Où en est un logement à attribuer, dans l'ordre : « au moins orienté » se teste par comparaison. Les transitions
/// sont
/// décrites dans docs/STATUTS.md.
/// </summary>
public enum EtapeAttribution
{
    Declare = 0,
    Oriente = 1,
    CandidatsDesignes = 2,
    InscritEnCommission = 3,
    Attribue = 4,
    BailSigne = 5,

    /// <summary>Retiré de la location (vente, démolition, erreur de déclaration).</summary>
    Retire = 90,
}
