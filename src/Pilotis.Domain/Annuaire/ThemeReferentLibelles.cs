namespace Pilotis.Domain.Annuaire;

/// <summary>Libellés français des thèmes de l'annuaire et leur code court (filtres d'URL, exports).</summary>
public static class ThemeReferentLibelles
{
    public static string Libelle(this ThemeReferent theme) =>
        theme switch
        {
            ThemeReferent.Production => "Production",
            ThemeReferent.Sru => "SRU",
            ThemeReferent.Demande => "Demande",
            ThemeReferent.Attribution => "Attribution",
            ThemeReferent.Caleol => "CALEOL",
            ThemeReferent.Foncier => "Foncier",
            ThemeReferent.Financement => "Financement",
            ThemeReferent.InformationPublic => "Information du public",
            _ => theme.ToString(),
        };
}
