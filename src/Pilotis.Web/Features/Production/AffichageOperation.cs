using System.Globalization;
using Pilotis.Domain.Production;

namespace Pilotis.Web.Features.Production;

/// <summary>Mise en forme commune aux pages des opérations (montants, dates, badge de statut DSFR).</summary>
public static class AffichageOperation
{
    public static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    public static string Euros(decimal montant) => montant.ToString("N2", Fr) + " €";

    public static string EurosArrondis(decimal montant) => montant.ToString("N0", Fr) + " €";

    public static string Nombre(decimal n) => n.ToString("0.##", Fr);

    public static string Date(DateOnly? d) => d is DateOnly v ? v.ToString("dd/MM/yyyy", Fr) : "—";

    public static string Instant(DateTimeOffset t) =>
        Pilotis.Web.Infrastructure.Affichage.HeureDeParis(t).ToString("dd/MM/yyyy HH:mm", Fr);

    /// <summary>Valeur d'un champ de saisie numérique (invariante : « 1234.5 »), vide pour zéro si demandé.</summary>
    public static string Saisie(decimal n, bool videSiZero = false) =>
        videSiZero && n == 0 ? "" : n.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Saisie(int n, bool videSiZero = false) =>
        videSiZero && n == 0 ? "" : n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Couleur du badge : brouillon (nouveau), instruction (info), agréée (succès), clôture (gris), sorties (erreur).</summary>
    public static string ClasseBadge(StatutOperation statut) =>
        statut switch
        {
            StatutOperation.BrouillonCree or StatutOperation.BrouillonATransmettre => "fr-badge--new",
            _ when statut.EstSortie() => "fr-badge--error",
            _ when statut.EnInstruction() => "fr-badge--info",
            _ when statut.EstAgreee() && statut.Phase() == PhaseOperation.Agrement => "fr-badge--success",
            _ => "",
        };
}
