using System.Text;

namespace Pilotis.Domain.Sru;

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
