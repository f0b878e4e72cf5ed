using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande.Cotation;

/// <summary>
/// Règles d'une grille de cotation saisie par un EPCI (CCH L441-2-8) : erreurs par champ, en français, nommant le
/// critère (« Critère 3 : … »). Les champs sont nommés <c>Criteres[i].Points</c> etc., comme dans le formulaire.
/// </summary>
public static class ValidationGrilleCotation
{
    /// <summary>Borne des points d'un critère : au-delà, un seul critère écraserait tous les autres.</summary>
    public const decimal PointsMaximum = 1000m;

    public static IReadOnlyList<ErreurChamp> Valider(IReadOnlyList<CritereCotation> criteres)
    {
        ArgumentNullException.ThrowIfNull(criteres);
        var erreurs = new List<ErreurChamp>();
        if (criteres.Count == 0)
        {
            erreurs.Add(new ErreurChamp("Criteres", "La grille doit comporter au moins un critère."));
            return erreurs;
        }
        var vus = new HashSet<(TypeCritere, int)>();
        for (var i = 0; i < criteres.Count; i++)
        {
            var c = criteres[i];
            var n = i + 1;
            var champ = $"Criteres[{i}]";
            if (!Enum.IsDefined(c.Type))
            {
                erreurs.Add(new ErreurChamp($"{champ}.Type", $"Critère {n} : le type de critère est inconnu."));
                continue;
            }
            if (c.Points < -PointsMaximum || c.Points > PointsMaximum)
                erreurs.Add(
                    new ErreurChamp(
                        $"{champ}.Points",
                        $"Critère {n} : les points doivent être compris entre −1 000 et 1 000."
                    )
                );
            if (c.Type == TypeCritere.AncienneteParMois)
            {
                if (c.Plafond is { } p && p <= 0)
                    erreurs.Add(
                        new ErreurChamp(
                            $"{champ}.Plafond",
                            $"Critère {n} : le plafond de l'ancienneté doit être supérieur à 0."
                        )
                    );
                if (c.Points <= 0)
                    erreurs.Add(
                        new ErreurChamp(
                            $"{champ}.Points",
                            $"Critère {n} : l'ancienneté doit rapporter des points positifs par mois."
                        )
                    );
            }
            else if (c.Plafond is not null)
            {
                erreurs.Add(
                    new ErreurChamp(
                        $"{champ}.Plafond",
                        $"Critère {n} : seul le critère d'ancienneté a un plafond ; laissez ce champ vide."
                    )
                );
            }
            if (!ParametreValide(c.Type, c.Parametre))
            {
                erreurs.Add(
                    new ErreurChamp(
                        $"{champ}.Parametre",
                        LibellesCotation.Parametres(c.Type).Count == 0
                            ? $"Critère {n} : ce type de critère ne prend pas de précision."
                            : $"Critère {n} : choisissez une précision valable pour « "
                                + $"{LibellesCotation.Type(c.Type)} »."
                    )
                );
            }
            else if (!vus.Add((c.Type, c.Parametre)))
            {
                erreurs.Add(new ErreurChamp($"{champ}.Type", $"Critère {n} : ce critère figure déjà dans la grille."));
            }
            if (c.Libelle?.Length > 200)
                erreurs.Add(
                    new ErreurChamp(
                        $"{champ}.Libelle",
                        $"Critère {n} : le libellé ne doit pas dépasser 200 caractères."
                    )
                );
        }
        return erreurs;
    }

    public static bool ParametreValide(TypeCritere type, int parametre)
    {
        var possibles = LibellesCotation.Parametres(type);
        return possibles.Count == 0 ? parametre == 0 : possibles.Any(p => p.Valeur == parametre);
    }
}
