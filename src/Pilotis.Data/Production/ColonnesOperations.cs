namespace Pilotis.Data.Production;

/// <summary>Colonnes du fichier d'import des opérations (contrat public ; docs/formats/operations.md).</summary>
public static class ColonnesOperations
{
    public const string Numero = "numero_operation";
    public const string CodeCommune = "code_commune";
    public const string SirenBailleur = "siren_bailleur";
    public const string Nature = "nature";
    public const string Produit = "produit";
    public const string NombreLogements = "nombre_logements";
    public const string DateDepot = "date_depot";
    public const string DateAgrement = "date_agrement";
    public const string Statut = "statut";
    public const string DateOuvertureChantier = "date_ouverture_chantier";
    public const string DateLivraison = "date_livraison";
    public const string Nom = "nom";

    public static IReadOnlyList<string> Obligatoires { get; } =
    [Numero, CodeCommune, SirenBailleur, Nature, Produit, NombreLogements, DateDepot, DateAgrement];
    public static IReadOnlyList<string> Facultatives { get; } = [Statut, DateOuvertureChantier, DateLivraison, Nom];
}
