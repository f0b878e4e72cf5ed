using Pilotis.Domain.Attribution;
using Pilotis.Domain.Production;

namespace Pilotis.Domain.Tests.Attribution;

public class LivraisonProgrammeTests
{
    [Theory]
    [InlineData(Produit.Plai, FinancementOrigine.Plai)]
    [InlineData(Produit.PlaiAdapte, FinancementOrigine.PlaiAdapte)]
    [InlineData(Produit.Plus, FinancementOrigine.Plus)]
    [InlineData(Produit.Pls, FinancementOrigine.Pls)]
    [InlineData(Produit.Psla, null)] // accession : pas d'attribution en CALEOL
    [InlineData(Produit.Brs, null)]
    public void Financement_des_lots_locatifs(Produit produit, FinancementOrigine? financement) =>
        Assert.Equal(financement, LivraisonProgramme.Financement(produit));

    [Fact]
    public void Un_logement_par_typologie_comptee_dans_les_lots_locatifs()
    {
        var operation = new Operation
        {
            Id = 12,
            Numero = "OP-12",
            Nom = "Les Micocouliers",
            BailleurId = 3,
            CommuneCode = "30007",
            DepartementCode = "30",
            RegionCode = "76",
            Nature = NatureOperation.Neuf,
            Lots =
            [
                new Lot
                {
                    Produit = Produit.Plus,
                    NombreLogements = 3,
                    T2 = 1,
                    T3 = 2,
                    SurfaceHabitable = 180m,
                    LoyerM2 = 6m,
                },
                new Lot
                {
                    Produit = Produit.Psla,
                    NombreLogements = 2,
                    T4 = 2,
                    SurfaceHabitable = 170m,
                },
            ],
        };
        var logements = LivraisonProgramme.Logements(operation, new DateOnly(2026, 10, 1), DateTimeOffset.UnixEpoch);
        Assert.Equal(3, logements.Count);
        Assert.Equal(
            [TypologieLogement.T2, TypologieLogement.T3, TypologieLogement.T3],
            logements.Select(l => l.Typologie)
        );
        Assert.All(logements, l => Assert.Equal(60m, l.Surface));
        Assert.All(logements, l => Assert.Equal(EtatOccupation.Vacant, l.Occupation));
        Assert.All(logements, l => Assert.Equal(12, l.OperationId));
        Assert.Equal(["OP12-0001", "OP12-0002", "OP12-0003"], logements.Select(l => l.IdentifiantRpls));
        Assert.Equal(2026, logements[0].AnneeConstruction);
    }
}
