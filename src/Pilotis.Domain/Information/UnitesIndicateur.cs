namespace Pilotis.Domain.Information;

/// <summary>Les unités des indicateurs de la feuille de route, telles que l'API les publie.</summary>
public static class UnitesIndicateur
{
    public const string Nombre = "nombre";
    public const string Pourcentage = "%";
    public const string SurCinq = "/5";
    public const string RecherchesParMois = "recherches/mois";
    public const string VisitesParMois = "visites/mois";
    public const string Logements = "logements";
}
