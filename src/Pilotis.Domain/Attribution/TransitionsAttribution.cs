using System.Text;

namespace Pilotis.Domain.Attribution;

/// <summary>
/// Le parcours d'un logement à attribuer, écrit une fois (DESIGN : « les machines à états sont des tables ») : de la
/// déclaration au bail signé (DOMAIN §5). La table est reproduite dans docs/STATUTS.md par un test.
/// </summary>
public static class TransitionsAttribution
{
    public static IReadOnlyList<TransitionAttribution> Table { get; } =
    [
        new(
            [EtapeAttribution.Declare],
            ActionAttribution.Orienter,
            EtapeAttribution.Oriente,
            ActeurAttribution.Bailleur,
            "Orienter vers un réservataire",
            "contingent retenu (gestion en flux, CCH L441-1)",
            (l, _) => l.Contingent is null ? "Choisissez le contingent du logement avant de l'orienter." : null
        ),
        new(
            [EtapeAttribution.Oriente],
            ActionAttribution.DesignerCandidats,
            EtapeAttribution.CandidatsDesignes,
            ActeurAttribution.Reservataire,
            "Désigner les candidats",
            "au moins trois candidats, sauf exception nommée (CCH R441-3)",
            (l, c) => ReglesCaleol.RefusNombreCandidats(c.Candidats, l.ExceptionCandidats)
        ),
        new(
            [EtapeAttribution.CandidatsDesignes],
            ActionAttribution.InscrireEnCommission,
            EtapeAttribution.InscritEnCommission,
            ActeurAttribution.Bailleur,
            "Inscrire à l'ordre du jour d'une séance",
            "au moins trois candidats, sauf exception nommée (CCH R441-3)",
            (l, c) => ReglesCaleol.RefusNombreCandidats(c.Candidats, l.ExceptionCandidats)
        ),
        new(
            [EtapeAttribution.InscritEnCommission],
            ActionAttribution.Attribuer,
            EtapeAttribution.Attribue,
            ActeurAttribution.Commission,
            "Attribuer (séance close)",
            "séance close ; au moins une décision d'attribution (CCH L441-2)",
            (_, c) =>
                !c.SeanceClose ? "La séance n'est pas close."
                : c.Attributions == 0 ? "Aucun candidat n'a reçu de décision d'attribution."
                : null
        ),
        new(
            [EtapeAttribution.InscritEnCommission],
            ActionAttribution.ConstaterSansAttribution,
            EtapeAttribution.Oriente,
            ActeurAttribution.Commission,
            "Constater l'absence d'attribution (séance close)",
            "séance close ; aucune attribution : de nouveaux candidats sont à désigner",
            (_, c) =>
                !c.SeanceClose ? "La séance n'est pas close."
                : c.Attributions > 0 ? "La commission a attribué ce logement."
                : null
        ),
        new(
            [EtapeAttribution.Attribue],
            ActionAttribution.RelancerDesignation,
            EtapeAttribution.Oriente,
            ActeurAttribution.Bailleur,
            "Relancer la désignation",
            "tous les candidats retenus ont refusé l'offre (CCH R441-10)",
            (_, c) => c.CandidatsRestants ? "Un candidat retenu n'a pas encore refusé l'offre." : null
        ),
        new(
            [EtapeAttribution.Attribue],
            ActionAttribution.SignerBail,
            EtapeAttribution.BailSigne,
            ActeurAttribution.Bailleur,
            "Signer le bail",
            "offre acceptée par le candidat ; logement non loué",
            (_, c) => !c.OffreAcceptee ? "Le bail ne se signe qu'avec le candidat qui a accepté l'offre." : c.RefusBail
        ),
        new(
            [EtapeAttribution.Declare, EtapeAttribution.Oriente, EtapeAttribution.CandidatsDesignes],
            ActionAttribution.Retirer,
            EtapeAttribution.Retire,
            ActeurAttribution.Bailleur,
            "Retirer de la location",
            "pas inscrit en commission",
            null
        ),
    ];

    public static TransitionAttribution? Trouver(EtapeAttribution depuis, ActionAttribution action) =>
        Table.FirstOrDefault(t => t.Action == action && t.Depuis.Contains(depuis));

    /// <summary>
    /// Pourquoi la transition est refusée (pas ouverte à cette étape, pas pour cet acteur, contrôle propre), ou null.
    /// </summary>
    public static string? Refus(
        LogementAAttribuer logement,
        ActionAttribution action,
        ActeurAttribution acteur,
        ContexteTransitionAttribution contexte
    )
    {
        ArgumentNullException.ThrowIfNull(logement);
        ArgumentNullException.ThrowIfNull(contexte);
        var transition = Trouver(logement.Etape, action);
        if (transition is null)
        {
            var libelle = Table.First(t => t.Action == action).Libelle;
            return $"L'action « {libelle} » n'est pas possible à l'étape « {logement.Etape.Libelle()} ».";
        }
        if (transition.Acteur != acteur)
            return $"L'action « {transition.Libelle} » relève de {transition.Acteur.Libelle()}.";
        return transition.Verifier?.Invoke(logement, contexte);
    }

    /// <summary>Applique la transition si elle n'est pas refusée ; rend le refus, ou null.</summary>
    public static string? Appliquer(
        LogementAAttribuer logement,
        ActionAttribution action,
        ActeurAttribution acteur,
        ContexteTransitionAttribution contexte
    )
    {
        var refus = Refus(logement, action, acteur, contexte);
        if (refus is null)
            logement.Etape = Trouver(logement.Etape, action)!.Vers;
        return refus;
    }

    /// <summary>La table en Markdown pour docs/STATUTS.md (générée : elle ne peut pas diverger du code).</summary>
    public static string EnMarkdown()
    {
        var texte = new StringBuilder();
        texte.AppendLine("| Depuis | Action | Vers | Qui | Contrôles |");
        texte.AppendLine("|---|---|---|---|---|");
        foreach (var t in Table)
        {
            texte.AppendLine(
                $"| {string.Join(", ", t.Depuis.Select(e => e.Libelle()))} | {t.Libelle} | {t.Vers.Libelle()} | "
                    + $"{t.Acteur.Libelle()} | {t.Controles} |"
            );
        }
        return texte.ToString();
    }
}
