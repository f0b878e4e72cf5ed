namespace Pilotis.Domain.Production;

/// <summary>Produit de financement d'un lot (CCH R331-1 et s. ; PSLA et BRS : accession sociale).</summary>
public enum Produit
{
    Plai = 0,
    PlaiAdapte = 1,
    Plus = 2,
    Pls = 3,
    Psla = 4,
    Brs = 5,
}
