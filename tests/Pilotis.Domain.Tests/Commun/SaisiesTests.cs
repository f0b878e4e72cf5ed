using Pilotis.Domain.Commun;
using Pilotis.Domain.Production;

namespace Pilotis.Domain.Tests.Commun;

/// <summary>
/// Ticket 11, point 13 : une saisie citée l'est en extrait, une date impossible et une année illisible sont dites en
/// français, et chaque valeur d'une échéance est contrôlée même quand sa voisine est illisible.
/// </summary>
public sealed class SaisiesTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("  abc  ", "abc")]
    [InlineData("ligne\n2", "ligne 2")]
    [InlineData("0123456789", "0123456789")]
    [InlineData("01234567890", "0123456789…")]
    [InlineData("012345678 0123", "012345678…")]
    public void Une_saisie_citee_est_coupee_a_la_longueur_voulue(string? saisie, string attendu) =>
        Assert.Equal(attendu, Francais.Extrait(saisie, 10));

    [Fact]
    public void Dix_mille_caracteres_cites_en_donnent_quarante_et_une_ellipse()
    {
        var extrait = Francais.Extrait(new string('x', 10_000));
        Assert.Equal(new string('x', Francais.LongueurExtrait) + "…", extrait);
    }

    [Fact]
    public void Un_emoji_n_est_pas_coupe_en_deux() => Assert.Equal("abc…", Francais.Extrait("abc😀😀", 4));

    [Theory]
    [InlineData("2026-02-28", null)]
    [InlineData("28/02/2026", null)]
    [InlineData("1/2/2026", null)]
    [InlineData("31/02/2026", "Le 31/02/2026 n'existe pas.")]
    [InlineData("2026-02-31", "Le 31/02/2026 n'existe pas.")]
    [InlineData("29/02/2027", "Le 29/02/2027 n'existe pas.")]
    [InlineData("12/13/2026", "Le 12/13/2026 n'existe pas.")]
    [InlineData("demain", "« demain » n'est pas une date (jj/mm/aaaa).")]
    [InlineData("31/02/20261", "« 31/02/20261 » n'est pas une date (jj/mm/aaaa).")]
    public void Une_date_refusee_dit_pourquoi(string saisie, string? message) =>
        Assert.Equal(message, LectureValeurs.ErreurDate(saisie));

    [Theory]
    [InlineData("2026", null)]
    [InlineData(" 2 026 ", null)]
    [InlineData("abc", "« abc » n'est pas une année.")]
    [InlineData("2025.5", "« 2025.5 » n'est pas une année.")]
    [InlineData("1800", "L'année 1800 n'est pas prise en charge : indiquez une année entre 2000 et 2100.")]
    [InlineData("2101", "L'année 2101 n'est pas prise en charge : indiquez une année entre 2000 et 2100.")]
    public void Une_annee_refusee_dit_pourquoi(string saisie, string? message) =>
        Assert.Equal(message, LectureValeurs.ErreurAnnee(saisie, out _));

    [Fact]
    public void Un_texte_trop_long_est_refuse_avec_sa_limite() =>
        Assert.Equal("Le nom ne doit pas dépasser 200 caractères.", MessagesSaisie.TropLong("Le nom", 200));

    public static TheoryData<int?, int?, string?, string[]> Echeances =>
        new()
        {
            { 4, 6, "2026-04-30", [] },
            // Date illisible (null) : les mois sont contrôlés quand même, au même envoi.
            { 13, -1, null, ["MoisDebut : Les mois vont de 1 à 12.", "MoisFin : Les mois vont de 1 à 12."] },
            { null, 0, "2026-01-15", ["MoisFin : Les mois vont de 1 à 12."] },
            { 6, 4, null, ["MoisFin : Le mois de fin précède le mois de début."] },
            {
                4,
                null,
                "2026-05-01",
                ["DateLimite : La date limite de dépôt doit précéder la fin du premier mois de la période d'agrément."]
            },
        };

    [Theory]
    [MemberData(nameof(Echeances))]
    public void Une_echeance_dit_tous_ses_refus(int? debut, int? fin, string? date, string[] attendus)
    {
        var limite = date is null
            ? (DateOnly?)null
            : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var erreurs = EcheanceDepot.Controler(debut, fin, limite, 2026).Select(e => $"{e.Champ} : {e.Message}");
        Assert.Equal(attendus, erreurs);
    }
}
