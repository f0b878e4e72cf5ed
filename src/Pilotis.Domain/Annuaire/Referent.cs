namespace Pilotis.Domain.Annuaire;

/// <summary>
/// Un référent nommé d'une organisation sur un thème (seed 001, solution 9) : qui il est, comment le joindre, quand,
/// et qui peut voir sa fiche. L'organisation confirme ses fiches chaque année (<see cref="ConfirmeLe"/>).
/// </summary>
public sealed class Referent
{
    public const int LongueurNomMaximum = 150;
    public const int LongueurFonctionMaximum = 150;
    public const int LongueurCourrielMaximum = 200;
    public const int LongueurTelephoneMaximum = 30;
    public const int LongueurDisponibiliteMaximum = 200;

    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public ThemeReferent Theme { get; set; }
    public required string Nom { get; set; }

    /// <summary>Fonction dans l'organisation (« chargée de mission habitat »).</summary>
    public string? Fonction { get; set; }
    public string? Courriel { get; set; }
    public string? Telephone { get; set; }

    /// <summary>Disponibilités en texte libre : « mardi et jeudi matin ».</summary>
    public string? Disponibilite { get; set; }
    public VisibiliteReferent Visibilite { get; set; }

    /// <summary>
    /// Nom, fonction et organisation normalisés par <see cref="Commun.TexteRecherche.Normaliser"/> à l'écriture :
    /// la recherche compare cette colonne, le même résultat sur SQLite et PostgreSQL (sans collation ni unaccent).
    /// </summary>
    public string CleRecherche { get; set; } = "";

    /// <summary>Dernier jour où l'organisation a dit la fiche à jour (saisie, modification ou confirmation).</summary>
    public DateOnly ConfirmeLe { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
