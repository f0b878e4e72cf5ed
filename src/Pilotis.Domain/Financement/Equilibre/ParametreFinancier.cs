namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// Une valeur datée d'un paramètre de l'équilibre d'opération (taux du Livret A, plafond de loyer, durée…) : une
/// nouvelle valeur est une nouvelle ligne (« valable depuis »), l'historique reste ; la ligne en vigueur à une date
/// est la plus récente qui la précède (DESIGN : « les paramètres sont des données »).
/// </summary>
public sealed class ParametreFinancier
{
    public const int LongueurSourceMaximum = 500;

    public int Id { get; set; }

    /// <summary>Code du paramètre dans <see cref="CatalogueParametresFinanciers"/>.</summary>
    public required string Code { get; set; }
    public decimal Valeur { get; set; }
    public DateOnly ValideDepuis { get; set; }

    /// <summary>Texte officiel ou hypothèse d'où vient la valeur, montré à côté de chaque résultat.</summary>
    public required string Source { get; set; }

    /// <summary>Valeur non vérifiée sur un texte officiel : la page l'affiche « à confirmer ».</summary>
    public bool AConfirmer { get; set; }
    public DateTimeOffset ModifieLe { get; set; }
    public string? ModifiePar { get; set; }
    public Guid Jeton { get; set; } = Guid.NewGuid();
}
