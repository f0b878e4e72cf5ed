using System.Text;

namespace Pilotis.Domain.Sru;

/// <summary>
/// The transitions of the carence procedure, written once (DESIGN: "state machines are tables").
/// CCH L302-9-1: after the triennial bilan, the préfet may declare the carence by a motivated
/// arrêté, after the commission's opinion, and set the levy multiplier (at most 5, within the cap).
/// </summary>
public static class TransitionsCarence
{
    public static IReadOnlyList<TransitionCarence> Table { get; } =
    [
        new(
            EtatCarence.Aucune,
            ActionCarence.Proposer,
            EtatCarence.Proposee,
            ActeurCarence.Ddtm,
            "Proposition de carence par la DDTM",
            "date postérieure à la fin de la période triennale (le bilan porte sur la période close)",
            (p, d, _) =>
                d.Date > p.FinPeriode
                    ? null
                    : "La carence ne peut être proposée qu'après la fin de la période triennale "
                        + $"({p.FinPeriode:dd/MM/yyyy})."
        ),
        new(
            EtatCarence.Proposee,
            ActionCarence.RetirerProposition,
            EtatCarence.Ecartee,
            ActeurCarence.Ddtm,
            "Retrait de la proposition",
            "motif obligatoire",
            ExigerMotif
        ),
        new(
            EtatCarence.Proposee,
            ActionCarence.RecueillirAvisCommission,
            EtatCarence.ExamineeEnCommission,
            ActeurCarence.Commission,
            "Avis de la commission (CCH L302-9-1-1)",
            "avis favorable ou défavorable obligatoire",
            (_, d, _) =>
                d.AvisFavorable is null ? "L'avis de la commission (favorable ou défavorable) est obligatoire." : null
        ),
        new(
            EtatCarence.ExamineeEnCommission,
            ActionCarence.PrendreArrete,
            EtatCarence.Carencee,
            ActeurCarence.Prefet,
            "Arrêté préfectoral de carence",
            "arrêté motivé ; coefficient de majoration entre 1 et 5",
            (p, d, parametres) => ExigerMotif(p, d, parametres) ?? VerifierCoefficient(d, parametres)
        ),
        new(
            EtatCarence.ExamineeEnCommission,
            ActionCarence.Renoncer,
            EtatCarence.Ecartee,
            ActeurCarence.Prefet,
            "Décision de ne pas prononcer la carence",
            "motif obligatoire",
            ExigerMotif
        ),
        new(
            EtatCarence.Carencee,
            ActionCarence.Lever,
            EtatCarence.Levee,
            ActeurCarence.Prefet,
            "Levée de la carence",
            "",
            null
        ),
    ];

    /// <summary>French label of a state, for pages and messages.</summary>
    public static string Libelle(this EtatCarence etat) =>
        etat switch
        {
            EtatCarence.Aucune => "aucune procédure",
            EtatCarence.Proposee => "carence proposée",
            EtatCarence.ExamineeEnCommission => "examinée en commission",
            EtatCarence.Carencee => "commune carencée",
            EtatCarence.Ecartee => "carence écartée",
            EtatCarence.Levee => "carence levée",
            _ => etat.ToString(),
        };

    /// <summary>French label of an action (taken from the table when it appears there).</summary>
    public static string Libelle(this ActionCarence action)
    {
        foreach (var transition in Table)
        {
            if (transition.Action == action)
            {
                return transition.Libelle;
            }
        }
        return action.ToString();
    }

    /// <summary>French label of an actor.</summary>
    public static string Libelle(this ActeurCarence acteur) =>
        acteur switch
        {
            ActeurCarence.Ddtm => "la DDT(M)",
            ActeurCarence.Commission => "la commission",
            ActeurCarence.Prefet => "le préfet",
            _ => acteur.ToString(),
        };

    /// <summary>The transition for this action from this state, or null when the action is not allowed there.</summary>
    public static TransitionCarence? Trouver(EtatCarence depuis, ActionCarence action)
    {
        foreach (var transition in Table)
        {
            if (transition.Depuis == depuis && transition.Action == action)
            {
                return transition;
            }
        }
        return null;
    }

    /// <summary>The table as Markdown, for docs/STATUTS.md (generated, so it cannot drift from the code).</summary>
    public static string EnMarkdown()
    {
        var texte = new StringBuilder();
        texte.AppendLine("| Depuis | Action | Vers | Qui | Contrôles |");
        texte.AppendLine("|---|---|---|---|---|");
        foreach (var t in Table)
        {
            var controles = string.IsNullOrEmpty(t.Controles)
                ? "date ≥ étape précédente"
                : "date ≥ étape précédente ; " + t.Controles;
            texte.AppendLine(
                $"| {t.Depuis.Libelle()} | {t.Libelle} | {t.Vers.Libelle()} | {t.Acteur.Libelle()} | {controles} |"
            );
        }
        return texte.ToString();
    }

    private static string? ExigerMotif(
        ProcedureCarence procedure,
        DemandeTransitionCarence demande,
        ParametresSru parametres
    ) => string.IsNullOrWhiteSpace(demande.Motif) ? "Le motif de la décision est obligatoire." : null;

    private static string? VerifierCoefficient(DemandeTransitionCarence demande, ParametresSru parametres) =>
        demande.Coefficient is decimal k && k >= 1m && k <= parametres.CoefficientMajorationCarenceMaximum
            ? null
            : "Le coefficient de majoration doit être compris entre 1 et "
                + $"{ValidationSru.Nombre(parametres.CoefficientMajorationCarenceMaximum)} (CCH L302-9-1).";
}
