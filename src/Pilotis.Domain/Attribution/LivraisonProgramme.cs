using Pilotis.Domain.Production;

namespace Pilotis.Domain.Attribution;

/// <summary>
/// Les logements qu'une opération livrée apporte au répertoire : un logement par typologie comptée dans chaque lot
/// locatif (PLAI, PLAI adapté, PLUS, PLS ; l'accession PSLA et BRS ne s'attribue pas en CALEOL), à la surface et au
/// loyer moyens du lot, vacants jusqu'à leur première attribution.
/// </summary>
public static class LivraisonProgramme
{
    public static FinancementOrigine? Financement(Produit produit) =>
        produit switch
        {
            Produit.Plai => FinancementOrigine.Plai,
            Produit.PlaiAdapte => FinancementOrigine.PlaiAdapte,
            Produit.Plus => FinancementOrigine.Plus,
            Produit.Pls => FinancementOrigine.Pls,
            _ => null,
        };

    /// <summary>Identifiant provisoire, remplacé par l'identifiant RPLS au premier import du répertoire.</summary>
    public static string IdentifiantProvisoire(Operation operation, int rang) => $"OP{operation.Id}-{rang:D4}";

    public static IReadOnlyList<Logement> Logements(Operation operation, DateOnly dateLivraison, DateTimeOffset quand)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var logements = new List<Logement>();
        foreach (var lot in operation.Lots)
        {
            if (Financement(lot.Produit) is not FinancementOrigine financement || lot.SommeTypologies == 0)
                continue;
            var surface = Math.Round(lot.SurfaceHabitable / lot.SommeTypologies, 2, MidpointRounding.AwayFromZero);
            var loyer = lot.LoyerMensuel is decimal l
                ? Math.Round(l / lot.SommeTypologies, 2, MidpointRounding.AwayFromZero)
                : 0m;
            foreach (var typologie in Typologies(lot))
            {
                logements.Add(
                    new Logement
                    {
                        IdentifiantRpls = IdentifiantProvisoire(operation, logements.Count + 1),
                        BailleurId = operation.BailleurId,
                        CommuneCode = operation.CommuneCode,
                        Adresse = operation.Adresse ?? operation.Nom,
                        Typologie = typologie,
                        Surface = surface,
                        Financement = financement,
                        AnneeConstruction = dateLivraison.Year,
                        LoyerMensuel = loyer,
                        Occupation = EtatOccupation.Vacant,
                        OperationId = operation.Id,
                        ModifieLe = quand,
                    }
                );
            }
        }
        return logements;
    }

    private static IEnumerable<TypologieLogement> Typologies(Lot lot)
    {
        (int Nombre, TypologieLogement Typologie)[] parTypologie =
        [
            (lot.T1, TypologieLogement.T1),
            (lot.T2, TypologieLogement.T2),
            (lot.T3, TypologieLogement.T3),
            (lot.T4, TypologieLogement.T4),
            (lot.T5, TypologieLogement.T5),
            (lot.T6, TypologieLogement.T6Plus),
        ];
        return parTypologie.SelectMany(x => Enumerable.Repeat(x.Typologie, x.Nombre));
    }
}
