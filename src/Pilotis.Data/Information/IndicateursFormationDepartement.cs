namespace Pilotis.Data.Information;

/// <summary>
/// Les chiffres de la formation des élus d'un département à une date : communes ayant un élu formé depuis le début
/// du mandat (sur les communes du département), satisfaction moyenne et réponses sur la période lue.
/// </summary>
public sealed record IndicateursFormationDepartement(
    DateOnly? DebutMandat,
    int Sessions,
    int CommunesFormees,
    int Communes,
    decimal? Part,
    decimal? SatisfactionMoyenne,
    int Reponses
);
