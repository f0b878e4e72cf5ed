namespace Pilotis.Domain.Production;

/// <summary>
/// Les informations du dossier qu'une exigence de type « champ » peut demander, et comment on les vérifie.
/// </summary>
public static class ChampsDossier
{
    public static IReadOnlyList<(string Code, string Libelle, Func<Operation, bool> Renseigne)> Tous { get; } =
    [
        ("adresse", "Adresse de l'opération", o => !string.IsNullOrWhiteSpace(o.Adresse)),
        ("lots", "Au moins un lot avec ses logements", o => o.Lots.Any(l => l.NombreLogements > 0)),
        ("typologies", "Logements ventilés par typologie (T1 à T6+)", o =>
            o.Lots.Count > 0 && o.Lots.All(l => l.NombreLogements > 0 && l.SommeTypologies == l.NombreLogements)
        ),
        ("surfaces", "Surfaces habitables et annexes", o =>
            o.Lots.Count > 0 && o.Lots.All(l => l.SurfaceHabitable > 0)
        ),
        ("loyers", "Loyers au m² de surface utile des lots locatifs", o =>
            o.Lots.Where(l => !l.Produit.EstAccession()).All(l => l.LoyerM2 > 0)
        ),
        ("prix_revient", "Prix de revient par poste", o => o.PrixDeRevient > 0),
        ("plan_financement", "Plan de financement équilibré", o => o.PlanEquilibre),
        ("foncier", "Foncier maîtrisé", o => o.FoncierMaitrise),
        ("permis", "Permis de construire obtenu", o =>
            o.Permis is EtatPermis.Obtenu or EtatPermis.PurgeDeRecours or EtatPermis.SansObjet
        ),
    ];

    public static bool Existe(string code) => Tous.Any(c => c.Code == code);
}
