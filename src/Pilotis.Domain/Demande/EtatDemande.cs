namespace Pilotis.Domain.Demande;

/// <summary>État affiché, calculé à une date : le statut enregistré plus « à renouveler ».</summary>
public enum EtatDemande
{
    Active,
    ARenouveler,
    Radiee,
    Satisfaite,
}
