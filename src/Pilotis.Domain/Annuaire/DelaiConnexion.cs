namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Le délai imposé avant un nouvel essai de connexion après des échecs successifs sur un même courriel, qu'un compte
/// existe ou non pour ce courriel (rien ne doit révéler qu'un compte existe). Le délai croît par doublement au lieu
/// d'un verrou franc : un inconnu qui s'acharne ralentit ses propres essais sans bloquer le titulaire pendant des
/// heures, et un mot de passe deviné à raison de quelques essais par quart d'heure reste hors d'atteinte
/// (recommandations de l'ANSSI sur l'authentification multifacteur et les mots de passe, 2021, § « limiter le nombre
/// de tentatives »).
/// </summary>
public static class DelaiConnexion
{
    /// <summary>Échecs tolérés sans délai (fautes de frappe).</summary>
    public const int EchecsLibres = 4;

    public static readonly TimeSpan Premier = TimeSpan.FromSeconds(30);

    public static readonly TimeSpan Plafond = TimeSpan.FromMinutes(15);

    /// <summary>Le délai à attendre après <paramref name="echecs"/> échecs consécutifs.</summary>
    public static TimeSpan Apres(int echecs)
    {
        if (echecs <= EchecsLibres)
            return TimeSpan.Zero;
        var doublements = Math.Min(echecs - EchecsLibres - 1, 10);
        var delai = Premier * Math.Pow(2, doublements);
        return delai < Plafond ? delai : Plafond;
    }
}
