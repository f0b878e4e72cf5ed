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

    public static ResultatQuotas Calculer(IEnumerable<BailPourQuotas> baux, decimal? seuilPremierQuartile)
    {
        ArgumentNullException.ThrowIfNull(baux);
        int horsQpv = 0,
            horsQpvPremier = 0,
            enQpv = 0,
            enQpvAutres = 0,
            reservataires = 0,
            daloOuPrioritaires = 0,
            prefet = 0,
            prefetDaloOuPrioritaires = 0;
        foreach (var b in baux)
        {
            var premier = PremierQuartile(b.RessourcesAnnuellesParUc, seuilPremierQuartile);
            if (b.LogementEnQpv)
            {
                // CCH L441-1 : 50 % au moins des attributions en QPV aux demandeurs des trois autres quartiles.
                enQpv++;
                if (!premier)
                    enQpvAutres++;
            }
            else
            {
                // CCH L441-1 : 25 % au moins des baux signés hors QPV au premier quartile ou aux ménages relogés
                // dans le cadre d'une opération de renouvellement urbain.
                horsQpv++;
                if (premier || b.RelogementRenouvellementUrbain)
                    horsQpvPremier++;
            }
            // CCH L441-1 : 25 % des attributions de chaque réservataire (hors préfet) et du bailleur aux ménages
            // DALO puis aux publics prioritaires.
            if (Reservataire(b.Contingent))
            {
                reservataires++;
                if (b.Dalo || b.Prioritaire)
                    daloOuPrioritaires++;
            }
            else
            {
                // Contingent préfectoral, montré à part : tout entier aux publics prioritaires (CCH L441-1).
                prefet++;
                if (b.Dalo || b.Prioritaire)
                    prefetDaloOuPrioritaires++;
            }
        }
        return new ResultatQuotas(
            horsQpv,
            horsQpvPremier,
            enQpv,
            enQpvAutres,
            reservataires,
            daloOuPrioritaires,
            prefet,
            prefetDaloOuPrioritaires
        );
    }

    /// <summary>Numérateur sur dénominateur, 0 quand le dénominateur est nul.</summary>
    public static double Part(int numerateur, int denominateur) =>
        denominateur == 0 ? 0d : (double)numerateur / denominateur;
}
