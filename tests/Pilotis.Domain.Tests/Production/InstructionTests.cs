using Pilotis.Domain.Production;

namespace Pilotis.Domain.Tests.Production;

/// <summary>Liste de dépôt, complétude, délais médians et calendrier de dépôt (seed 000, questions 1 et 3).</summary>
public sealed class InstructionTests
{
    private static Operation Operation(NatureOperation nature, params Produit[] produits) =>
        new()
        {
            Numero = "T-1",
            Nom = "Test",
            BailleurId = 1,
            CommuneCode = "30189",
            DepartementCode = "30",
            RegionCode = "76",
            Nature = nature,
            Lots = produits.Select(p => new Lot { Produit = p }).ToList(),
        };

    [Theory]
    [InlineData("", "", NatureOperation.Neuf, "PLUS", true)]
    [InlineData("NEUF,VEFA", "", NatureOperation.Vefa, "PLUS", true)]
    [InlineData("NEUF,VEFA", "", NatureOperation.AcquisitionAmelioration, "PLUS", false)]
    [InlineData("", "PLAI_ADAPTE", NatureOperation.Neuf, "PLUS,PLAI_ADAPTE", true)]
    [InlineData("", "PLAI_ADAPTE", NatureOperation.Neuf, "PLUS,PLAI", false)]
    [InlineData("", "PSLA,BRS", NatureOperation.Neuf, "", false)]
    [InlineData("neuf", " plai ", NatureOperation.Neuf, "PLAI", true)]
    [InlineData("VEFA", "PLAI", NatureOperation.Vefa, "PLUS", false)]
    public void Une_exigence_s_applique_selon_nature_et_produits(
        string natures,
        string produits,
        NatureOperation nature,
        string lots,
        bool attendu
    )
    {
        var exigence = new ExigenceDepot
        {
            DepartementCode = "30",
            Code = "x",
            Libelle = "x",
            Genre = GenreExigence.Document,
            Natures = natures,
            Produits = produits,
        };
        var lesLots = lots.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => CodesProduction.TryProduit(c, out var p) ? p : throw new ArgumentException(c));
        Assert.Equal(attendu, exigence.SAppliqueA(nature, lesLots));
    }

    [Fact]
    public void La_completude_compte_les_champs_et_les_pieces_obligatoires_applicables()
    {
        var exigences = new List<ExigenceDepot>
        {
            new()
            {
                DepartementCode = "30",
                Code = "adresse",
                Libelle = "Adresse",
                Genre = GenreExigence.Champ,
                Ordre = 1,
            },
            new()
            {
                DepartementCode = "30",
                Code = "lots",
                Libelle = "Lots",
                Genre = GenreExigence.Champ,
                Ordre = 2,
            },
            new()
            {
                DepartementCode = "30",
                Code = "plan_situation",
                Libelle = "Plan",
                Genre = GenreExigence.Document,
                Ordre = 3,
            },
            new()
            {
                DepartementCode = "30",
                Code = "contrat_vefa",
                Libelle = "VEFA",
                Genre = GenreExigence.Document,
                Natures = "VEFA",
                Ordre = 4,
            },
            new()
            {
                DepartementCode = "30",
                Code = "photos",
                Libelle = "Photos",
                Genre = GenreExigence.Document,
                Obligatoire = false,
                Ordre = 5,
            },
        };
        var o = Operation(NatureOperation.Neuf, Produit.Plus);
        o.Lots[0].NombreLogements = 10;

        var vide = Completude.Calculer(o, exigences, new HashSet<string>());
        Assert.Equal(4, vide.Elements.Count); // le contrat VEFA ne s'applique pas à du neuf
        Assert.Equal(["adresse", "plan_situation"], vide.Manquants.Select(m => m.Exigence.Code));
        Assert.Equal(0.3333m, vide.Taux);
        Assert.False(vide.Complet);

        o.Adresse = "1 rue de la Gare";
        var complet = Completude.Calculer(o, exigences, new HashSet<string> { "plan_situation" });
        Assert.True(complet.Complet);
        Assert.Equal(1m, complet.Taux);
        Assert.False(complet.Elements.Single(e => e.Exigence.Code == "photos").Satisfaite);
    }

    [Fact]
    public void Sans_exigence_obligatoire_le_taux_vaut_un()
    {
        var c = Completude.Calculer(Operation(NatureOperation.Neuf), [], new HashSet<string>());
        Assert.Equal(1m, c.Taux);
        Assert.True(c.Complet);
    }

    [Fact]
    public void La_liste_par_defaut_n_utilise_que_des_champs_connus_et_des_codes_uniques()
    {
        var liste = ExigencesParDefaut.Pour("30");
        Assert.All(liste.Where(e => e.Genre == GenreExigence.Champ), e =>
            Assert.True(ChampsDossier.Existe(e.Code), e.Code)
        );
        Assert.Equal(liste.Count, liste.Select(e => e.Code).Distinct().Count());
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("5", 5.0)]
    [InlineData("3,1,2", 2.0)]
    [InlineData("10,2,4,8", 6.0)]
    [InlineData("1,2", 1.5)]
    [InlineData("7,,3,null", 5.0)]
    public void La_mediane_ignore_les_valeurs_absentes(string valeurs, double? attendue)
    {
        var liste = valeurs.Split(',').Select(v => int.TryParse(v, out var n) ? n : (int?)null);
        Assert.Equal(attendue, DelaisInstruction.Mediane(liste));
    }

    [Fact]
    public void Les_delais_se_calculent_par_groupe_sans_compter_les_dates_manquantes_ou_inversees()
    {
        var d = new DateOnly(2026, 1, 1);
        var groupes = DelaisInstruction.Calculer([
            new("A", d, d.AddDays(10), d.AddDays(40)),
            new("A", d, d.AddDays(20), null),
            new("A", d, d.AddDays(-5), null), // complet avant dépôt : incohérent, ignoré
            new("B", d, null, null),
        ]);
        var a = groupes.Single(g => g.Groupe == "A");
        Assert.Equal(3, a.Dossiers);
        Assert.Equal(15.0, a.MedianeDepotComplet);
        Assert.Equal(30.0, a.MedianeCompletAgrement);
        Assert.Equal(40.0, a.MedianeDepotAgrement);
        var b = groupes.Single(g => g.Groupe == "B");
        Assert.Null(b.MedianeDepotComplet);
    }

    [Theory]
    [InlineData(1, 3, "2025-11-30", 2026, null)]
    [InlineData(10, 12, "2026-09-30", 2026, null)]
    [InlineData(4, 6, "2026-04-30", 2026, null)]
    [InlineData(
        4,
        6,
        "2026-05-01",
        2026,
        "La date limite de dépôt doit précéder la fin du premier mois de la période d'agrément."
    )]
    [InlineData(0, 3, "2025-11-30", 2026, "Les mois vont de 1 à 12.")]
    [InlineData(1, 13, "2025-11-30", 2026, "Les mois vont de 1 à 12.")]
    [InlineData(6, 4, "2026-01-31", 2026, "Le mois de fin précède le mois de début.")]
    public void Une_echeance_de_depot_se_valide(int debut, int fin, string date, int annee, string? erreur)
    {
        Assert.Equal(
            erreur,
            EcheanceDepot.Valider(
                debut,
                fin,
                DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
                annee
            )
        );
    }

    [Fact]
    public void Le_calendrier_par_defaut_est_valide_et_couvre_l_annee()
    {
        var calendrier = EcheanceDepot.ParDefaut("30", 2026);
        Assert.All(calendrier, e => Assert.Null(EcheanceDepot.Valider(e.MoisDebut, e.MoisFin, e.DateLimite, e.Annee)));
        Assert.All(Enumerable.Range(1, 12), m => Assert.Single(calendrier, e => e.Couvre(2026, m)));
    }
}
