namespace Pilotis.Domain.Foncier;

/// <summary>Où en est un site de l'observatoire foncier (seed 001, solution 5) ; transitions : <see
/// cref="TransitionsSite"/>.</summary>
public enum StatutSite
{
    Identifie = 0,
    EnEtude = 1,
    AcquisPorte = 2,
    EnOperation = 3,
    Construit = 4,
}
