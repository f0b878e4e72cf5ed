namespace Pilotis.Domain.Demande;

/// <summary>
/// Household category for the resource ceilings (arrêté du 29 juillet 1987, DOMAIN §4.1) and the
/// number of persons beyond category 6, each adding the "+ per person" column of the ceiling table.
/// </summary>
public readonly record struct CategorieMenage(int Categorie, int PersonnesSupplementaires)
{
    /// <summary>Last category of the table; each further person adds the last column.</summary>
    public const int DerniereCategorie = 6;

    /// <summary>
    /// 1 = one person; 2 = two persons with no dependent, except young couples; 3 = three persons,
    /// or one person + one dependent, or young couple; 4 = four or one + two; 5 = five or one + three;
    /// 6 = six or one + four; beyond, "+ per person". A household including a person with a
    /// disability takes the category of a household with one more person (its equivalent size is
    /// increased by one, after the young-couple and single-adult rules: a disabled young couple is
    /// category 4). Inputs must have passed <see cref="ValidationEligibilite"/>.
    /// </summary>
    public static CategorieMenage Determiner(int personnes, int personnesACharge, bool jeuneCouple, bool handicap)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(personnes, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(personnesACharge);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(personnesACharge, personnes);

        // Size of the household in the "n persons" reading of the table.
        var equivalent = personnes;
        if (personnesACharge >= 1 && personnes - personnesACharge == 1)
        {
            // One person + k dependents sits with households of k + 2 persons.
            equivalent = personnes + 1;
        }
        else if (jeuneCouple && personnes == 2)
        {
            equivalent = 3;
        }
        if (handicap)
            equivalent++;

        return new CategorieMenage(
            Math.Min(equivalent, DerniereCategorie),
            Math.Max(0, equivalent - DerniereCategorie)
        );
    }
}
