namespace Pilotis.Domain.Attribution;

/// <summary>
/// Le solde d'un titulaire au moment d'orienter un logement : sa part, ce qui lui est dû (part × logements du flux, ce
/// logement compris), ce qui lui a été orienté, l'écart, et si sa convention couvre la typologie et le territoire du
/// logement.
/// </summary>
public sealed record SoldeOrientation(
    int? ReservataireId,
    Contingent Contingent,
    string Nom,
    decimal Part,
    decimal Du,
    int Oriente,
    decimal Ecart,
    bool TypologieConforme,
    bool TerritoireConforme
);
