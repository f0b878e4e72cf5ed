using Pilotis.Domain.Attribution;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Un candidat désigné tel que la commission le voit : aucune donnée nominative, seulement le numéro de la demande,
/// la taille du ménage, ses reconnaissances (DALO, prioritaire, premier quartile), sa cotation, et la décision prise.
/// </summary>
public sealed record VueCandidat(
    Designation Designation,
    string NumeroUnique,
    int Personnes,
    decimal? Score,
    DecisionCaleol? Decision
);
