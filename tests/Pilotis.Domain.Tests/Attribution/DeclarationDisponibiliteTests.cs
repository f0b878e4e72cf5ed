using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

public class DeclarationDisponibiliteTests
{
    private static readonly DateOnly Aujourdhui = new(2026, 12, 6);

    private static Logement Logement(
        EtatOccupation occupation = EtatOccupation.Occupe,
        ReservationNonConvertie reservation = ReservationNonConvertie.Aucune
    ) =>
        new()
        {
            Id = 7,
            IdentifiantRpls = "R1",
            CommuneCode = "30007",
            Adresse = "1 rue",
            Occupation = occupation,
            ReservationNonConvertie = reservation,
            ReservataireStockId = reservation == ReservationNonConvertie.Aucune ? null : 42,
        };

    private static DateOnly? D(string? texte) =>
        texte is null ? null : DateOnly.Parse(texte, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(OrigineDisponibilite.Liberation, "2026-11-20", "2027-01-20", null)]
    [InlineData(OrigineDisponibilite.Liberation, null, "2027-01-20", "DateConge")] // congé manquant
    [InlineData(OrigineDisponibilite.Liberation, "2026-12-10", "2027-01-20", "DateConge")] // congé futur
    [InlineData(OrigineDisponibilite.Liberation, "2026-11-20", "2026-11-01", "DateDisponibilite")] // avant le congé
    [InlineData(OrigineDisponibilite.Liberation, "2025-12-01", "2026-12-05", "DateDisponibilite")] // 369 jours
    [InlineData(OrigineDisponibilite.MiseEnService, null, "2026-12-15", null)]
    [InlineData(OrigineDisponibilite.MiseEnService, "2026-11-20", "2026-12-15", "DateConge")]
    [InlineData(OrigineDisponibilite.MiseEnService, null, "2028-01-15", "DateDisponibilite")] // plus d'un an
    public void Dates(OrigineDisponibilite origine, string? conge, string dispo, string? champEnErreur)
    {
        var erreurs = DeclarationDisponibilite.Valider(
            Logement(),
            false,
            origine,
            D(conge),
            D(dispo)!.Value,
            Aujourdhui
        );
        if (champEnErreur is null)
            Assert.Empty(erreurs);
        else
            Assert.Contains(erreurs, e => e.Champ == champEnErreur);
    }

    [Fact]
    public void Un_logement_hors_location_ou_deja_en_cours_est_refuse()
    {
        var dispo = new DateOnly(2026, 12, 20);
        var horsLocation = DeclarationDisponibilite.Valider(
            Logement(EtatOccupation.HorsLocation),
            false,
            OrigineDisponibilite.MiseEnService,
            null,
            dispo,
            Aujourdhui
        );
        Assert.Contains(horsLocation, e => e.Champ == "Logement" && e.Message.Contains("hors location"));
        var enCours = DeclarationDisponibilite.Valider(
            Logement(),
            true,
            OrigineDisponibilite.MiseEnService,
            null,
            dispo,
            Aujourdhui
        );
        Assert.Contains(enCours, e => e.Champ == "Logement" && e.Message.Contains("déjà en cours"));
    }

    // DOMAIN §5 : exclusions du flux et réservations restées en stock (défense, sécurité intérieure, santé).
    [Theory]
    [InlineData(MotifExclusionFlux.Aucun, ReservationNonConvertie.Aucune, true, null)]
    [InlineData(MotifExclusionFlux.MutationInterne, ReservationNonConvertie.Aucune, false, null)]
    [InlineData(MotifExclusionFlux.RelogementAnru, ReservationNonConvertie.Aucune, false, null)]
    [InlineData(MotifExclusionFlux.Vente, ReservationNonConvertie.Aucune, false, null)]
    [InlineData(MotifExclusionFlux.Aucun, ReservationNonConvertie.DefenseSecuriteInterieure, false, 42)]
    [InlineData(MotifExclusionFlux.Aucun, ReservationNonConvertie.EtablissementSante, false, 42)]
    public void Entree_dans_le_flux(
        MotifExclusionFlux exclusion,
        ReservationNonConvertie reservation,
        bool dansLeFlux,
        int? reservataire
    )
    {
        var a = DeclarationDisponibilite.Creer(
            Logement(reservation: reservation),
            OrigineDisponibilite.Liberation,
            new DateOnly(2026, 11, 1),
            new DateOnly(2027, 1, 15),
            exclusion,
            DateTimeOffset.UnixEpoch
        );
        Assert.Equal(dansLeFlux, a.DansLeFlux);
        Assert.Equal(reservataire, a.ReservataireId);
        Assert.Equal(2027, a.AnneeFlux);
        Assert.Equal(EtapeAttribution.Declare, a.Etape);
    }
}
