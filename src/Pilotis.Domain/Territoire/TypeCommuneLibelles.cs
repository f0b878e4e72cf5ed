namespace Pilotis.Domain.Territoire;

public static class TypeCommuneLibelles
{
    public static string Libelle(this TypeCommune type) =>
        type switch
        {
            TypeCommune.Actuelle => "Commune",
            TypeCommune.Deleguee => "Commune déléguée",
            TypeCommune.Associee => "Commune associée",
            TypeCommune.ArrondissementMunicipal => "Arrondissement municipal",
            _ => type.ToString(),
        };

    /// <summary>Valeur du champ <c>type</c> dans communes.json de @etalab/decoupage-administratif.</summary>
    public static TypeCommune? DepuisReferentiel(string? valeur) =>
        valeur switch
        {
            "commune-actuelle" => TypeCommune.Actuelle,
            "commune-deleguee" => TypeCommune.Deleguee,
            "commune-associee" => TypeCommune.Associee,
            "arrondissement-municipal" => TypeCommune.ArrondissementMunicipal,
            _ => null,
        };
}
