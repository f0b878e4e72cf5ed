namespace Pilotis.Web.Features.Attribution;

/// <summary>Un candidat désigné, tel que la page du logement le montre (sans donnée nominative).</summary>
public sealed record DesignationAffichee(
    int Ordre,
    long DemandeId,
    string NumeroUnique,
    int NombrePersonnes,
    decimal? Score,
    bool Dalo,
    bool Prioritaire,
    bool PremierQuartile,
    string DesignePar
);
