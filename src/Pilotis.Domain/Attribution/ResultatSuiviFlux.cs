namespace Pilotis.Domain.Attribution;

/// <summary>Chiffres du suivi d'une convention : dû, orientés, attribués (bail signé), écart, prévision et sa
/// méthode.</summary>
public sealed record ResultatSuiviFlux(
    decimal Du,
    int Orientes,
    int Attribues,
    decimal Ecart,
    decimal PrevisionFinAnnee,
    string MethodePrevision
);
