namespace Pilotis.Domain.Foncier;

/// <summary>
/// Indicateurs de l'observatoire d'un EPCI sur la période de son PLH (seed 001, solution 5 ; DOMAIN §7) : logements
/// potentiels identifiés (capacité des sites pas encore en opération), logements en opération et logements construits
/// sur du foncier identifié.
/// </summary>
public sealed record IndicateursFonciers(
    int Sites,
    int LogementsPotentiels,
    int SitesEnOperation,
    int LogementsEnOperation,
    int SitesConstruits,
    int LogementsConstruits,
    int SitesSansCapacite
)
{
    /// <summary>Un PLH est établi pour six ans (C. constr. L302-1).</summary>
    public const int DureePlhAnnees = 6;

    /// <summary>
    /// Une ligne par site : son statut, la date de ce statut, sa capacité estimée, les logements de l'opération liée.
    /// Compte : les sites identifiés, à l'étude ou acquis (potentiel), ceux en opération à la fin de la période, ceux
    /// construits pendant la période ; les logements d'un site en opération ou construit sont ceux de son opération
    /// (sa capacité estimée quand l'opération n'a pas encore de lot).
    /// </summary>
    public static IndicateursFonciers Calculer(
        IEnumerable<(StatutSite Statut, DateOnly DateStatut, int? Capacite, int? LogementsOperation)> sites,
        DateOnly debut,
        DateOnly fin
    )
    {
        ArgumentNullException.ThrowIfNull(sites);
        int n = 0,
            potentiels = 0,
            enOp = 0,
            lgtEnOp = 0,
            construits = 0,
            lgtConstruits = 0,
            sansCapacite = 0;
        foreach (var s in sites)
        {
            if (s.DateStatut > fin)
                continue;
            var logements = s.LogementsOperation is > 0 ? s.LogementsOperation.Value : s.Capacite ?? 0;
            switch (s.Statut)
            {
                case StatutSite.Identifie or StatutSite.EnEtude or StatutSite.AcquisPorte:
                    n++;
                    potentiels += s.Capacite ?? 0;
                    if (s.Capacite is null)
                        sansCapacite++;
                    break;
                case StatutSite.EnOperation:
                    n++;
                    enOp++;
                    lgtEnOp += logements;
                    break;
                case StatutSite.Construit when s.DateStatut >= debut:
                    n++;
                    construits++;
                    lgtConstruits += logements;
                    break;
            }
        }
        return new(n, potentiels, enOp, lgtEnOp, construits, lgtConstruits, sansCapacite);
    }

    /// <summary>La période par défaut : six années civiles à partir de l'année de début.</summary>
    public static (DateOnly Debut, DateOnly Fin) Periode(int anneeDebut, int? anneeFin = null) =>
        (new DateOnly(anneeDebut, 1, 1), new DateOnly(anneeFin ?? anneeDebut + DureePlhAnnees - 1, 12, 31));
}
