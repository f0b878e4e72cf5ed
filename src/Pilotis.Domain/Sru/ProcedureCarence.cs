using System.Text;

namespace Pilotis.Domain.Sru;

/// <summary>Steps of the carence procedure after a triennial bilan (CCH L302-9-1).</summary>
public enum EtatCarence
{
    /// <summary>No procedure opened for the period.</summary>
    Aucune = 0,

    /// <summary>The DDTM proposes the carence after an unmet bilan.</summary>
    Proposee = 1,

    /// <summary>The commission has given its opinion (CCH L302-9-1-1).</summary>
    ExamineeEnCommission = 2,

    /// <summary>The préfet has signed the arrêté de carence.</summary>
    Carencee = 3,

    /// <summary>The proposal was withdrawn or the préfet decided not to declare the carence.</summary>
    Ecartee = 4,

    /// <summary>The carence was lifted (new arrêté, or end of its term).</summary>
    Levee = 5,
}

public enum ActionCarence
{
    Proposer = 0,
    RetirerProposition = 1,
    RecueillirAvisCommission = 2,
    PrendreArrete = 3,
    Renoncer = 4,
    Lever = 5,
}

/// <summary>Who may fire a transition; the web layer maps user roles onto these.</summary>
public enum ActeurCarence
{
    Ddtm = 0,
    Commission = 1,
    Prefet = 2,
}

/// <summary>A request to move the procedure on, as entered by the actor.</summary>
/// <param name="Action">What is done.</param>
/// <param name="Acteur">Who does it.</param>
/// <param name="Date">Legal date of the act (proposal, commission session, arrêté).</param>
public sealed record DemandeTransitionCarence(ActionCarence Action, ActeurCarence Acteur, DateOnly Date)
{
    /// <summary>Levy multiplier of the arrêté (1 to 5).</summary>
    public decimal? Coefficient { get; init; }

    /// <summary>Opinion of the commission.</summary>
    public bool? AvisFavorable { get; init; }

    /// <summary>Reasons (required where the decision must be motivated).</summary>
    public string? Motif { get; init; }
}

/// <summary>One recorded step of the procedure (the audit trail of the carence).</summary>
public sealed record EtapeCarence(
    ActionCarence Action,
    ActeurCarence Acteur,
    DateOnly Date,
    EtatCarence Depuis,
    EtatCarence Vers,
    decimal? Coefficient,
    bool? AvisFavorable,
    string? Motif
);

/// <summary>
/// One allowed transition: from, action, to, who, and what it checks (null = nothing beyond the
/// common checks: allowed actor, date not before the previous step).
/// </summary>
public sealed record TransitionCarence(
    EtatCarence Depuis,
    ActionCarence Action,
    EtatCarence Vers,
    ActeurCarence Acteur,
    string Libelle,
    string Controles,
    Func<ProcedureCarence, DemandeTransitionCarence, ParametresSru, string?>? Verifier
);

/// <summary>Outcome of <see cref="ProcedureCarence.Appliquer"/>: the new procedure, or the unchanged one and a French reason.</summary>
public sealed record ResultatTransitionCarence(ProcedureCarence Procedure, string? Erreur)
{
    public bool Reussie => Erreur is null;
}

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
                    : $"La carence ne peut être proposée qu'après la fin de la période triennale ({p.FinPeriode:dd/MM/yyyy})."
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
            : $"Le coefficient de majoration doit être compris entre 1 et {ValidationSru.Nombre(parametres.CoefficientMajorationCarenceMaximum)} (CCH L302-9-1).";
}

/// <summary>
/// The carence procedure of one commune for one triennial period. Immutable: each accepted
/// transition returns a new procedure with one more step in its history.
/// </summary>
/// <param name="CodeInsee">Commune (INSEE code).</param>
/// <param name="DebutPeriode">First day of the triennial period assessed.</param>
/// <param name="FinPeriode">Last day of the triennial period assessed.</param>
public sealed record ProcedureCarence(string CodeInsee, DateOnly DebutPeriode, DateOnly FinPeriode)
{
    public EtatCarence Etat { get; init; } = EtatCarence.Aucune;

    /// <summary>Multiplier of the arrêté, once signed.</summary>
    public decimal? CoefficientMajoration { get; init; }

    public IReadOnlyList<EtapeCarence> Historique { get; init; } = [];

    public DateOnly? DateDerniereEtape => Historique.Count == 0 ? null : Historique[^1].Date;

    /// <summary>Transitions open from the current state (for one actor when given): the buttons a page shows.</summary>
    public IReadOnlyList<TransitionCarence> TransitionsPossibles(ActeurCarence? acteur = null)
    {
        var possibles = new List<TransitionCarence>();
        foreach (var transition in TransitionsCarence.Table)
        {
            if (transition.Depuis == Etat && (acteur is null || transition.Acteur == acteur))
            {
                possibles.Add(transition);
            }
        }
        return possibles;
    }

    /// <summary>
    /// Fires a transition when the table allows it from the current state for that actor, the date
    /// is not before the previous step, and the transition's own checks pass.
    /// </summary>
    public ResultatTransitionCarence Appliquer(DemandeTransitionCarence demande, ParametresSru parametres)
    {
        ArgumentNullException.ThrowIfNull(demande);
        ArgumentNullException.ThrowIfNull(parametres);
        var transition = TransitionsCarence.Trouver(Etat, demande.Action);
        if (transition is null)
        {
            return Refus(
                $"L'action « {demande.Action.Libelle()} » n'est pas possible dans l'état « {Etat.Libelle()} »."
            );
        }
        if (transition.Acteur != demande.Acteur)
        {
            return Refus($"L'action « {transition.Libelle} » relève de {transition.Acteur.Libelle()}.");
        }
        if (DateDerniereEtape is DateOnly precedente && demande.Date < precedente)
        {
            return Refus($"La date ne peut pas précéder celle de l'étape précédente ({precedente:dd/MM/yyyy}).");
        }
        var erreur = transition.Verifier?.Invoke(this, demande, parametres);
        if (erreur is not null)
        {
            return Refus(erreur);
        }
        var etape = new EtapeCarence(
            demande.Action,
            demande.Acteur,
            demande.Date,
            Etat,
            transition.Vers,
            demande.Coefficient,
            demande.AvisFavorable,
            demande.Motif
        );
        var suivante = this with
        {
            Etat = transition.Vers,
            CoefficientMajoration =
                transition.Vers == EtatCarence.Carencee ? demande.Coefficient : CoefficientMajoration,
            Historique = [.. Historique, etape],
        };
        return new ResultatTransitionCarence(suivante, null);
    }

    /// <summary>
    /// Levy multiplier in force at a date: from the arrêté's date until the carence is lifted;
    /// null outside (feeds <see cref="DonneesCalculSru.CoefficientMajorationCarence"/>).
    /// </summary>
    public decimal? CoefficientEnVigueurLe(DateOnly date)
    {
        DateOnly? arrete = null;
        DateOnly? levee = null;
        foreach (var etape in Historique)
        {
            if (etape.Action == ActionCarence.PrendreArrete)
            {
                arrete = etape.Date;
            }
            else if (etape.Action == ActionCarence.Lever)
            {
                levee = etape.Date;
            }
        }
        if (arrete is null || date < arrete.Value || (levee is not null && date >= levee.Value))
        {
            return null;
        }
        return CoefficientMajoration;
    }

    private ResultatTransitionCarence Refus(string erreur) => new(this, erreur);
}
