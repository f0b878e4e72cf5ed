using Pilotis.Domain.Production;

namespace Pilotis.Domain.Tests.Production;

/// <summary>Surface utile (SH + 50 % of annexes, rent basis) and the comparison of phase snapshots.</summary>
public sealed class SurfacesEtComparaisonTests
{
    [Theory]
    [InlineData(100, 0, 100)]
    [InlineData(100, 10, 105)]
    [InlineData(62.35, 7.15, 65.93)] // 65.925 rounded half away from zero
    [InlineData(0, 12, 6)]
    public void La_surface_utile_compte_les_annexes_pour_moitie(decimal sh, decimal annexes, decimal su)
    {
        Assert.Equal(su, SurfacesOperation.SurfaceUtile(sh, annexes));
        var lot = new Lot
        {
            Produit = Produit.Plus,
            SurfaceHabitable = sh,
            SurfaceAnnexes = annexes,
            LoyerM2 = 6m,
        };
        Assert.Equal(su, lot.SurfaceUtile);
        Assert.Equal(Math.Round(su * 6m, 2, MidpointRounding.AwayFromZero), lot.LoyerMensuel);
    }

    [Fact]
    public void Un_lot_en_accession_n_a_pas_de_loyer_mensuel()
    {
        Assert.Null(new Lot { Produit = Produit.Psla, SurfaceHabitable = 80m }.LoyerMensuel);
    }

    [Fact]
    public void Deux_contenus_identiques_ne_different_en_rien()
    {
        var o = OperationsTestData.Complete();
        Assert.Empty(ComparaisonInstantanes.Comparer(o.Contenu(), o.Contenu()));
    }

    [Fact]
    public void La_comparaison_liste_lots_couts_et_financements_changes()
    {
        var avant = OperationsTestData.Complete();
        var apres = OperationsTestData.Complete();
        apres.CoutBatiment = 850_000m;
        apres.Lots[1].NombreLogements = 8;
        apres.Lots[1].T3 = 8;
        apres.Lots[1].LoyerM2 = 6.2m;
        apres.Lots.RemoveAt(0);
        apres.Lots.Add(
            new Lot
            {
                Produit = Produit.Pls,
                NombreLogements = 2,
                SurfaceHabitable = 150m,
            }
        );
        apres.Financements.Add(
            new LigneFinancement
            {
                Type = TypeFinancement.SubventionEpci,
                Financeur = "Nîmes Métropole",
                Montant = 50_000m,
            }
        );

        var d = ComparaisonInstantanes
            .Comparer(avant.Contenu(), apres.Contenu())
            .Select(x => $"{x.Rubrique} | {x.Element} | {x.Avant} | {x.Apres}")
            .ToList();
        string N(string s) => s.Replace('\u202f', ' ').Replace('\u00a0', ' ');
        var texte = d.Select(N).ToList();
        Assert.Contains("Lot PLAI | Lot | 4 logements | supprimé", texte);
        Assert.Contains("Lot PLUS | Logements | 6 logements | 8 logements", texte);
        Assert.Contains("Lot PLUS | Loyer (€/m² SU) | 6,50 € | 6,20 €", texte);
        Assert.Contains("Lot PLS | Lot | absent | 2 logements", texte);
        Assert.Contains("Prix de revient | Bâtiment | 800 000,00 € | 850 000,00 €", texte);
        Assert.Contains("Prix de revient | Total | 1 000 000,00 € | 1 050 000,00 €", texte);
        Assert.Contains("Financement | Subvention de l'EPCI (Nîmes Métropole) | 0,00 € | 50 000,00 €", texte);
        Assert.DoesNotContain(texte, t => t.StartsWith("Financement | Subvention de l'État", StringComparison.Ordinal));
    }
}
