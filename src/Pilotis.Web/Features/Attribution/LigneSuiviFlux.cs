using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution;

/// <summary>Le suivi d'une convention (ou du reste non réservé du bailleur) sur l'année, avec ses
/// ventilations.</summary>
public sealed record LigneSuiviFlux(
    string Bailleur,
    string Titulaire,
    Contingent Contingent,
    string DepartementCode,
    decimal Part,
    int LogementsDuFlux,
    ResultatSuiviFlux Suivi,
    IReadOnlyDictionary<ClasseTypologie, int> ParTypologie,
    IReadOnlyList<(string Epci, int Nombre)> ParEpci
)
{
    public static readonly string[] Entetes =
    [
        "Bailleur",
        "Titulaire",
        "Contingent",
        "Département",
        "Part (%)",
        "Logements du flux",
        "Dû",
        "Orientés",
        "Attribués (bail signé)",
        "Écart",
        "Prévision fin d'année",
        "Méthode de prévision",
        "Orientés T1-T2",
        "Orientés T3",
        "Orientés T4 et plus",
        "Orientés par EPCI",
    ];

    public IReadOnlyList<object?> Export() =>
        [
            Bailleur,
            Titulaire,
            Contingent.Libelle(),
            DepartementCode,
            Part,
            LogementsDuFlux,
            Suivi.Du,
            Suivi.Orientes,
            Suivi.Attribues,
            Suivi.Ecart,
            Suivi.PrevisionFinAnnee,
            Suivi.MethodePrevision,
            ParTypologie.GetValueOrDefault(ClasseTypologie.T1T2),
            ParTypologie.GetValueOrDefault(ClasseTypologie.T3),
            ParTypologie.GetValueOrDefault(ClasseTypologie.T4Plus),
            string.Join(" ; ", ParEpci.Select(e => $"{e.Epci} : {e.Nombre}")),
        ];
}
