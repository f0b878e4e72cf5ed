using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Financement;
using Pilotis.Domain.Financement;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Financement;

/// <summary>
/// La notation rapide de l'index (<see cref="NotationAides"/>, tableaux denses sur les listes de racines) rend, pour
/// chaque aide du catalogue, exactement le score de la règle du domaine (<see cref="PoidsRecherche.ScoreTexte"/>)
/// calculé aide par aide sur ses racines en base : mêmes groupes (OU), clauses (ET), alternatives et synonymes.
/// </summary>
public abstract class NotationAidesTests(PilotisFactory app)
{
    public static TheoryData<string> Requetes =>
        [
            "surcharge fonciere PLAI",
            "logement social renovation",
            "pret, subvention",
            "acquisition amelioration",
            "PSLA, PLS, VEFA",
            "démolition-reconstruction bailleurs",
            "LLS, BRS",
            "prêt foncier Gard",
            "zzzmotquinexistepas",
            "aide aide",
        ];

    [Theory]
    [MemberData(nameof(Requetes))]
    public async Task La_notation_de_l_index_egale_la_regle_du_domaine_pour_chaque_aide(string q)
    {
        await app.ExecuterAsync(async db =>
        {
            var index = await IndexAides.LireAsync(db);
            var requete = index.Analyser(q);
            Assert.False(requete.Vide);
            var scores = new int[index.Nombre];
            index.Noter(requete, scores);
            var racines = await db.Set<Aide>()
                .AsNoTracking()
                .Select(a => new
                {
                    a.Id,
                    a.RacinesNom,
                    a.RacinesCategories,
                    a.RacinesTexte,
                })
                .ToDictionaryAsync(a => a.Id);
            var trouvees = 0;
            for (var i = 0; i < index.Nombre; i++)
            {
                var r = racines[index.Aide(i).Id];
                var poids = new Dictionary<string, int>(StringComparer.Ordinal);
                void Poser(string texte, int p)
                {
                    foreach (var x in texte.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                        poids[x] = Math.Max(poids.GetValueOrDefault(x), p);
                }
                Poser(r.RacinesTexte, PoidsRecherche.DescriptionEtEligibilite);
                Poser(r.RacinesCategories, PoidsRecherche.CategoriesEtTitreCourt);
                Poser(r.RacinesNom, PoidsRecherche.Nom);
                var attendu = PoidsRecherche.ScoreTexte(requete, x => poids.GetValueOrDefault(x));
                Assert.True(attendu == scores[i], $"{q} : aide {r.Id}, attendu {attendu}, index {scores[i]}");
                trouvees += attendu > 0 ? 1 : 0;
            }
            // Les requêtes du catalogue de démonstration trouvent des aides ; le mot inventé n'en trouve aucune.
            Assert.Equal(q.StartsWith("zzz", StringComparison.Ordinal), trouvees == 0);
        });
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class NotationAidesSqlite(SqliteFactory app) : NotationAidesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class NotationAidesPostgres(PostgresFactory app) : NotationAidesTests(app);
