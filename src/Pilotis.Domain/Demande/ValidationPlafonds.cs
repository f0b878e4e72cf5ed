namespace Pilotis.Domain.Demande;

/// <summary>Contrôles d'une ligne du barème saisie par un administrateur : montants positifs, croissants avec la
/// catégorie, source citée.</summary>
public static class ValidationPlafonds
{
    public const int AnneeMinimum = 2000;
    public const int AnneeMaximum = 2100;

    /// <summary>Borne de vraisemblance (pas un seuil légal) : un plafond au-delà est une erreur de frappe.</summary>
    public const decimal MontantMaximum = 1_000_000m;

    public static string ChampCategorie(int categorie) => $"Categorie{categorie}";

    public static IReadOnlyList<ErreurChamp> Valider(PlafondRessourcesParametre p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var erreurs = new List<ErreurChamp>();
        if (p.Annee is < AnneeMinimum or > AnneeMaximum)
            erreurs.Add(new(nameof(p.Annee), $"L'année doit être comprise entre {AnneeMinimum} et {AnneeMaximum}."));
        decimal[] montants = [p.Categorie1, p.Categorie2, p.Categorie3, p.Categorie4, p.Categorie5, p.Categorie6];
        for (var i = 0; i < montants.Length; i++)
        {
            var champ = ChampCategorie(i + 1);
            if (montants[i] <= 0 || montants[i] > MontantMaximum)
                erreurs.Add(
                    new(
                        champ,
                        $"Catégorie {i + 1} : le plafond doit être un montant positif, en euros, inférieur à 1 000 "
                            + $"000 €."
                    )
                );
            // Un ménage plus grand a toujours un plafond au moins égal (arrêté du 29 juillet 1987, barème croissant).
            else if (i > 0 && montants[i - 1] > 0 && montants[i] < montants[i - 1])
                erreurs.Add(
                    new(
                        champ,
                        $"Catégorie {i + 1} : le plafond ne peut pas être inférieur à celui de la catégorie {i}."
                    )
                );
        }
        if (p.ParPersonneSupplementaire <= 0 || p.ParPersonneSupplementaire > MontantMaximum)
            erreurs.Add(
                new(
                    nameof(p.ParPersonneSupplementaire),
                    "Le montant par personne supplémentaire doit être positif, en euros."
                )
            );
        if (string.IsNullOrWhiteSpace(p.Source))
            erreurs.Add(
                new(
                    nameof(p.Source),
                    "Citez la source (arrêté, année, publication) : chaque plafond doit pouvoir être vérifié."
                )
            );
        else if (p.Source.Length > 500)
            erreurs.Add(new(nameof(p.Source), "La source ne peut pas dépasser 500 caractères."));
        return erreurs;
    }
}
