namespace Pilotis.Domain.Foncier;

/// <summary>Les outils fonciers d'une commune ou d'un EPCI (seed 001, solution 4 ; DOMAIN §7).</summary>
public enum TypeOutilFoncier
{
    /// <summary>Zone d'aménagement différé (C. urb. L212-1).</summary>
    Zad = 0,

    /// <summary>Droit de préemption urbain (C. urb. L211-1).</summary>
    Dpu = 1,

    /// <summary>Servitude de mixité sociale : part de logements sociaux imposée dans un secteur (C. urb. L151-15).
    /// </summary>
    Sms = 2,

    /// <summary>Orientation d'aménagement et de programmation (C. urb. L151-6-1, L151-7).</summary>
    Oap = 3,

    /// <summary>Emplacement réservé pour un programme de logements (C. urb. L151-41 4°).</summary>
    EmplacementReserve = 4,

    /// <summary>Convention de portage foncier par l'établissement public foncier (C. urb. L321-1).</summary>
    ConventionPortage = 5,
}
