using System.Globalization;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Le format du fichier du parc (docs/formats/logements.md) : ses colonnes, dans l'ordre où le générateur et les
/// exemples les écrivent, et l'écriture d'une ligne. La lecture est dans <see cref="LectureLogement"/>.
/// </summary>
public static class FormatLogements
{
    public static readonly string[] Colonnes =
    [
        "identifiant_rpls",
        "siren_bailleur",
        "code_commune",
        "adresse",
        "qpv",
        "typologie",
        "surface",
        "financement",
        "annee_construction",
        "loyer",
        "etiquette_energie",
        "occupation",
    ];

    public static string Entete => string.Join(";", Colonnes);

    /// <summary>Une ligne du fichier (l'adresse n'a ni « ; » ni guillemet : le générateur les évite).</summary>
    public static string Ligne(Logement l, string sirenBailleur)
    {
        ArgumentNullException.ThrowIfNull(l);
        var i = CultureInfo.InvariantCulture;
        return string.Join(
            ';',
            l.IdentifiantRpls,
            sirenBailleur,
            l.CommuneCode,
            l.Adresse,
            l.EnQpv ? "O" : "N",
            l.Typologie.Code(),
            l.Surface.ToString("0.##", i),
            l.Financement.Code(),
            l.AnneeConstruction.ToString(i),
            l.LoyerMensuel.ToString("0.00", i),
            l.EtiquetteEnergie?.ToString() ?? "",
            l.Occupation.Code()
        );
    }
}
