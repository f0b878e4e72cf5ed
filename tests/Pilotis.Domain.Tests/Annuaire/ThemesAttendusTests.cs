using Pilotis.Domain.Annuaire;
using T = Pilotis.Domain.Annuaire.ThemeReferent;

namespace Pilotis.Domain.Tests.Annuaire;

/// <summary>
/// Les thèmes attendus par type d'organisation, et l'exhaustivité qu'ils fondent (seed 001, solution 9).
/// </summary>
public class ThemesAttendusTests
{
    private static readonly DateOnly Jour = new(2026, 12, 7);

    [Theory]
    [InlineData(
        TypeOrganisation.Ddtm,
        new[] { T.Production, T.Sru, T.Attribution, T.Financement, T.InformationPublic }
    )]
    [InlineData(TypeOrganisation.Dreal, new[] { T.Production, T.Financement })]
    [InlineData(
        TypeOrganisation.Epci,
        new[] { T.Production, T.Demande, T.Attribution, T.Foncier, T.InformationPublic }
    )]
    [InlineData(TypeOrganisation.Commune, new[] { T.Sru, T.Attribution, T.Foncier, T.InformationPublic })]
    [InlineData(TypeOrganisation.Bailleur, new[] { T.Production, T.Demande, T.Attribution, T.Caleol })]
    [InlineData(TypeOrganisation.Reservataire, new[] { T.Attribution })]
    [InlineData(TypeOrganisation.Financeur, new[] { T.Financement })]
    [InlineData(TypeOrganisation.OperateurFoncier, new[] { T.Foncier })]
    public void Chaque_type_attend_ses_themes(TypeOrganisation type, ThemeReferent[] attendus)
    {
        Assert.Equal(attendus, ThemesAttendus.Pour(type));
    }

    [Fact]
    public void Chaque_type_attend_au_moins_un_theme()
    {
        Assert.All(Enum.GetValues<TypeOrganisation>(), t => Assert.NotEmpty(ThemesAttendus.Pour(t)));
    }

    [Theory]
    // Confirmée il y a 12 mois jour pour jour : encore à jour ; un jour de plus : à confirmer.
    [InlineData("2025-12-07", true)]
    [InlineData("2025-12-06", false)]
    [InlineData("2026-12-07", true)]
    [InlineData("2024-01-01", false)]
    public void Une_fiche_est_a_jour_douze_mois(string confirmeLe, bool aJour)
    {
        Assert.Equal(
            aJour,
            FraicheurAnnuaire.AJour(DateOnly.Parse(confirmeLe, System.Globalization.CultureInfo.InvariantCulture), Jour)
        );
    }

    [Fact]
    public void La_mention_dit_a_jour_au_ou_a_confirmer()
    {
        Assert.Equal("à jour au 07/12/2026", FraicheurAnnuaire.Mention(Jour, Jour));
        Assert.StartsWith(
            "à confirmer",
            FraicheurAnnuaire.Mention(new DateOnly(2025, 1, 1), Jour),
            StringComparison.Ordinal
        );
    }

    public static TheoryData<OrganisationAnnuaire[], decimal?, decimal?> Cas() =>
        new()
        {
            // Aucune organisation : rien à mesurer.
            { [], null, null },
            // Un financeur (1 thème attendu) couvert et à jour : 100 %.
            { [new(1, TypeOrganisation.Financeur, [(T.Financement, Jour)])], 100m, 100m },
            // Un financeur sans fiche : 0 % d'exhaustivité ; aucune organisation avec des fiches pour « à jour ».
            { [new(1, TypeOrganisation.Financeur, [])], 0m, null },
            // Une commune (4 thèmes) : 2 couverts dont 1 périmé → 1/4 ; ses fiches ne sont pas toutes à jour.
            { [new(1, TypeOrganisation.Commune, [(T.Sru, Jour), (T.Foncier, Jour.AddMonths(-13))])], 25m, 0m },
            // Un thème non attendu (CALEOL pour un financeur) ne compte pas ; deux organisations : 1 + 1 sur 1 + 4.
            {
                [
                    new(1, TypeOrganisation.Financeur, [(T.Financement, Jour), (T.Caleol, Jour)]),
                    new(2, TypeOrganisation.Commune, [(T.InformationPublic, Jour.AddMonths(-2))]),
                ],
                40m,
                100m
            },
        };

    [Theory]
    [MemberData(nameof(Cas))]
    public void L_exhaustivite_est_la_part_des_themes_attendus_couverts(
        OrganisationAnnuaire[] organisations,
        decimal? exhaustivite,
        decimal? aJour
    )
    {
        Assert.Equal(exhaustivite, Exhaustivite.Taux(organisations, Jour));
        Assert.Equal(aJour, Exhaustivite.TauxAJour(organisations, Jour));
    }

    [Fact]
    public void L_exhaustivite_par_theme_compte_attendues_et_couvertes()
    {
        var lignes = Exhaustivite.ParTheme(
            [new(1, TypeOrganisation.Bailleur, [(T.Caleol, Jour)]), new(2, TypeOrganisation.Bailleur, [])],
            Jour
        );
        var caleol = lignes.Single(l => l.Theme == T.Caleol);
        Assert.Equal((2, 1, 50m), (caleol.Attendues, caleol.Couvertes, caleol.Taux));
        Assert.Null(lignes.Single(l => l.Theme == T.Sru).Taux);
    }
}
