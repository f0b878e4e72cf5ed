using Pilotis.Domain.Annuaire;

namespace Pilotis.Data.Attribution;

/// <summary>
/// Ce qu'un acteur peut importer (table des habilitations, <c>Ressource.Logements</c>, acte Importer) : un bailleur
/// ses seuls logements (son organisation), la DDT(M) les logements de son département ; l'administrateur en ligne de
/// commande, tout. La même règle vaut pour un logement déjà enregistré que le fichier réécrirait.
/// </summary>
public sealed record PerimetreImportLogements(int? BailleurId, string? DepartementCode)
{
    public static readonly PerimetreImportLogements Tout = new(null, null);

    /// <summary>Le périmètre d'import d'un acteur, lu dans la table des droits ; null : aucun import.</summary>
    public static PerimetreImportLogements? De(Acteur acteur)
    {
        ArgumentNullException.ThrowIfNull(acteur);
        return Habilitations.PorteeAccordee(acteur, Ressource.Logements, Acte.Importer) switch
        {
            Portee.Organisation => new(acteur.OrganisationId, null),
            Portee.Departement => new(null, acteur.DepartementCode),
            _ => null,
        };
    }

    public bool Admet(int bailleurId, string departementCommune) =>
        (BailleurId is null || BailleurId == bailleurId)
        && (DepartementCode is null || DepartementCode == departementCommune);
}
