namespace Pilotis.Domain.Sru;

/// <summary>
/// Social units counted in a commune's inventory at 1 January (CCH L302-5 IV), by category.
/// Logements-foyers are given in places; <see cref="Total"/> converts them to units.
/// </summary>
public readonly record struct InventaireLogementsSociaux
{
    public int Plai { get; init; }
    public int Plus { get; init; }
    public int Pls { get; init; }

    /// <summary>Places in logements-foyers and résidences sociales (counted 3 places = 1 unit).</summary>
    public int PlacesFoyer { get; init; }

    /// <summary>PSLA and BRS units counted under the conditions of L302-5 IV.</summary>
    public int PslaBrs { get; init; }

    /// <summary>Other counted units, or the whole inventory when it is not broken down.</summary>
    public int Autres { get; init; }

    /// <summary>An inventory known only by its total (the public simulator's single figure).</summary>
    public static InventaireLogementsSociaux NonVentile(int total) => new() { Autres = total };

    /// <summary>Foyer places converted to units: integer division, the remaining places do not count.</summary>
    public int LogementsFoyer(int placesParLogement) => PlacesFoyer / placesParLogement;

    /// <summary>Units counted for the rate (long: a malformed import cannot overflow silently).</summary>
    public long Total(int placesFoyerParLogement) =>
        (long)Plai + Plus + Pls + LogementsFoyer(placesFoyerParLogement) + PslaBrs + Autres;
}
