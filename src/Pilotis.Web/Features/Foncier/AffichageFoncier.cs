using Pilotis.Domain.Foncier;

namespace Pilotis.Web.Features.Foncier;

/// <summary>Mise en forme des valeurs du foncier dans les pages (pas de règle ici).</summary>
public static class AffichageFoncier
{
    /// <summary>Les parcelles d'un site, lisibles.</summary>
    public static string Parcelles(string idus) =>
        string.Join(
            ", ",
            idus.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ReferenceCadastrale.LibelleIdu)
        );

    public static string Badge(StatutSite statut) =>
        statut switch
        {
            StatutSite.Identifie => "fr-badge--info",
            StatutSite.EnEtude => "fr-badge--new",
            StatutSite.AcquisPorte => "fr-badge--warning",
            StatutSite.EnOperation => "fr-badge--success",
            _ => "",
        };
}
