using Pilotis.Domain.Demande;

namespace Pilotis.Domain.Tests.Demande;

/// <summary>
/// L'ordre de classement des demandes (ADR 0009 §10 et §12) : score décroissant, sans score en dernier, puis dépôt le
/// plus ancien, puis identifiant. Le même ordre en mémoire, en requête (IQueryable) et pour la position d'une demande.
/// </summary>
public sealed class OrdreClassementTests
{
    private static readonly DateOnly Janvier = new(2025, 1, 10);
    private static readonly DateOnly Mars = new(2025, 3, 5);

    // (identifiant, score, dépôt) dans le désordre.
    private static readonly (long Id, decimal? Score, DateOnly Depot)[] Demandes =
    [
        (1, null, Janvier),
        (2, 40m, Mars),
        (3, 55.5m, Mars),
        (4, 40m, Janvier),
        (5, null, Janvier),
        (6, 40m, Janvier),
        (7, 0m, Mars),
        (8, null, new DateOnly(2024, 12, 1)),
    ];

    // 55,5 ; puis 40 (dépôts de janvier par identifiant, puis mars) ; 0 ; sans score par dépôt puis identifiant.
    private static readonly long[] Attendu = [3, 4, 6, 2, 7, 8, 1, 5];

    private static List<DemandeLogement> Liste() =>
        [
            .. Demandes.Select(x => new DemandeLogement
            {
                Id = x.Id,
                NumeroUnique = $"030{x.Id:D4}",
                DepartementCode = "30",
                Score = x.Score,
                DateDepot = x.Depot,
            }),
        ];

    [Fact]
    public void En_memoire_le_score_decroissant_puis_le_depot_puis_l_identifiant() =>
        Assert.Equal(Attendu, Liste().ParClassement().Select(d => d.Id));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void En_requete_le_meme_ordre(bool scoreEnReel) =>
        Assert.Equal(Attendu, Liste().AsQueryable().ParClassement(scoreEnReel).Select(d => d.Id));

    [Fact]
    public void Sur_des_lignes_qui_portent_une_demande_le_meme_ordre() =>
        Assert.Equal(
            Attendu,
            Liste()
                .Select(d => new { Demande = d, Rang = 1 })
                .AsQueryable()
                .ParClassement(x => x.Demande)
                .Select(x => x.Demande.Id)
        );

    [Theory]
    [InlineData(3, 1)]
    [InlineData(4, 2)]
    [InlineData(6, 3)]
    [InlineData(2, 4)]
    [InlineData(7, 5)]
    [InlineData(8, 6)]
    [InlineData(1, 7)]
    [InlineData(5, 8)]
    public void La_position_compte_les_demandes_classees_avant(long id, int position)
    {
        var demandes = Liste();
        var d = demandes.Single(x => x.Id == id);
        var avant = demandes.AsQueryable().Count(OrdreClassement.ClasseesAvant(d.Score, d.DateDepot, d.Id));
        Assert.Equal(position, avant + 1);
    }
}
