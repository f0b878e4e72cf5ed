using System.Globalization;
using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Le format du fichier des logements libérés ou mis en service (docs/formats/liberations.md) : ses colonnes, dans
/// l'ordre où le générateur et l'exemple les écrivent, et l'écriture d'une ligne. La lecture est dans
/// <see cref="ImportLiberations"/>.
/// </summary>
public static class FormatLiberations
{
    public static readonly string[] Colonnes =
    [
        "identifiant_rpls",
        "origine",
        "date_conge",
        "date_disponibilite",
        "motif_exclusion",
    ];

    public static string Entete => string.Join(";", Colonnes);

    public static string Ligne(
        string identifiantRpls,
        OrigineDisponibilite origine,
        DateOnly? conge,
        DateOnly disponibilite,
        MotifExclusionFlux exclusion
    )
    {
        var i = CultureInfo.InvariantCulture;
        return string.Join(
            ';',
            identifiantRpls,
            origine.Code(),
            conge?.ToString("yyyy-MM-dd", i) ?? "",
            disponibilite.ToString("yyyy-MM-dd", i),
            exclusion.Code()
        );
    }
}
