namespace Pilotis.Domain.Attribution;

/// <summary>Libellés français des valeurs de la gestion en flux (pages, exports, explications).</summary>
public static class LibellesFlux
{
    public static string Libelle(this StatutConvention statut) =>
        statut switch
        {
            StatutConvention.Projet => "Projet",
            StatutConvention.Signee => "Signée",
            _ => "Résiliée",
        };

    public static string Libelle(this ClasseTypologie classe) =>
        classe switch
        {
            ClasseTypologie.T1T2 => "T1-T2",
            ClasseTypologie.T3 => "T3",
            _ => "T4 et plus",
        };
}
