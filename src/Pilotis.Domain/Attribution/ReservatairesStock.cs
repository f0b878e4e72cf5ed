using Pilotis.Domain.Annuaire;

namespace Pilotis.Domain.Attribution;

/// <summary>
/// Qui peut être titulaire d'une réservation restée en stock (CCH L441-1 ; décret n° 2020-145) : un réservataire au
/// sens de la table des droits, c'est-à-dire une organisation qui lit le flux qui la concerne (portée « son
/// organisation ») sans tenir elle-même de parc (pas d'import du répertoire).
/// </summary>
public static class ReservatairesStock
{
    public static IReadOnlyList<TypeOrganisation> Types { get; } =
        Enum.GetValues<TypeOrganisation>()
            .Where(t =>
                Habilitations.PorteeDuType(t, Ressource.Flux, Acte.Lire) == Portee.Organisation
                && Habilitations.PorteeDuType(t, Ressource.Logements, Acte.Importer) == Portee.Aucune
            )
            .ToList();
}
