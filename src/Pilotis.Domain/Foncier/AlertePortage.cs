namespace Pilotis.Domain.Foncier;

/// <summary>
/// Alerte de l'observatoire (seed 001, solution 4) : une convention de portage de l'EPF qui finit dans les 12 mois
/// alors qu'aucune opération n'est engagée sur son site — à la fin du portage, la collectivité doit racheter le
/// terrain (C. urb. L321-1) sans projet pour le rentabiliser.
/// </summary>
public static class AlertePortage
{
    public const int HorizonMois = 12;

    /// <summary>Dernier jour de fin de portage qui déclenche l'alerte à la date du jour (borne incluse).</summary>
    public static DateOnly Limite(DateOnly aujourdhui) => aujourdhui.AddMonths(HorizonMois);

    /// <summary>La convention finit-elle entre aujourd'hui et la limite, sans opération sur son site ?</summary>
    public static bool EnAlerte(TypeOutilFoncier type, DateOnly? fin, bool operationSurLeSite, DateOnly aujourdhui) =>
        type == TypeOutilFoncier.ConventionPortage
        && fin is DateOnly f
        && f >= aujourdhui
        && f <= Limite(aujourdhui)
        && !operationSurLeSite;
}
