namespace Pilotis.Domain.Foncier;

/// <summary>Les actions qui font changer un site de statut (<see cref="TransitionsSite"/>).</summary>
public enum ActionSite
{
    MettreALEtude,
    AbandonnerEtude,
    AcquerirOuPorter,
    EngagerOperation,
    ConstaterLivraison,
}
