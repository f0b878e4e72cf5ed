namespace Pilotis.Domain.Demande;

/// <summary>
/// Ce que le guichet déclare sur les ressources d'une demande : le revenu fiscal de référence N−2 (toujours), celui
/// de N−1 et les ressources des douze derniers mois quand ils sont connus, l'accident de la vie éventuel, et
/// l'origine des ressources qu'il retient.
/// </summary>
public readonly record struct DeclarationRessources(
    OrigineRessources Origine,
    decimal RevenuFiscalN2,
    decimal? RevenuFiscalN1,
    decimal? RessourcesDouzeMois,
    EvenementRessources Evenement
)
{
    public static DeclarationRessources De(DemandeLogement d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.OrigineRessources,
            d.RevenuFiscalReference,
            d.RevenuFiscalReferenceN1,
            d.RessourcesDouzeMois,
            d.EvenementRessources
        );
    }
}
