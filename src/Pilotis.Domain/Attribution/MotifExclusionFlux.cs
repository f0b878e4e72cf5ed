namespace Pilotis.Domain.Attribution;

/// <summary>
/// Logements libérés exclus de l'assiette du flux annuel (CCH R441-5, décret n° 2020-145 du 20 février 2020) : le
/// bailleur les attribue sans les orienter vers un réservataire.
/// </summary>
public enum MotifExclusionFlux
{
    Aucun = 0,

    /// <summary>Mutation interne d'un locataire du bailleur.</summary>
    MutationInterne = 1,

    /// <summary>Relogement d'une opération de renouvellement urbain (ANRU, NPNRU).</summary>
    RelogementAnru = 2,

    /// <summary>Relogement d'une opération de requalification de copropriétés dégradées d'intérêt national
    /// (ORCOD).</summary>
    RelogementOrcod = 3,

    /// <summary>Relogement de ménages occupant un habitat indigne (lutte contre l'habitat indigne).</summary>
    RelogementHabitatIndigne = 4,

    /// <summary>Logement vendu : il quitte le parc locatif.</summary>
    Vente = 5,
}
