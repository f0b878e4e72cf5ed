using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande;

/// <summary>Checks a household before <see cref="CategorieMenage.Determiner"/>; every problem is reported with its
/// field.</summary>
public static class ValidationEligibilite
{
    /// <summary>Sanity bound, not a legal figure: households above this size are input mistakes.</summary>
    public const int PersonnesMaximum = 20;

    public static IReadOnlyList<ErreurChamp> Valider(DonneesEligibilite donnees, IEnumerable<PlafondsRessources> lignes)
    {
        ArgumentNullException.ThrowIfNull(donnees);
        ArgumentNullException.ThrowIfNull(lignes);
        var erreurs = new List<ErreurChamp>();
        if (donnees.Personnes < 1)
        {
            erreurs.Add(new(ChampsEligibilite.Personnes, "Le ménage doit compter au moins une personne."));
        }
        else if (donnees.Personnes > PersonnesMaximum)
        {
            erreurs.Add(
                new(ChampsEligibilite.Personnes, $"Le ménage ne peut pas compter plus de {PersonnesMaximum} personnes.")
            );
        }
        if (donnees.PersonnesACharge < 0)
        {
            erreurs.Add(
                new(ChampsEligibilite.PersonnesACharge, "Le nombre de personnes à charge ne peut pas être négatif.")
            );
        }
        else if (donnees.Personnes >= 1 && donnees.PersonnesACharge >= donnees.Personnes)
        {
            erreurs.Add(
                new(
                    ChampsEligibilite.PersonnesACharge,
                    "Le nombre de personnes à charge doit être inférieur au nombre de personnes du ménage (au moins "
                        + "une personne n'est pas à charge)."
                )
            );
        }
        else if (donnees.JeuneCouple && donnees.Personnes - donnees.PersonnesACharge < 2)
        {
            erreurs.Add(
                new(ChampsEligibilite.JeuneCouple, "Un jeune couple compte deux personnes qui ne sont pas à charge.")
            );
        }
        if (donnees.RevenuFiscalReference < 0)
        {
            erreurs.Add(
                new(ChampsEligibilite.RevenuFiscalReference, "Le revenu fiscal de référence ne peut pas être négatif.")
            );
        }
        if (!Geographies.ParCode.TryGetValue(donnees.Geographie ?? "", out var geographie))
        {
            erreurs.Add(
                new(
                    ChampsEligibilite.Geographie,
                    $"Géographie inconnue « {Francais.Extrait(donnees.Geographie)} » : valeurs possibles "
                        + $"{string.Join(", ", Geographies.ParCode.Keys)}."
                )
            );
        }
        else if (PlafondsRessources.Pour(lignes, donnees.Annee, geographie).Count == 0)
        {
            var annees = lignes.Select(l => l.Annee).Distinct().Order().ToArray();
            erreurs.Add(
                new(
                    ChampsEligibilite.Annee,
                    $"Aucun plafond de ressources n'est connu pour l'année {donnees.Annee} ; années disponibles : "
                        + $"{string.Join(", ", annees)}."
                )
            );
        }
        return erreurs;
    }
}
