using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande.Cotation;

public sealed record BilanComparaison(
    int Demandes,
    int Montent,
    int Descendent,
    int Inchangees,
    decimal DeplacementMoyenAbsolu,
    IReadOnlyList<MouvementClassement> Mouvements
)
{
    /// <summary>Les plus grands déplacements d'abord (en valeur absolue), puis par nouveau rang.</summary>
    public IEnumerable<MouvementClassement> PlusGrandsDeplacements =>
        Mouvements.OrderByDescending(m => Math.Abs(m.Deplacement)).ThenBy(m => m.NouveauRang);
}
