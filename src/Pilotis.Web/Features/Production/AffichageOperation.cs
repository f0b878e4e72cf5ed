using System.Globalization;
using Pilotis.Domain.Production;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Mise en forme propre aux pages des opérations : valeurs des champs de saisie et couleurs des badges DSFR. Les
/// montants, nombres et dates passent par <see cref="Infrastructure.Affichage"/>.
/// </summary>
public static class AffichageOperation
{
    /// <summary>Valeur d'un champ de saisie numérique (invariante : « 1234.5 »), vide pour zéro si demandé.</summary>
    public static string Saisie(decimal n, bool videSiZero = false) =>
        videSiZero && n == 0 ? "" : n.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Saisie(int n, bool videSiZero = false) =>
        videSiZero && n == 0 ? "" : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Couleur du badge : brouillon (nouveau), instruction (info), agréée (succès), clôture (gris), sorties (erreur).
    /// </summary>
    public static string ClasseBadge(StatutOperation statut) =>
        statut switch
        {
            StatutOperation.BrouillonCree or StatutOperation.BrouillonATransmettre => "fr-badge--new",
            _ when statut.EstSortie() => "fr-badge--error",
            _ when statut.EnInstruction() => "fr-badge--info",
            _ when statut.EstAgreee() && statut.Phase() == PhaseOperation.Agrement => "fr-badge--success",
            _ => "",
        };

    /// <summary>Couleur du badge de risque de glissement.</summary>
    public static string ClasseRisque(NiveauRisque niveau) =>
        niveau switch
        {
            NiveauRisque.Eleve => "fr-badge--error",
            NiveauRisque.Moyen => "fr-badge--warning",
            _ => "fr-badge--success",
        };
}
