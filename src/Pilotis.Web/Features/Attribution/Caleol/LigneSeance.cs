namespace Pilotis.Web.Features.Attribution.Caleol;

/// <summary>Une ligne du calendrier des séances.</summary>
public sealed record LigneSeance(
    int Id,
    DateTimeOffset Date,
    string Commission,
    string Bailleur,
    string Lieu,
    int Logements,
    bool Close
);
