using System.Text;

namespace Pilotis.Domain.Foncier;

/// <summary>
/// Le parcours d'un site de l'observatoire, écrit une fois (DESIGN : « les machines à états sont des tables ») :
/// identifié → à l'étude → acquis ou porté → en opération (lié à une opération du module de production) → construit
/// (DOMAIN §7). Qui peut les déclencher : quiconque peut modifier le site (<c>Ressource.Foncier</c>, l'EPCI sur son
/// territoire, l'EPF sur les sites qu'il porte). La table est reproduite dans docs/STATUTS.md par un test.
/// </summary>
public static class TransitionsSite
{
    public static IReadOnlyList<TransitionSite> Table { get; } =
    [
        new([StatutSite.Identifie], ActionSite.MettreALEtude, StatutSite.EnEtude, "Mettre à l'étude", "", null),
        new([StatutSite.EnEtude], ActionSite.AbandonnerEtude, StatutSite.Identifie, "Abandonner l'étude", "", null),
        new(
            [StatutSite.Identifie, StatutSite.EnEtude],
            ActionSite.AcquerirOuPorter,
            StatutSite.AcquisPorte,
            "Acquérir ou faire porter",
            "",
            null
        ),
        new(
            [StatutSite.Identifie, StatutSite.EnEtude, StatutSite.AcquisPorte],
            ActionSite.EngagerOperation,
            StatutSite.EnOperation,
            "Engager une opération",
            "une opération de la même commune, qu'aucun autre site ne porte déjà",
            VerifierOperation
        ),
        new(
            [StatutSite.EnOperation],
            ActionSite.ConstaterLivraison,
            StatutSite.Construit,
            "Constater la construction",
            "l'opération liée est livrée (date de livraison ou de mise en service)",
            (_, c) => c.OperationLivree ? null : "L'opération liée n'est pas encore livrée."
        ),
    ];

    private static string? VerifierOperation(SiteFoncier site, ContexteTransitionSite c)
    {
        if (c.OperationId is null)
            return "Choisissez l'opération réalisée sur ce site.";
        if (c.OperationCommuneCode != site.CommuneCode)
            return "L'opération choisie n'est pas sur la commune du site.";
        return c.OperationLieeAUnAutreSite ? "L'opération choisie est déjà liée à un autre site." : null;
    }

    public static TransitionSite? Trouver(StatutSite depuis, ActionSite action) =>
        Table.FirstOrDefault(t => t.Action == action && t.Depuis.Contains(depuis));

    /// <summary>Les actions ouvertes au statut du site (boutons de sa page).</summary>
    public static IReadOnlyList<TransitionSite> Possibles(StatutSite statut) =>
        Table.Where(t => t.Depuis.Contains(statut)).ToList();

    /// <summary>Pourquoi la transition est refusée (pas ouverte à ce statut, contrôle propre), ou null.</summary>
    public static string? Refus(SiteFoncier site, ActionSite action, ContexteTransitionSite contexte)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(contexte);
        var transition = Trouver(site.Statut, action);
        if (transition is null)
        {
            var libelle = Table.First(t => t.Action == action).Libelle;
            return $"L'action « {libelle} » n'est pas possible au statut « {site.Statut.Libelle()} ».";
        }
        return transition.Verifier?.Invoke(site, contexte);
    }

    /// <summary>
    /// Applique la transition si elle n'est pas refusée : nouveau statut, date du statut, opération liée. Rend le
    /// refus, ou null.
    /// </summary>
    public static string? Appliquer(SiteFoncier site, ActionSite action, ContexteTransitionSite contexte)
    {
        var refus = Refus(site, action, contexte);
        if (refus is not null)
            return refus;
        site.Statut = Trouver(site.Statut, action)!.Vers;
        site.DateStatut = contexte.Aujourdhui;
        if (action == ActionSite.EngagerOperation)
            site.OperationId = contexte.OperationId;
        return null;
    }

    /// <summary>La table en Markdown pour docs/STATUTS.md (générée : elle ne peut pas diverger du code).</summary>
    public static string EnMarkdown()
    {
        var texte = new StringBuilder();
        texte.AppendLine("| Depuis | Action | Vers | Contrôles |");
        texte.AppendLine("|---|---|---|---|");
        foreach (var t in Table)
        {
            texte.AppendLine(
                $"| {string.Join(", ", t.Depuis.Select(e => e.Libelle()))} | {t.Libelle} | {t.Vers.Libelle()} | "
                    + $"{(t.Controles.Length == 0 ? "—" : t.Controles)} |"
            );
        }
        return texte.ToString();
    }
}
