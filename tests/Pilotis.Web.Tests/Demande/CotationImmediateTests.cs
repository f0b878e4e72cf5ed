using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// Cotation à l'échelle (ADR 0020) : une demande enregistrée, modifiée ou importée est cotée tout de suite avec la
/// grille publiée de son EPCI (CCH L441-2-8), le recalcul complet donne les scores de la règle du domaine
/// (<see cref="CalculCotation"/>), et l'index de classement recopie fidèlement chaque demande active.
/// </summary>
public abstract class CotationImmediateTests(PilotisFactory app)
{
    private static List<CritereCotation> Grille(bool quartile) =>
        [
            OutilsCotation.Critere(TypeCritere.Dalo, 50),
            OutilsCotation.Critere(TypeCritere.AncienneteParMois, 1, plafond: 24),
            OutilsCotation.Critere(TypeCritere.Handicap, 5),
            OutilsCotation.Critere(TypeCritere.HabiteEpci, 3),
            .. quartile ? [OutilsCotation.Critere(TypeCritere.PremierQuartile, 10)] : new List<CritereCotation>(),
        ];

    /// <summary>Le score que donne la règle du domaine, contexte relu sans cache (communes de l'EPCI, seuil).</summary>
    private Task<decimal> ScoreAttenduAsync(long id, string siren) =>
        app.ExecuterAsync(async db =>
        {
            var d = await db.Demandes.AsNoTracking().SingleAsync(x => x.Id == id);
            var grille = await db
                .GrillesCotation.AsNoTracking()
                .SingleAsync(g => g.EpciSiren == siren && g.Statut == StatutGrille.Publiee);
            var communes = await db.Communes.Where(c => c.EpciSiren == siren).Select(c => c.Code).ToListAsync();
            var seuil = await RequetesDemande.SeuilQuartileAsync(db, siren, app.Aujourdhui().Year);
            var contexte = new ContexteCotation(app.Aujourdhui(), seuil.Valeur, communes.ToHashSet());
            return CalculCotation.Total(grille.Criteres, CotationEnMasse.Donnees(d), contexte);
        });

    private Task<List<ClassementDemande>> LignesAsync(long id) =>
        app.ExecuterAsync(db =>
            db.ClassementsDemandes.AsNoTracking().Where(c => c.DemandeId == id).OrderBy(c => c.Rang).ToListAsync()
        );

    [Fact]
    public async Task Une_demande_enregistree_puis_modifiee_par_un_guichet_est_cotee_et_classee_tout_de_suite()
    {
        var (siren, commune, autre) = await app.EpciLibreAsync();
        await app.PublierAsync(siren, Grille(quartile: false));
        var guichet = await app.ExecuterAsync(db => db.Organisations.Select(o => o.Id).FirstAsync());
        var creee = await app.AvecServicesAsync(async s =>
        {
            var d = new DemandeLogement
            {
                NumeroUnique = OutilsCotation.Numero(commune[..2]),
                DepartementCode = commune[..2],
                DateDepot = app.Aujourdhui().AddMonths(-7),
                Membres = [new(LienMembre.Demandeur, 40, true, false), new(LienMembre.Enfant, 9, false, true)],
                RevenuFiscalReference = 14_000m,
                RessourcesMensuelles = 1_100m,
                CommuneResidenceCode = commune,
                Communes =
                [
                    new CommuneSouhaitee { Rang = 1, CommuneCode = commune },
                    new CommuneSouhaitee { Rang = 2, CommuneCode = autre },
                ],
                TypologiePrincipale = Typologies.T3,
                TypologiesSouhaitees = Typologies.T3,
            };
            var r = await s.GetRequiredService<EcritureDemandes>().CreerAsync(d, guichet, commune[..2]);
            Assert.True(r.Reussie, string.Join(" ", r.Erreurs.Select(e => e.Message)));
            return r.Demande!;
        });

        var demande = await app.DemandeAsync(creee.Id);
        // 7 mois d'ancienneté + handicap 5 + habite l'EPCI 3, sans attendre une publication.
        Assert.Equal(15m, demande.Score);
        Assert.Equal(await ScoreAttenduAsync(creee.Id, siren), demande.Score);
        Assert.Equal(app.Aujourdhui(), demande.DateCotation);
        var lignes = await LignesAsync(creee.Id);
        Assert.Equal([commune, autre], lignes.Select(l => l.CommuneCode));
        Assert.All(lignes, l => Assert.Equal(1500, l.CleScore));
        Assert.All(lignes, l => Assert.Equal(2, l.NombrePersonnes));

        // Reconnu DALO, ne souhaite plus que la seconde commune : score et index suivent l'écriture.
        var modifiee = await app.AvecServicesAsync(async s =>
        {
            var ecriture = s.GetRequiredService<EcritureDemandes>();
            var saisie = await s.GetRequiredService<PilotisDbContext>()
                .Demandes.AsNoTracking()
                .Include(d => d.Communes)
                .SingleAsync(d => d.Id == creee.Id);
            saisie.Dalo = true;
            saisie.Communes = [new CommuneSouhaitee { Rang = 1, CommuneCode = autre }];
            return await ecriture.ModifierAsync(creee.Id, saisie.Jeton, saisie);
        });
        Assert.True(modifiee.Reussie, string.Join(" ", modifiee.Erreurs.Select(e => e.Message)));
        Assert.Equal(65m, (await app.DemandeAsync(creee.Id)).Score);
        Assert.Equal(await ScoreAttenduAsync(creee.Id, siren), (await app.DemandeAsync(creee.Id)).Score);
        lignes = await LignesAsync(creee.Id);
        Assert.Equal([(autre, 6500L)], lignes.Select(l => (l.CommuneCode, l.CleScore)));

        // Radiée : plus de score, plus de ligne dans l'index.
        var jeton = (await app.DemandeAsync(creee.Id)).Jeton;
        var radiee = await app.AvecServicesAsync(s =>
            s.GetRequiredService<EcritureDemandes>()
                .RadierAsync(creee.Id, jeton, MotifRadiation.Renonciation, app.Aujourdhui(), null)
        );
        Assert.True(radiee.Reussie, string.Join(" ", radiee.Erreurs.Select(e => e.Message)));
        Assert.Null((await app.DemandeAsync(creee.Id)).Score);
        Assert.Empty(await LignesAsync(creee.Id));
    }

