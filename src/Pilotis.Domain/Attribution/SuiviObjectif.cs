namespace Pilotis.Domain.Attribution;

/// <summary>
/// L'avancement d'un objectif d'attribution dans l'année (docs/adr/0016). L'objectif de CCH L441-1 est une part des
/// baux de l'année : à toute date, la part attendue est l'objectif lui-même, et le nombre attendu est l'objectif
/// appliqué aux baux déjà signés. <see cref="Manquants"/> dit combien de baux de plus il aurait fallu au numérateur.
/// </summary>
public sealed record SuiviObjectif(
    int Numerateur,
    int Denominateur,
    decimal Part,
    decimal? Objectif,
    int Attendus,
    int Manquants,
    EtatObjectif Etat
)
{
    /// <summary>
    /// En dessous de ce nombre de baux au dénominateur, une part sous l'objectif n'est qu'« à surveiller » : en début
    /// d'année, deux baux sur trois ne disent rien de l'année entière (docs/adr/0016).
    /// </summary>
    public const int MinimumBauxPourAlerte = 20;

    public bool EnRetard => Etat == EtatObjectif.EnRetard;

    /// <summary>Évalue un objectif : fonction pure, parts en décimaux exacts (1 sur 4 atteint 25 %).</summary>
    public static SuiviObjectif Evaluer(int numerateur, int denominateur, decimal? objectif)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerateur);
        ArgumentOutOfRangeException.ThrowIfLessThan(denominateur, numerateur);
        var part = denominateur == 0 ? 0m : (decimal)numerateur / denominateur;
        if (objectif is not decimal o)
            return new(numerateur, denominateur, part, null, 0, 0, EtatObjectif.SansObjectif);
        var attendus = (int)Math.Ceiling(o * denominateur);
        var manquants = Math.Max(0, attendus - numerateur);
        var etat =
            ObjectifsAttribution.Atteint(numerateur, denominateur, o) ? EtatObjectif.Atteint
            : denominateur >= MinimumBauxPourAlerte ? EtatObjectif.EnRetard
            : EtatObjectif.ASurveiller;
        return new(numerateur, denominateur, part, o, attendus, manquants, etat);
    }
}
