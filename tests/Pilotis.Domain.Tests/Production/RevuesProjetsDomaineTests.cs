using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;

namespace Pilotis.Domain.Tests.Production;

/// <summary>Project reviews (seed 001, solution 1): three a year per EPCI, difficulty follow-up, CDHH report.</summary>
public sealed class RevuesProjetsDomaineTests
{
    [Theory]
    [InlineData(1, "2026-03-10", new int[0], null)]
    [InlineData(3, "2026-11-10", new[] { 1, 2 }, null)]
    [InlineData(2, "2026-06-10", new[] { 1, 3 }, null)]
    [InlineData(4, "2026-12-10", new[] { 1, 2, 3 }, "Le numéro de revue va de 1 à 3 (trois revues par an).")]
    [InlineData(0, "2026-01-10", new int[0], "Le numéro de revue va de 1 à 3 (trois revues par an).")]
    [InlineData(2, "2026-06-10", new[] { 1, 2 }, "La revue n° 2 de 2026 existe déjà pour cet EPCI.")]
    [InlineData(1, "2027-01-05", new int[0], "La date doit tomber en 2026.")]
    public void Trois_revues_par_an_et_par_EPCI(int numero, string date, int[] existants, string? erreur) =>
        Assert.Equal(
            erreur,
            LibellesRevues.ValiderRevue(
                2026,
                numero,
                DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
                existants
            )
        );

    private static Difficulte Difficulte(DateOnly? escaladee = null, DateOnly? resolue = null) =>
        new()
        {
            OperationId = 1,
            Categorie = CategorieBlocage.Foncier,
            Description = "x",
            SignaleePar = "EPCI",
            SignaleeLe = new(2026, 1, 5),
            EscaladeeLe = escaladee,
            ResolueLe = resolue,
        };

    public static TheoryData<string, Difficulte, string?, string?, string?, DateOnly?, string?> Suivis =>
        new()
        {
            { "décision seule", Difficulte(), "Relancer le notaire", null, null, null, null },
            {
                "action avec responsable et échéance",
                Difficulte(),
                "Relancer",
                "Courrier",
                "EPCI",
                new DateOnly(2026, 6, 1),
                null
            },
            { "décision vide", Difficulte(), " ", null, null, null, "La décision est obligatoire." },
            {
                "action sans responsable",
                Difficulte(),
                "Relancer",
                "Courrier",
                null,
                null,
                "Une action a un responsable : indiquez qui la porte."
            },
            {
                "échéance passée",
                Difficulte(),
                "Relancer",
                null,
                null,
                new DateOnly(2026, 1, 1),
                "L'échéance ne peut pas être dans le passé."
            },
            {
                "difficulté résolue",
                Difficulte(resolue: new(2026, 2, 1)),
                "Relancer",
                null,
                null,
                null,
                "Cette difficulté est résolue : elle ne reçoit plus de décision."
            },
        };

    [Theory]
    [MemberData(nameof(Suivis))]
    public void Decisions_et_actions(
        string cas,
        Difficulte d,
        string? decision,
        string? action,
        string? responsable,
        DateOnly? echeance,
        string? erreur
    ) =>
        Assert.True(
            erreur == SuiviRevues.ValiderSuivi(d, decision, action, responsable, echeance, new DateOnly(2026, 3, 1)),
            cas
        );

    [Fact]
    public void Remontee_au_prefet_une_fois_sur_une_difficulte_ouverte()
    {
        Assert.Null(SuiviRevues.ValiderEscalade(Difficulte()));
        Assert.Equal(
            "Cette difficulté a déjà été remontée au préfet le 02/02/2026.",
            SuiviRevues.ValiderEscalade(Difficulte(escaladee: new(2026, 2, 2)))
        );
        Assert.Equal(
            "Cette difficulté est résolue : elle ne peut plus être remontée au préfet.",
            SuiviRevues.ValiderEscalade(Difficulte(resolue: new(2026, 2, 2)))
        );
        Assert.Null(SuiviRevues.ValiderResolution(Difficulte(escaladee: new(2026, 2, 2)), "Terrain trouvé"));
        Assert.Equal("Indiquez comment la difficulté a été levée.", SuiviRevues.ValiderResolution(Difficulte(), ""));
        Assert.Equal(
            "Cette difficulté est déjà résolue depuis le 03/03/2026.",
            SuiviRevues.ValiderResolution(Difficulte(resolue: new(2026, 3, 3)), "x")
        );
        Assert.NotNull(SuiviRevues.ValiderSignalement(StatutOperation.Annulee, "x"));
        Assert.NotNull(SuiviRevues.ValiderSignalement(StatutOperation.Transmise, ""));
        Assert.Null(SuiviRevues.ValiderSignalement(StatutOperation.Engagee, "Recours des riverains"));
    }

