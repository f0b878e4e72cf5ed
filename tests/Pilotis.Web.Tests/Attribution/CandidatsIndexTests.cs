using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Attribution;
using Pilotis.Data.Demande;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Demande;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Les candidats d'un logement servis par l'index de classement (ADR 0020) : sur un jeu mêlé (scores, ex aequo,
/// sans score, typologies, produits, tailles de ménage, statuts), la liste est exactement celle que donnent les règles
/// du domaine appliquées une à une en mémoire — commune souhaitée, typologie (<see cref="CorrespondancesLogement"/>),
/// plafonds du financement (<see cref="ReglesCaleol.RefusEligibilite"/>), taille du ménage
/// (<see cref="PeuplementLogement.Admet"/>), ordre <see cref="OrdreClassement"/>, marques DALO, prioritaire et premier
/// quartile (CCH L441-1, seuil relu sans cache).
/// </summary>
public abstract class CandidatsIndexTests(PilotisFactory app)
{
    private static readonly ProduitsEligibles Tous =
        ProduitsEligibles.Plai | ProduitsEligibles.Plus | ProduitsEligibles.Pls;

    private sealed record Jeu(string Commune, List<long> Ids, int BailleurId);

    private static List<MembreMenage> Menage(int personnes) =>
        [
            new(LienMembre.Demandeur, 40, false, false),
            .. Enumerable.Range(1, personnes - 1).Select(_ => new MembreMenage(LienMembre.Enfant, 10, false, true)),
        ];

    /// <summary>Dix-huit demandes d'une commune neuve ; les scores sont posés tels quels (pas de grille).</summary>
    private async Task<Jeu> JeuAsync()
    {
        var compte = await app.CreerCompteAsync(
            Pilotis.Domain.Annuaire.TypeOrganisation.Bailleur,
            Pilotis.Domain.Annuaire.NiveauPerimetre.Departement,
            "48",
            Pilotis.Domain.Annuaire.Role.Agent
        );
        var commune = await OutilsAAttribuer.CommuneAsync(app);
        var aujourdhui = app.Aujourdhui();
        var ids = new List<long>();
        async Task Ajouter(decimal? score, int moisDepot, int personnes, Action<DemandeLogement>? plus = null)
        {
            var d = await app.CreerDemandeAsync(commune, d =>
            {
                d.Membres = Menage(personnes);
                d.DateDepot = aujourdhui.AddMonths(-moisDepot);
                d.TypologiesSouhaitees = Typologies.T1 | Typologies.T3 | Typologies.T5;
                d.ProduitsEligibles = Tous;
                d.Score = score;
                plus?.Invoke(d);
            });
            ids.Add(d.Id);
        }
        await Ajouter(30m, 10, 2, d => d.Dalo = true);
        await Ajouter(30m, 10, 3); // ex aequo complet : l'identifiant départage
        await Ajouter(30m, 20, 2); // même score, plus ancienne : avant les deux premières
        await Ajouter(45.5m, 2, 2, d => d.CriteresPrioritaires = CriteresPrioritaires.Handicap);
        await Ajouter(null, 40, 2); // sans score : en dernier malgré l'ancienneté
        await Ajouter(12.25m, 5, 4, d => d.RessourcesMensuelles = 300m);
        await Ajouter(12.25m, 5, 1); // seul : admis en T1, pas en T3 (sous-occupation)
        await Ajouter(50m, 3, 2, d => d.ProduitsEligibles = ProduitsEligibles.Pls); // au-dessus du PLUS
        await Ajouter(50m, 3, 2, d => d.TypologiesSouhaitees = Typologies.T2); // ne veut pas de T3
        await Ajouter(60m, 3, 2, d => d.Statut = StatutDemande.Radiee);
        await Ajouter(60m, 3, 2, d => d.Statut = StatutDemande.Satisfaite);
        await Ajouter(8m, 1, 8, d => d.RessourcesMensuelles = 5_000m); // huit personnes : trop pour 65 m²
        await Ajouter(-4m, 30, 2); // score négatif (mutation) : après les positifs, avant les sans score
        await Ajouter(25m, 8, 3, d => d.ProduitsEligibles = ProduitsEligibles.Plai | ProduitsEligibles.Plus);
        await Ajouter(25m, 8, 5, d => d.ProduitsEligibles = ProduitsEligibles.Pls);
        await Ajouter(18m, 12, 2);
        await Ajouter(18m, 12, 2, d => d.Communes[0].Rang = 2); // deuxième choix : même classement
        await Ajouter(70m, 6, 3, d => d.DatePurge = aujourdhui); // purgée : jamais candidate
        return new Jeu(commune, ids, compte.OrganisationId);
    }

    /// <summary>La liste attendue, règle par règle du domaine, sur toutes les demandes qui souhaitent la commune
    /// (celles d'autres tests comprises : la comparaison porte sur le même état de la base).</summary>
    private Task<List<(long Id, bool Dalo, bool Prioritaire, bool Quartile)>> AttenduAsync(Logement l, int limite) =>
        app.ExecuterAsync(async db =>
        {
            var demandes = await db
                .Demandes.AsNoTracking()
                .Include(d => d.Communes)
                .Where(d => d.Communes.Any(c => c.CommuneCode == l.CommuneCode))
                .ToListAsync();
            var epci = await db.Communes.Where(c => c.Code == l.CommuneCode).Select(c => c.EpciSiren).FirstAsync();
            var seuil = (await RequetesDemande.SeuilQuartileAsync(db, epci!, app.Aujourdhui().Year)).Valeur;
            var typologie = CorrespondancesLogement.Typologie(l.Typologie);
            return demandes
                .Where(d => d.Statut == StatutDemande.Active && d.DatePurge is null)
                .Where(d => (d.TypologiesSouhaitees & typologie) == typologie)
                .Where(d => ReglesCaleol.RefusEligibilite(d.NumeroUnique, d.ProduitsEligibles, l.Financement) is null)
                .Where(d => PeuplementLogement.Admet(l.Typologie, l.Surface, d.NombrePersonnes))
                .SelectMany(d => d.Communes.Where(c => c.CommuneCode == l.CommuneCode).Select(_ => d))
                .ParClassement()
                .Take(limite)
                .Select(d =>
                    (
                        d.Id,
                        d.Dalo,
                        d.CriteresPrioritaires != CriteresPrioritaires.Aucun,
                        QuotasAttribution.PremierQuartile(d.RessourcesParUc, seuil)
                    )
                )
                .ToList();
        });

    private Task<List<(long Id, bool Dalo, bool Prioritaire, bool Quartile)>> CandidatsAsync(Logement l, int limite) =>
        app.ExecuterAsync(async db =>
            (await RequetesAttribution.CandidatsAsync(db, l, app.Aujourdhui().Year, limite))
                .Select(c => (c.Candidat.Id, c.Dalo, c.Prioritaire, c.PremierQuartile))
                .ToList()
        );

    [Fact]
    public async Task Les_candidats_d_un_T3_PLUS_gardent_leur_ordre_et_leurs_marques_sur_un_jeu_connu()
    {
        var jeu = await JeuAsync();
        var logement = await app.LogementAsync(jeu.BailleurId, jeu.Commune);
        var candidats = await CandidatsAsync(logement, 30);
        var i = jeu.Ids;
        var miens = candidats.Where(c => i.Contains(c.Id)).Select(c => i.IndexOf(c.Id)).ToList();
        // 45,5 ; 30 (la plus ancienne) ; 30 ex aequo par identifiant ; 25 (PLAI|PLUS, 3 pers.) ; 18 ×2 (les deux
        // rangs de souhait) ; 12,25 (4 pers.) ; −4 ; sans score.
        Assert.Equal([3, 2, 0, 1, 13, 15, 16, 5, 12, 4], miens);
        var marques = candidats.Where(c => i.Contains(c.Id)).ToDictionary(c => i.IndexOf(c.Id));
        Assert.True(marques[0].Dalo);
        Assert.False(marques[1].Dalo);
        Assert.True(marques[3].Prioritaire);
        Assert.False(marques[2].Prioritaire);
        Assert.Equal(await AttenduAsync(logement, 30), candidats);
    }

    [Fact]
    public async Task Le_prefiltre_de_l_index_donne_la_liste_de_la_regle_du_domaine_pour_chaque_logement()
    {
        var jeu = await JeuAsync();
        var logements = new List<Logement>
        {
            await app.LogementAsync(jeu.BailleurId, jeu.Commune),
            await app.LogementAsync(jeu.BailleurId, jeu.Commune, l =>
            {
                l.Typologie = TypologieLogement.T1;
                l.Surface = 25m;
                l.Financement = FinancementOrigine.Plai;
            }),
            await app.LogementAsync(jeu.BailleurId, jeu.Commune, l =>
            {
                l.Typologie = TypologieLogement.T5;
                l.Surface = 95m;
                l.Financement = FinancementOrigine.Pls;
            }),
        };
        foreach (var logement in logements)
        {
            foreach (var limite in new[] { 3, 30 })
            {
                var attendu = await AttenduAsync(logement, limite);
                Assert.NotEmpty(attendu);
                Assert.Equal(attendu, await CandidatsAsync(logement, limite));
            }
        }
        // Le T5 PLS reçoit le ménage de huit personnes et celui de cinq au-dessus du PLUS, pas ceux de deux.
        var t5 = (await CandidatsAsync(logements[2], 30)).Select(c => c.Id).ToList();
        Assert.Contains(jeu.Ids[11], t5);
        Assert.Contains(jeu.Ids[14], t5);
        Assert.DoesNotContain(jeu.Ids[0], t5);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class CandidatsIndexSqlite(SqliteFactory app) : CandidatsIndexTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class CandidatsIndexPostgres(PostgresFactory app) : CandidatsIndexTests(app);
