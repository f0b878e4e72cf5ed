namespace Pilotis.Data.Foncier;

/// <summary>Les colonnes du fichier d'import des outils fonciers (docs/formats/outils-fonciers.md).</summary>
public static class ColonnesOutilsFonciers
{
    public const string Type = "type";
    public const string Nom = "nom";
    public const string Commune = "commune";
    public const string DateDebut = "date_debut";
    public const string DateFin = "date_fin";
    public const string Perimetre = "perimetre";
    public const string Zone = "zone";
    public const string PartLls = "part_lls";
    public const string Site = "site";
    public const string Porteur = "porteur_siren";
    public const string Montant = "montant";
    public const string DateCession = "date_cession_prevue";
    public const string Decote = "decote_fonciere";
    public const string Observations = "observations";

    public static readonly string[] Obligatoires = [Type, Nom, Commune];

    public static readonly string[] Facultatives =
    [
        DateDebut,
        DateFin,
        Perimetre,
        Zone,
        PartLls,
        Site,
        Porteur,
        Montant,
        DateCession,
        Decote,
        Observations,
    ];

    /// <summary>Colonne du fichier pour un champ de <see cref="Domain.Foncier.OutilFoncier"/> (messages d'erreur).
    /// </summary>
    public static string DuChamp(string champ) =>
        champ switch
        {
            "Nom" => Nom,
            "DateDebut" => DateDebut,
            "DateFin" => DateFin,
            "Perimetre" => Perimetre,
            "Zone" => Zone,
            "PartLls" => PartLls,
            "SiteId" => Site,
            "PorteurId" => Porteur,
            "Montant" => Montant,
            "DateCessionPrevue" => DateCession,
            "DecoteFonciere" => Decote,
            "Observations" => Observations,
            _ => champ,
        };
}
