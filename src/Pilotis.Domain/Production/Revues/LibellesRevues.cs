namespace Pilotis.Domain.Production.Revues;

public static class LibellesRevues
{
    public static string Libelle(this CategorieBlocage categorie) =>
        categorie switch
        {
            CategorieBlocage.Foncier => "Foncier",
            CategorieBlocage.PermisOuRecours => "Permis de construire ou recours",
            CategorieBlocage.FinancementManquant => "Plan de financement non bouclé",
            CategorieBlocage.TechniqueInondation => "Technique (risque inondation, PPRI…)",
            CategorieBlocage.OppositionLocale => "Opposition locale",
            CategorieBlocage.PromoteurVefa => "Promoteur (VEFA)",
            _ => "Autre",
        };

    public static string Libelle(this StatutRevue statut) =>
        statut == StatutRevue.Preparation ? "En préparation" : "Tenue";

    /// <summary>Contrôles d'une nouvelle revue : trois par an et par EPCI au plus, datée dans son année.</summary>
    public static string? ValiderRevue(int annee, int numero, DateOnly date, IEnumerable<int> numerosExistants)
    {
        if (numero is < 1 or > RevueProjets.ParAn)
            return $"Le numéro de revue va de 1 à {RevueProjets.ParAn} (trois revues par an).";
        if (date.Year != annee)
            return $"La date doit tomber en {annee}.";
        return numerosExistants.Contains(numero) ? $"La revue n° {numero} de {annee} existe déjà pour cet EPCI." : null;
    }
}