    [Fact]
    public async Task Une_demande_importee_ou_reimportee_modifiee_est_cotee_a_la_fin_de_l_import()
    {
        var (siren, commune, autre) = await app.EpciLibreAsync();
        await app.PublierAsync(siren, Grille(quartile: false));
        var numero = OutilsCotation.Numero(commune[..2]);
        var depot = app.Aujourdhui().AddMonths(-4).ToString("yyyy-MM-dd");
        string Ligne(string dalo) =>
            $"{numero};{commune[..2]};{depot};;active;;;;demandeur;71;oui;non;non;14200,50;1190;parc-social;"
            + $"handicap;{commune};;{commune}|{autre};t2;t1;non;{dalo};";

        var premier = await ImporterAsync(Ligne("non"));
        Assert.Equal(1, premier.Ajoutees);
        var demande = await app.ExecuterAsync(db =>
            db.Demandes.AsNoTracking().SingleAsync(d => d.NumeroUnique == numero)
        );
        // 4 mois + handicap 5 + habite l'EPCI 3.
        Assert.Equal(12m, demande.Score);
        Assert.Equal(await ScoreAttenduAsync(demande.Id, siren), demande.Score);
        Assert.Equal([commune, autre], (await LignesAsync(demande.Id)).Select(l => l.CommuneCode));
        Assert.All(await LignesAsync(demande.Id), l => Assert.Equal(1200, l.CleScore));

        var second = await ImporterAsync(Ligne("oui"));
        Assert.Equal(1, second.Modifiees);
        Assert.Equal(62m, (await app.DemandeAsync(demande.Id)).Score);
        Assert.All(await LignesAsync(demande.Id), l => Assert.Equal(6200, l.CleScore));
    }

    [Fact]
    public async Task Le_recalcul_complet_donne_les_scores_de_la_regle_du_domaine_et_un_index_fidele()
    {
        var (siren, commune, autre) = await app.EpciLibreAsync();
        var aujourdhui = app.Aujourdhui();
        var demandes = new List<DemandeLogement>();
        for (var i = 0; i < 12; i++)
        {
            var n = i;
            demandes.Add(
                await app.CreerDemandeAsync(
                    commune,
                    d =>
                    {
                        d.DateDepot = aujourdhui.AddMonths(-(n * 3) - 1);
                        d.Dalo = n % 4 == 0;
                        d.RessourcesMensuelles = 600m + (n * 150m);
                        d.CommuneResidenceCode = n % 3 == 0 ? commune : null;
                        d.Statut = n == 11 ? StatutDemande.Radiee : StatutDemande.Active;
                    },
                    n % 2 == 0 ? [autre] : []
                )
            );
        }
        // Publier recalcule l'EPCI ; on efface d'abord les scores pour partir d'un registre jamais coté.
        await app.PublierAsync(siren, Grille(quartile: true));
        await app.ExecuterAsync(db =>
            db.Demandes.Where(d => d.EpciSiren == siren)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Score, (decimal?)null))
        );
        var bilan = await app.ExecuterAsync(db => CotationEnMasse.RecalculerAsync(db, siren, aujourdhui));
        Assert.Equal(11, bilan.DemandesCotees);

        foreach (var d in demandes)
        {
            var lue = await app.DemandeAsync(d.Id);
            var lignes = await LignesAsync(d.Id);
            if (lue.Statut != StatutDemande.Active)
            {
                Assert.Null(lue.Score);
                Assert.Empty(lignes);
                continue;
            }
            Assert.Equal(await ScoreAttenduAsync(d.Id, siren), lue.Score);
            Assert.Equal(d.Communes.Count, lignes.Count);
            Assert.All(lignes, l =>
                Assert.Equal(
                    (ClassementDemande.Cle(lue.Score), lue.DateDepot, lue.TypologiesSouhaitees),
                    (l.CleScore, l.DateDepot, l.TypologiesSouhaitees)
                )
            );
            Assert.All(lignes, l =>
                Assert.Equal((lue.ProduitsEligibles, lue.NombrePersonnes), (l.ProduitsEligibles, l.NombrePersonnes))
            );
        }
        // Des scores différents : le test départage vraiment (DALO, ancienneté, quartile).
        Assert.True(demandes.Select(d => d.Id).Distinct().Count() > 1);
        var scores = await app.ExecuterAsync(db =>
            db.Demandes.Where(d => d.EpciSiren == siren && d.Score != null).Select(d => d.Score).Distinct().CountAsync()
        );
        Assert.True(scores >= 5, $"{scores} scores distincts");
    }

    private Task<BilanImportDemandes> ImporterAsync(string ligne)
    {
        var octets = Encoding.UTF8.GetBytes(FormatDemandes.Entete + "\n" + ligne + "\n");
        return app.AvecServicesAsync(s =>
            new ImportDemandes(s.GetRequiredService<PilotisDbContext>()).ExecuterAsync(() => new MemoryStream(octets))
        );
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class CotationImmediateSqlite(SqliteFactory app) : CotationImmediateTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class CotationImmediatePostgres(PostgresFactory app) : CotationImmediateTests(app);
