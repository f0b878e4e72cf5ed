using Pilotis.Domain.Attribution;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Le bilan d'un bailleur pour un titulaire (CCH R441-5-1) : logements proposés (orientés) et attribués (bail signé),
/// ventilés par typologie, financement, QPV, commune et trimestre, et la prévision du flux de l'année suivante.
/// </summary>
public sealed record BilanPaire(
    string Bailleur,
    string Titulaire,
    Contingent? Contingent,
    int Offerts,
    int Attribues,
    ResultatSuiviFlux? Prevision,
    IReadOnlyList<(string Dimension, string Valeur, int Offerts, int Attribues)> Details
)
{
    public static readonly string[] Entetes =
    [
        "Bailleur",
        "Titulaire",
        "Contingent",
        "Ventilation",
        "Valeur",
        "Logements proposés (orientés)",
        "Logements attribués (bail signé)",
    ];

    public IEnumerable<IReadOnlyList<object?>> Export(int annee)
    {
        var contingent = Contingent?.Libelle() ?? "";
        yield return [Bailleur, Titulaire, contingent, "Total", "", Offerts, Attribues];
        foreach (var (dimension, valeur, offerts, attribues) in Details)
            yield return [Bailleur, Titulaire, contingent, dimension, valeur, offerts, attribues];
        if (Prevision is not null)
        {
            yield return
            [
                Bailleur,
                Titulaire,
                contingent,
                $"Prévision du flux {annee + 1}",
                Prevision.MethodePrevision,
                Prevision.PrevisionFinAnnee,
                null,
            ];
        }
    }
}
