namespace Pilotis.Domain.Demande;

/// <summary>
/// Statut enregistré d'une demande. « À renouveler » n'est pas stocké : il se déduit de la date de fin de
/// validité et de l'horloge (<see cref="EcheancesDemande.Etat"/>).
/// </summary>
public enum StatutDemande
{
    Active = 0,

    /// <summary>Radiée (CCH R441-2-8) : non-renouvellement, renonciation, irrecevabilité, absence de réponse.</summary>
    Radiee = 1,

    /// <summary>Satisfaite : radiée pour attribution d'un logement (bail signé).</summary>
    Satisfaite = 2,
}
