using Pilotis.Domain.Production;

namespace Pilotis.Data.Demonstration;

/// <summary>
/// Une opération locative sur trois de la démonstration du Gard est « économe » : acquisition-amélioration en centre
/// ancien, VEFA négociée ou foncier cédé avec décote par l'EPF ou la commune, et aides locales de l'EPCI et du
/// Département. Sans elles, aucune opération de démonstration n'est équilibrée sous la loi actuelle (seuil de fonds
/// propres, paramètre daté `fonds_propres_maximum`) et la page des propositions ne montre rien à comparer.
/// Ordres de grandeur indicatifs, fictifs, à confirmer : bâtiment de 1 250 à 1 790 €/m² SH, foncier de 50 à
/// 200 €/m² SH (prix de revient de 1 450 à 2 250 €/m² SH), subvention de l'EPCI 3 500 € et du Département
/// 2 500 € par logement. L'étalement des coûts donne des opérations équilibrées dès la loi actuelle, d'autres
/// seulement avec les propositions. Déterministe (graine fixe), sans toucher au tirage des autres opérations.
/// </summary>
public static class OperationsEconomes
{
    private const decimal SubventionEpciParLogement = 3_500m;
    private const decimal SubventionDepartementParLogement = 2_500m;

    public static int Ajuster(IReadOnlyList<Operation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var alea = new Random(3031);
        var economes = operations
            .Where(o => o.Lots.Any(l => !l.Produit.EstAccession() && l.NombreLogements > 0))
            .Where((_, i) => i % 3 == 0)
            .ToList();
        for (var i = 0; i < economes.Count; i++)
        {
            var o = economes[i];
            var sh = o.Lots.Sum(l => l.SurfaceHabitable);
            o.CoutBatiment = Math.Round(sh * (1_250m + 60m * (i % 10)), 0);
            o.ChargeFonciere = Math.Round(sh * (50m + alea.Next(151)), 0);
            o.Honoraires = Math.Round(o.CoutBatiment * 0.10m, 0);
            o.Vrd = Math.Round(o.CoutBatiment * 0.02m, 0);
            o.Financements.Clear();
            o.Financements.AddRange(Plan(o));
        }
        return economes.Count;
    }

    /// <summary>
    /// Le plan de financement : subventions de l'État (PLAI surtout), de l'EPCI et du Département, 10 % de fonds
    /// propres, prêt foncier, puis les prêts de la Banque des Territoires par produit ; le dernier prêt absorbe
    /// l'arrondi pour que le plan égale le prix de revient.
    /// </summary>
    private static List<LigneFinancement> Plan(Operation o)
    {
        var cout = o.PrixDeRevient;
        var unites = o.Lots.GroupBy(l => l.Produit).ToDictionary(g => g.Key, g => g.Sum(l => l.NombreLogements));
        var lignes = new List<LigneFinancement>();
        void Ajouter(TypeFinancement type, decimal montant, string? financeur)
        {
            if (montant > 0)
                lignes.Add(
                    new LigneFinancement
                    {
                        Type = type,
                        Montant = Math.Round(montant, 0),
                        Financeur = financeur,
                    }
                );
        }
        var etat =
            unites.GetValueOrDefault(Produit.Plai) * 9_500m
            + unites.GetValueOrDefault(Produit.PlaiAdapte) * 16_000m
            + unites.GetValueOrDefault(Produit.Plus) * 600m;
        Ajouter(TypeFinancement.SubventionEtat, etat, "État (aides à la pierre)");
        Ajouter(TypeFinancement.SubventionEpci, o.NombreLogements * SubventionEpciParLogement, null);
        Ajouter(TypeFinancement.SubventionDepartement, o.NombreLogements * SubventionDepartementParLogement, "Gard");
        Ajouter(TypeFinancement.FondsPropres, cout * 0.10m, null);
        var reste = cout - lignes.Sum(l => l.Montant);
        Ajouter(
            TypeFinancement.PretCdcFoncier,
            Math.Min(o.ChargeFonciere * 0.8m, reste * 0.2m),
            "Banque des Territoires"
        );
        reste = cout - lignes.Sum(l => l.Montant);
        var locatifs = o.Lots.Where(l => !l.Produit.EstAccession() && l.NombreLogements > 0).ToList();
        var total = locatifs.Sum(l => l.NombreLogements);
        for (var i = 0; i < locatifs.Count; i++)
        {
            var type = locatifs[i].Produit switch
            {
                Produit.Plai or Produit.PlaiAdapte => TypeFinancement.PretCdcPlai,
                Produit.Plus => TypeFinancement.PretCdcPlus,
                _ => TypeFinancement.PretCdcPls,
            };
            var montant =
                i == locatifs.Count - 1
                    ? cout - lignes.Sum(l => l.Montant)
                    : Math.Round(reste * locatifs[i].NombreLogements / total, 0);
            Ajouter(type, montant, "Banque des Territoires");
        }
        return lignes;
    }
}
