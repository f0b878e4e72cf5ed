using Pilotis.Domain.Information;

namespace Pilotis.Web.Features.Information;

/// <summary>Une session dans la liste : ses informations, ses inscrits et ses présents (tous, sans nom).</summary>
public sealed record LigneSession(
    int Id,
    string DepartementCode,
    DateOnly Date,
    string Lieu,
    ThemeFormation Theme,
    string Formateur,
    int Capacite,
    int Inscrits,
    int Presents
);
