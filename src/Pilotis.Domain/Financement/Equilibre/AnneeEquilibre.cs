namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>Une année d'exploitation (euros courants, au centime) et le flux de trésorerie qui en reste.</summary>
public sealed record AnneeEquilibre(
    int Annee,
    decimal Loyers,
    decimal Vacance,
    decimal Rls,
    decimal Gestion,
    decimal Entretien,
    decimal TaxeFonciere,
    decimal Annuites,
    decimal Flux,
    decimal FluxCumule
);
