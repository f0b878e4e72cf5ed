namespace Pilotis.Web.Api;

/// <summary>Une solution de la feuille de route publiée avec ses indicateurs.</summary>
public sealed record SolutionFeuilleDeRoutePubliee(
    int Numero,
    string Axe,
    string Intitule,
    IReadOnlyList<IndicateurFeuilleDeRoutePublie> Indicateurs
);
