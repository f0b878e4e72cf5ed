namespace Pilotis.Web.Api;

/// <summary>Un indicateur publié : valeur calculée (null si le module ne tient rien pour l'année) et cible.</summary>
public sealed record IndicateurFeuilleDeRoutePublie(
    string Code,
    string Libelle,
    decimal? Valeur,
    decimal? Cible,
    string Unite
);
