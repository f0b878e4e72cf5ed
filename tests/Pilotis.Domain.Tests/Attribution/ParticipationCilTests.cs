using Pilotis.Domain.Attribution;

namespace Pilotis.Domain.Tests.Attribution;

/// <summary>Participation des élus en CIL : communes membres représentées à au moins une réunion de l'année.</summary>
public class ParticipationCilTests
{
    private static readonly string[] Membres = ["30001", "30002", "30003", "30004"];

    [Theory]
    // Aucune réunion : 0 sur 4.
    [InlineData("", 0, 4)]
    // Une réunion, deux communes : 2 sur 4.
    [InlineData("2026-03-01:30001,30002", 2, 4)]
    // Une commune présente à deux réunions compte une fois.
    [InlineData("2026-03-01:30001,30002|2026-09-01:30002,30003", 3, 4)]
    // Une réunion d'une autre année ne compte pas.
    [InlineData("2025-12-31:30001,30002,30003,30004|2026-01-15:30004", 1, 4)]
    // Une commune qui n'est pas membre (saisie d'avant une fusion) ne compte pas.
    [InlineData("2026-05-05:30001,30999", 1, 4)]
    // Toutes les communes : 100 %.
    [InlineData("2026-05-05:30001,30002,30003,30004", 4, 4)]
    public void Communes_representees(string reunions, int representees, int membres)
    {
        var liste = reunions
            .Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => r.Split(':'))
            .Select(r =>
                (
                    DateOnly.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture),
                    (IEnumerable<string>)r[1].Split(',')
                )
            )
            .ToList();
        var p = ParticipationCil.Calculer(Membres, liste, 2026);
        Assert.Equal((representees, membres), (p.CommunesRepresentees, p.CommunesMembres));
        Assert.Equal((decimal)representees / membres, p.Part);
    }

    [Fact]
    public void Sans_commune_membre_la_part_est_nulle() =>
        Assert.Equal(0m, ParticipationCil.Calculer([], [(new DateOnly(2026, 1, 1), ["30001"])], 2026).Part);
}
