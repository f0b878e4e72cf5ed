namespace Pilotis.Domain.Attribution;

/// <summary>Les étapes de la réforme des attributions qu'un EPCI franchit (seeds 002 et 003).</summary>
public enum TypeEtapeReforme
{
    /// <summary>Installation de la conférence intercommunale du logement (CCH L441-1-5).</summary>
    InstallationCil = 0,

    /// <summary>Signature de la convention intercommunale d'attribution (CCH L441-1-6).</summary>
    SignatureCia = 1,

    /// <summary>Adoption du plan partenarial de gestion de la demande et d'information des demandeurs (CCH L441-2-8).
    /// </summary>
    AdoptionPpgdid = 2,
}
