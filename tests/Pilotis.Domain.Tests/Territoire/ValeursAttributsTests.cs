using Pilotis.Domain.Territoire;

namespace Pilotis.Domain.Tests;

/// <summary>
/// Dated commune attributes: the value in force at a date is the latest whose effective date has passed.
/// </summary>
public class ValeursAttributsTests
{
    private static readonly AttributCommune[] Historique =
    [
        Attribut(1, NatureAttribut.Zone123, "3", "2014-10-01"),
        Attribut(2, NatureAttribut.Zone123, "2", "2026-01-01"),
        Attribut(3, NatureAttribut.ZoneAbc, "B2", "2014-10-01"),
        Attribut(4, NatureAttribut.ZoneAbc, "C", "2023-10-05"),
        // Same effective date entered twice (a correction): the later entry wins.
        Attribut(6, NatureAttribut.ZoneAbc, "B1", "2023-10-05"),
        Attribut(5, NatureAttribut.ZoneAbc, "A", "2023-10-05"),
        Attribut(7, NatureAttribut.Qpv, "oui", "2024-01-01"),
    ];

    private static AttributCommune Attribut(int id, NatureAttribut nature, string valeur, string depuis) =>
        new()
        {
            Id = id,
            CommuneCode = "30189",
            Nature = nature,
            Valeur = valeur,
            ValideDepuis = DateOnly.Parse(depuis),
            Source = "test",
        };

    [Theory]
    [InlineData(NatureAttribut.Zone123, "2010-01-01", null)]
    [InlineData(NatureAttribut.Zone123, "2014-10-01", "3")]
    [InlineData(NatureAttribut.Zone123, "2025-12-31", "3")]
    [InlineData(NatureAttribut.Zone123, "2026-01-01", "2")]
    [InlineData(NatureAttribut.Zone123, "2040-06-30", "2")]
    [InlineData(NatureAttribut.ZoneAbc, "2023-10-04", "B2")]
    [InlineData(NatureAttribut.ZoneAbc, "2023-10-05", "B1")]
    [InlineData(NatureAttribut.Qpv, "2023-12-31", null)]
    [InlineData(NatureAttribut.Qpv, "2024-01-01", "oui")]
    [InlineData(NatureAttribut.StatutSru, "2026-01-01", null)]
    public void EnVigueur(NatureAttribut nature, string date, string? attendu) =>
        Assert.Equal(attendu, ValeursAttributs.EnVigueur(Historique, nature, DateOnly.Parse(date))?.Valeur);

    [Theory]
    [InlineData(NatureAttribut.ZoneAbc, "abis", "Abis")]
    [InlineData(NatureAttribut.ZoneAbc, " b1 ", "B1")]
    [InlineData(NatureAttribut.ZoneAbc, "D", null)]
    [InlineData(NatureAttribut.Zone123, "1BIS", "1bis")]
    [InlineData(NatureAttribut.Zone123, "4", null)]
    [InlineData(NatureAttribut.StatutSru, "Carence", "carence")]
    [InlineData(NatureAttribut.Qpv, null, null)]
    public void Canonique(NatureAttribut nature, string? saisie, string? attendu) =>
        Assert.Equal(attendu, ValeursAttributs.Canonique(nature, saisie));

    [Theory]
    [InlineData("zone_123", NatureAttribut.Zone123)]
    [InlineData("ZONE_ABC", NatureAttribut.ZoneAbc)]
    [InlineData("geographie_plafonds", NatureAttribut.GeographiePlafonds)]
    [InlineData(" qpv ", NatureAttribut.Qpv)]
    [InlineData("statut_sru", NatureAttribut.StatutSru)]
    [InlineData("zonage", null)]
    public void NatureDepuisCode(string code, NatureAttribut? attendu) =>
        Assert.Equal(attendu, ValeursAttributs.NatureDepuisCode(code));
}
