namespace Pilotis.Data.Base;

/// <summary>
/// Les agrégats qu'une page relit à chaque affichage sans filtre (totaux du registre, EPCI et bailleurs proposés,
/// seuils du premier quartile, tableaux de bord…), gardés au plus 30 s par base et par clé (portée de l'acteur,
/// filtres), une famille par domaine. Toute écriture d'une entité du domaine par
/// <see cref="PilotisDbContext.SaveChangesAsync(bool, CancellationToken)"/> ou par une écriture en masse change la
/// version de sa famille : l'affichage suivant relit. Un second nœud web voit la modification au bout de 30 s au plus
/// (docs/adr/0019-pages-rapides-et-lecture-repliquee.md).
/// </summary>
public static class CacheAgregats
{
    private static readonly TimeSpan Duree = TimeSpan.FromSeconds(30);

    /// <summary>Les demandes, leurs membres, communes souhaitées et cotation.</summary>
    public static CacheParVersion Demandes { get; } = new(Duree);

    /// <summary>Les opérations de production, leurs lots et leurs financements.</summary>
    public static CacheParVersion Operations { get; } = new(Duree);

    /// <summary>
    /// Les situations SRU calculées (inventaires, dépenses, carences), relues aussi quand le référentiel change
    /// (communes, attributs datés).
    /// </summary>
    public static CacheParVersion Sru { get; } = new(Duree);

    /// <summary>
    /// Les pages publiques des communes assemblées (parc, opérations, SRU, cotation, contacts) : relues quand une page
    /// ou une fiche de l'annuaire s'écrit, au plus 30 s après une écriture des autres modules.
    /// </summary>
    public static CacheParVersion Information { get; } = new(Duree);
}