    [Theory]
    [InlineData(StatutRevue.Preparation, "2026-03-01", "cr", null)]
    [InlineData(
        StatutRevue.Preparation,
        "2026-03-01",
        "",
        "Le compte rendu est obligatoire pour marquer la revue comme tenue."
    )]
    [InlineData(
        StatutRevue.Preparation,
        "2026-03-02",
        "cr",
        "La revue est prévue le 02/03/2026 : elle ne peut pas être marquée tenue avant."
    )]
    [InlineData(StatutRevue.Tenue, "2026-03-01", "cr", "Cette revue est déjà marquée comme tenue.")]
    public void Revue_tenue_avec_compte_rendu(StatutRevue statut, string date, string compteRendu, string? erreur)
    {
        var r = new RevueProjets
        {
            EpciSiren = "243000643",
            DepartementCode = "30",
            Annee = 2026,
            Numero = 1,
            Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture),
            Statut = statut,
        };
        Assert.Equal(erreur, SuiviRevues.ValiderTenue(r, compteRendu, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Rapport_CDHH_operations_examinees_blocages_et_operations_qui_reussissent()
    {
        DifficulteRapport D(
            int op,
            CategorieBlocage c,
            string signalee,
            string? escaladee = null,
            string? resolue = null
        ) =>
            new(
                op,
                c,
                DateOnly.Parse(signalee, System.Globalization.CultureInfo.InvariantCulture),
                escaladee is null ? null : DateOnly.Parse(escaladee, System.Globalization.CultureInfo.InvariantCulture),
                resolue is null ? null : DateOnly.Parse(resolue, System.Globalization.CultureInfo.InvariantCulture)
            );
        var difficultes = new[]
        {
            D(1, CategorieBlocage.Foncier, "2026-02-01", "2026-03-01", "2026-09-01"),
            D(1, CategorieBlocage.FinancementManquant, "2026-04-01"),
            D(2, CategorieBlocage.PermisOuRecours, "2025-05-01", "2025-06-01"),
            D(3, CategorieBlocage.Foncier, "2024-01-01", null, "2025-06-01"),
            D(4, CategorieBlocage.OppositionLocale, "2026-01-10"),
            D(5, CategorieBlocage.TechniqueInondation, "2027-01-10"),
        };
        var operations = new[]
        {
            new OperationSuivie(1, "E", new(2026, 6, 1), null, null, StatutOperation.Engagee),
            new OperationSuivie(2, "E", new(2024, 6, 1), new(2026, 4, 1), null, StatutOperation.Acompte),
            new OperationSuivie(3, "E", new(2026, 6, 1), null, new(2026, 5, 1), StatutOperation.Soldee),
            new OperationSuivie(4, "E", new(2026, 2, 1), null, null, StatutOperation.Annulee),
        };
        var r = RapportCdhh.Calculer(2026, 3, difficultes, operations);
        Assert.Equal(3, r.Revues);
        // 1, 2 (open since 2025) and 4; 3 was solved in 2025, 5 flagged in 2027.
        Assert.Equal(3, r.OperationsExaminees);
        Assert.Equal(1, r.BlocagesParCategorie[CategorieBlocage.Foncier]);
        Assert.Equal(1, r.BlocagesParCategorie[CategorieBlocage.FinancementManquant]);
        Assert.Equal(1, r.BlocagesParCategorie[CategorieBlocage.PermisOuRecours]);
        Assert.Equal(1, r.BlocagesParCategorie[CategorieBlocage.OppositionLocale]);
        Assert.Equal(0, r.BlocagesParCategorie[CategorieBlocage.TechniqueInondation]);
        Assert.Equal(Enum.GetValues<CategorieBlocage>().Length, r.BlocagesParCategorie.Count);
        Assert.Equal(1, r.Escalades);
        Assert.Equal(1, r.Resolues);
        // The cancelled operation 4 never "succeeds"; 3 was not examined in 2026.
        Assert.Equal(1, r.AtteignentAgrement);
        Assert.Equal(1, r.OuvrentChantier);
        Assert.Equal(0, r.SontLivrees);

        var vide = RapportCdhh.Calculer(2026, 0, [], []);
        Assert.Equal(0, vide.OperationsExaminees);
        Assert.All(vide.BlocagesParCategorie.Values, n => Assert.Equal(0, n));
    }
}
