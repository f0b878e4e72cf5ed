namespace Pilotis.Domain.Attribution;

/// <summary>
/// Les objectifs d'attribution de CCH L441-1 (loi Égalité et citoyenneté du 27 janvier 2017), calculés sur les baux
/// signés d'un EPCI dans une année civile. Fonctions pures : le seuil du premier quartile est un paramètre.
/// </summary>
public static class QuotasAttribution
{
    /// <summary>
    /// Premier quartile : ressources annuelles par UC au plus égales au seuil de l'EPCI pour l'année (CCH L441-1,
    /// « dont le niveau de ressources par unité de consommation est inférieur ou égal » au seuil). Sans seuil connu,
    /// aucun ménage n'est compté au premier quartile (docs/adr/0015).
    /// </summary>
    public static bool PremierQuartile(decimal ressourcesParUc, decimal? seuil) =>
        seuil is decimal s && ressourcesParUc <= s;

    /// <summary>
    /// Les contingents du troisième objectif : réservations des collectivités et d'Action Logement, logements non
    /// réservés du bailleur (CCH L441-1). Le contingent du préfet est compté à part : il va tout entier aux publics
    /// prioritaires.
    /// </summary>
    public static bool Reservataire(Contingent contingent) =>
        contingent is Contingent.ActionLogement or Contingent.Collectivite or Contingent.Bailleur;

    /// <summary>
    /// Le bail compte-t-il au dénominateur de l'indicateur ? Une seule écriture de la règle, pour le calcul et pour la
    /// liste des baux derrière chaque chiffre (le détail compte exactement ce que le tableau compte).
    /// </summary>
    public static bool DansDenominateur(IndicateurAttribution indicateur, BailPourQuotas bail)
    {
        ArgumentNullException.ThrowIfNull(bail);
        return indicateur switch
        {
            IndicateurAttribution.HorsQpvPremierQuartile => !bail.LogementEnQpv,
            IndicateurAttribution.EnQpvAutresQuartiles => bail.LogementEnQpv,
            IndicateurAttribution.DaloOuPrioritaires => Reservataire(bail.Contingent),
            IndicateurAttribution.Prefet => !Reservataire(bail.Contingent),
            _ => false,
        };
    }

    /// <summary>Le bail compte-t-il au numérateur de l'indicateur (il est alors aussi au dénominateur) ?</summary>
    public static bool DansNumerateur(IndicateurAttribution indicateur, BailPourQuotas bail, decimal? seuil)
    {
        if (!DansDenominateur(indicateur, bail))
            return false;
        return indicateur switch
        {
            // CCH L441-1 : 25 % au moins des baux signés hors QPV au premier quartile ou aux ménages relogés dans le
            // cadre d'une opération de renouvellement urbain.
            IndicateurAttribution.HorsQpvPremierQuartile => PremierQuartile(bail.RessourcesAnnuellesParUc, seuil)
                || bail.RelogementRenouvellementUrbain,
            // CCH L441-1 : 50 % au moins des attributions en QPV aux demandeurs des trois autres quartiles.
            IndicateurAttribution.EnQpvAutresQuartiles => !PremierQuartile(bail.RessourcesAnnuellesParUc, seuil),
            // CCH L441-1 : 25 % des attributions de chaque réservataire (hors préfet) et du bailleur aux ménages DALO
            // puis aux publics prioritaires ; le contingent du préfet va tout entier aux publics prioritaires.
            IndicateurAttribution.DaloOuPrioritaires or IndicateurAttribution.Prefet => bail.Dalo || bail.Prioritaire,
            _ => false,
        };
    }

    public static ResultatQuotas Calculer(IEnumerable<BailPourQuotas> baux, decimal? seuilPremierQuartile)
    {
        ArgumentNullException.ThrowIfNull(baux);
        var liste = baux as IReadOnlyCollection<BailPourQuotas> ?? baux.ToList();
        int Denominateur(IndicateurAttribution i) => liste.Count(b => DansDenominateur(i, b));
        int Numerateur(IndicateurAttribution i) => liste.Count(b => DansNumerateur(i, b, seuilPremierQuartile));
        return new ResultatQuotas(
            Denominateur(IndicateurAttribution.HorsQpvPremierQuartile),
            Numerateur(IndicateurAttribution.HorsQpvPremierQuartile),
            Denominateur(IndicateurAttribution.EnQpvAutresQuartiles),
            Numerateur(IndicateurAttribution.EnQpvAutresQuartiles),
            Denominateur(IndicateurAttribution.DaloOuPrioritaires),
            Numerateur(IndicateurAttribution.DaloOuPrioritaires),
            Denominateur(IndicateurAttribution.Prefet),
            Numerateur(IndicateurAttribution.Prefet)
        );
    }

    /// <summary>Numérateur sur dénominateur, 0 quand le dénominateur est nul.</summary>
    public static double Part(int numerateur, int denominateur) =>
        denominateur == 0 ? 0d : (double)numerateur / denominateur;
}
