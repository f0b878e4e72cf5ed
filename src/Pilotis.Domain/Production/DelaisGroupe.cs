namespace Pilotis.Domain.Production;

public sealed record DelaisGroupe(
    string Groupe,
    int Dossiers,
    double? MedianeDepotComplet,
    double? MedianeCompletAgrement,
    double? MedianeDepotAgrement
);
