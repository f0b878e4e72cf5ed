namespace Pilotis.Domain.Sru;

/// <summary>
/// Période triennale de rattrapage (CCH L302-8) : trois années civiles consécutives, de <see cref="Debut"/> à
/// <see cref="Fin"/> incluses. Les bornes viennent des paramètres datés (<see cref="ParametresSru.PeriodeContenant"/>),
/// jamais d'une année écrite dans le code.
/// </summary>
public readonly record struct PeriodeTriennale(int Debut)
{
    /// <summary>Texte légal qui fixe la durée de la période.</summary>
    public const string Source = "CCH L302-8";

    /// <summary>Une période triennale dure trois années civiles (CCH L302-8).</summary>
    public const int Duree = 3;

    public int Fin => Debut + Duree - 1;

    public string Libelle => $"{Debut}-{Fin}";

    /// <summary>1er janvier de la première année.</summary>
    public DateOnly PremierJour => new(Debut, 1, 1);

    /// <summary>31 décembre de la dernière année.</summary>
    public DateOnly DernierJour => new(Fin, 12, 31);

    /// <summary>La période qui précède immédiatement celle-ci.</summary>
    public PeriodeTriennale Precedente => new(Debut - Duree);

    public bool Contient(int annee) => Debut <= annee && annee <= Fin;

    /// <summary>La période, calée sur <paramref name="reference"/>, qui contient <paramref name="annee"/>.</summary>
    public static PeriodeTriennale Contenant(int annee, PeriodeTriennale reference)
    {
        var decalage = (int)Math.Floor((annee - reference.Debut) / (double)Duree) * Duree;
        return new PeriodeTriennale(reference.Debut + decalage);
    }
}
