namespace Pilotis.Domain.Territoire;

public enum NatureAttribut
{
    /// <summary>Zonage 1bis/1/2/3 (loyers maximaux et APL, arrêté du 17 mars 1978 modifié).</summary>
    Zone123 = 0,

    /// <summary>Zonage Abis/A/B1/B2/C (tension du marché, CCH R304-1).</summary>
    ZoneAbc = 1,

    /// <summary>Géographie des plafonds de ressources (arrêté du 29 juillet 1987 modifié).</summary>
    GeographiePlafonds = 2,

    /// <summary>Présence d'au moins un quartier prioritaire de la politique de la ville (décret 2023-1314).</summary>
    Qpv = 3,

    /// <summary>Situation au regard de l'article 55 de la loi SRU (CCH L302-5).</summary>
    StatutSru = 4,
}
