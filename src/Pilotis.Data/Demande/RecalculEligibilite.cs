using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Après une modification du barème, recalcule en base les produits éligibles des demandes actives, géographie par
/// géographie, avec les plafonds en vigueur à la date donnée : une requête ensembliste par géographie, sans charger
/// les demandes (le registre national compte des millions de lignes).
/// </summary>
public static class RecalculEligibilite
{
    public static async Task<int> ExecuterAsync(PilotisDbContext db, DateOnly date, CancellationToken ct = default)
    {
        var bareme = await BaremePlafonds.LireAsync(db, ct);
        var limitrophes = GeographieCommune.LimitrophesParis.ToArray();
        var total = 0;
        foreach (var geographie in Enum.GetValues<GeographiePlafonds>())
        {
            var lignes = BaremePlafonds.EnVigueur(bareme, date.Year, geographie);
            var plai = Ligne(lignes, ProduitLogement.Plai);
            var plus = Ligne(lignes, ProduitLogement.Plus);
            var pls = Ligne(lignes, ProduitLogement.Pls);
            var demandes = db.Demandes.Where(d => d.Statut == StatutDemande.Active && d.DatePurge == null);
            demandes = geographie switch
            {
                GeographiePlafonds.Paris => demandes.Where(d =>
                    d.CommunePrincipaleCode == "75056"
                    || d.CommunePrincipaleCode!.StartsWith("751")
                    || limitrophes.Contains(d.CommunePrincipaleCode!)
                ),
                GeographiePlafonds.IleDeFrance => demandes.Where(d =>
                    d.CommunePrincipaleCode != "75056"
                    && !d.CommunePrincipaleCode!.StartsWith("751")
                    && !limitrophes.Contains(d.CommunePrincipaleCode!)
                    && db.Communes.Any(c => c.Code == d.CommunePrincipaleCode && c.RegionCode == "11")
                ),
                _ => demandes.Where(d =>
                    d.CommunePrincipaleCode == null
                    || !db.Communes.Any(c => c.Code == d.CommunePrincipaleCode && c.RegionCode == "11")
                ),
            };
            total += await demandes.ExecuteUpdateAsync(
                s =>
                    s.SetProperty(
                        d => d.ProduitsEligibles,
                        d =>
                            (
                                d.RevenuFiscalReference
                                <= (
                                    d.Categorie <= 1 ? plai[0]
                                    : d.Categorie == 2 ? plai[1]
                                    : d.Categorie == 3 ? plai[2]
                                    : d.Categorie == 4 ? plai[3]
                                    : d.Categorie == 5 ? plai[4]
                                    : plai[5] + (d.Categorie - 6) * plai[6]
                                )
                                    ? ProduitsEligibles.Plai
                                    : ProduitsEligibles.Aucun
                            )
                            | (
                                d.RevenuFiscalReference
                                <= (
                                    d.Categorie <= 1 ? plus[0]
                                    : d.Categorie == 2 ? plus[1]
                                    : d.Categorie == 3 ? plus[2]
                                    : d.Categorie == 4 ? plus[3]
                                    : d.Categorie == 5 ? plus[4]
                                    : plus[5] + (d.Categorie - 6) * plus[6]
                                )
                                    ? ProduitsEligibles.Plus
                                    : ProduitsEligibles.Aucun
                            )
                            | (
                                d.RevenuFiscalReference
                                <= (
                                    d.Categorie <= 1 ? pls[0]
                                    : d.Categorie == 2 ? pls[1]
                                    : d.Categorie == 3 ? pls[2]
                                    : d.Categorie == 4 ? pls[3]
                                    : d.Categorie == 5 ? pls[4]
                                    : pls[5] + (d.Categorie - 6) * pls[6]
                                )
                                    ? ProduitsEligibles.Pls
                                    : ProduitsEligibles.Aucun
                            )
                    ),
                ct
            );
        }
        return total;
    }

    /// <summary>Les six plafonds et le montant par personne supplémentaire ; un produit sans ligne a des plafonds négatifs (jamais éligible).</summary>
    private static decimal[] Ligne(IReadOnlyList<PlafondsRessources> lignes, ProduitLogement produit)
    {
        var ligne = lignes.FirstOrDefault(l => l.Produit == produit);
        return ligne is null ? [-1, -1, -1, -1, -1, -1, 0] : [.. ligne.ParCategorie, ligne.ParPersonneSupplementaire];
    }
}
