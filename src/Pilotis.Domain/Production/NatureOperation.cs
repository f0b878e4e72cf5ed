namespace Pilotis.Domain.Production;

/// <summary>Nature d'une opération (DOMAIN §2 ; nomenclature SIAP).</summary>
public enum NatureOperation
{
    Neuf = 0,
    Vefa = 1,
    AcquisitionAmelioration = 2,
    AcquisitionSansTravaux = 3,
    DemolitionReconstruction = 4,
    UsufruitLocatifSocial = 5,
}
