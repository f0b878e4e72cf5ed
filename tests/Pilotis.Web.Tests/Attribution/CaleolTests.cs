using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demonstration;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Attribution.OutilsCaleol;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// La CALEOL de bout en bout (ticket 12, point 5 ; CCH L441-2, R441-3, R441-9) : commission et membres, décisions sur
/// trois candidats ou moins avec exception nommée, refus motivés (trois candidats, éligibilité, quorum), procès-verbal,
/// offre refusée puis acceptée au rang suivant, bail signé (bail compté, demande satisfaite, logement loué), second
/// bail refusé ; et la portée : un autre bailleur ne voit pas la séance, la commune voit celles qui la concernent.
/// </summary>
public abstract class CaleolTests(PilotisFactory app)
{
    private static string Url(int seance, string? handler = null) =>
        handler is null ? $"/caleol/seances/{seance}" : $"/caleol/seances/{seance}?handler={handler}";

    [Fact]
    public async Task Le_bailleur_cree_une_commission_avec_ses_membres()
    {
        var (bailleurId, client) = await BailleurAsync(app);
        var nom = "CALEOL créée " + Guid.NewGuid().ToString("N")[..8];
        using var r = await client.PosterFormulaireAsync(
            "/caleol/commissions/nouvelle",
            new Dictionary<string, string>
            {
                ["Saisie.Nom"] = nom,
                ["Saisie.TerritoireCode"] = "30",
                ["Saisie.Quorum"] = "2",
                ["Saisie.VoixPreponderante"] = "Prefet",
                ["Saisie.Membres[0].Nom"] = "Mme Durand",
                ["Saisie.Membres[0].Qualite"] = "AdministrateurBailleur",
                ["Saisie.Membres[1].Nom"] = "M. Martin",
                ["Saisie.Membres[1].Qualite"] = "Maire",
                ["Saisie.Membres[1].CommuneCode"] = "30007",
                ["Saisie.Membres[2].Nom"] = "Action Logement",
                ["Saisie.Membres[2].Qualite"] = "ReservataireConsultatif",
                ["Saisie.Membres[3].Nom"] = "",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var c = await app.ExecuterAsync(db =>
            db.CommissionsCaleol.Include(x => x.Membres).SingleAsync(x => x.Nom == nom)
        );
        Assert.Equal(bailleurId, c.BailleurId);
        Assert.Equal((2, QualiteMembreCaleol.Prefet), (c.Quorum, c.VoixPreponderante));
        Assert.Equal(3, c.Membres.Count);
        Assert.Equal("30007", c.Membres.Single(m => m.Qualite == QualiteMembreCaleol.Maire).CommuneCode);

        // Une séance créée depuis la commission (heure de Paris saisie, instant UTC rangé) s'ouvre.
        using var s = await client.PosterFormulaireAsync(
            $"/caleol/commissions/{c.Id}",
            new Dictionary<string, string> { ["DateSeance"] = "2027-01-12T14:00", ["LieuSeance"] = "Salle du conseil" },
            $"/caleol/commissions/{c.Id}?handler=Seance"
        );
        Assert.Equal(HttpStatusCode.Redirect, s.StatusCode);
        var seance = await app.ExecuterAsync(db => db.SeancesCaleol.SingleAsync(x => x.CommissionId == c.Id));
        Assert.Equal(new DateTimeOffset(2027, 1, 12, 13, 0, 0, TimeSpan.Zero), seance.Date);
        using (var fiche = await client.GetAsync(s.Headers.Location))
            Assert.Contains("Salle du conseil", await fiche.Content.ReadAsStringAsync());

        // Quorum au-delà des votants (deux) : refusé, dit sur la page, rien de changé.
        using var refus = await client.PosterFormulaireAsync(
            r.Headers.Location!.ToString(),
            new Dictionary<string, string>
            {
                ["Saisie.Nom"] = nom,
                ["Saisie.TerritoireCode"] = "30",
                ["Saisie.Quorum"] = "3",
                ["Saisie.VoixPreponderante"] = "Prefet",
                ["Saisie.Membres[0].Nom"] = "Mme Durand",
                ["Saisie.Membres[0].Qualite"] = "AdministrateurBailleur",
            }
        );
        Assert.Equal(HttpStatusCode.OK, refus.StatusCode);
        Assert.Contains(
            "Le quorum est un nombre de membres votants, de 1 à 1",
            await refus.Content.ReadAsStringAsync()
        );
        Assert.Equal(3, await app.ExecuterAsync(db => db.MembresCaleol.CountAsync(m => m.CommissionId == c.Id)));
    }

    [Fact]
    public async Task Trois_candidats_decides_sont_enregistres()
    {
        var (bailleurId, client) = await BailleurAsync(app);
        var (_, seance, _) = await CommissionEtSeanceAsync(app, bailleurId);
        var (la, d) = await LogementAsync(app, bailleurId, seance, [12_000m, 15_000m, 18_000m]);
        using var r = await client.PosterFormulaireAsync(
            Url(seance),
            Decisions(
                la,
                (d[0].Id, NatureDecision.AttributionAvecRang, 1, null),
                (d[1].Id, NatureDecision.AttributionAvecRang, 2, null),
                (d[2].Id, NatureDecision.NonAttribution, null, "Typologie inadaptée")
            ),
            Url(seance, "Decider")
        );
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        var decisions = await app.ExecuterAsync(db =>
            db.DecisionsCaleol.Where(x => x.LogementAAttribuerId == la).OrderBy(x => x.Rang).ToListAsync()
        );
        Assert.Equal(3, decisions.Count);
        Assert.Equal("Typologie inadaptée", decisions.Single(x => x.Nature == NatureDecision.NonAttribution).Motif);
    }

    [Fact]
    public async Task Deux_candidats_sans_exception_sont_refuses_et_rien_n_est_ecrit()
    {
        var (bailleurId, client) = await BailleurAsync(app);
        var (_, seance, _) = await CommissionEtSeanceAsync(app, bailleurId);
        var (la, d) = await LogementAsync(app, bailleurId, seance, [12_000m, 15_000m]);
        using var r = await client.PosterFormulaireAsync(
            Url(seance),
            Decisions(
                la,
                (d[0].Id, NatureDecision.Attribution, null, null),
                (d[1].Id, NatureDecision.NonAttribution, null, "Dossier incomplet")
            ),
            Url(seance, "Decider")
        );
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("La commission examine au moins trois candidats par logement (CCH R441-3)", html);
        Assert.Equal(
            0,
            await app.ExecuterAsync(db => db.DecisionsCaleol.CountAsync(x => x.LogementAAttribuerId == la))
        );
    }

    [Fact]
    public async Task Deux_candidats_avec_l_exception_nommee_sont_admis()
    {
        var (bailleurId, client) = await BailleurAsync(app);
        var (_, seance, _) = await CommissionEtSeanceAsync(app, bailleurId);
        var (la, d) = await LogementAsync(
            app,
            bailleurId,
            seance,
            [12_000m, 15_000m],
            ExceptionTroisCandidats.DaloDesigneParPrefet
        );
        using var r = await client.PosterFormulaireAsync(
            Url(seance),
            Decisions(
                la,
                (d[0].Id, NatureDecision.Attribution, null, null),
                (d[1].Id, NatureDecision.NonAttribution, null, "Dossier incomplet")
            ),
            Url(seance, "Decider")
        );
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(
            2,
            await app.ExecuterAsync(db => db.DecisionsCaleol.CountAsync(x => x.LogementAAttribuerId == la))
        );
    }

    [Fact]
    public async Task Une_attribution_a_un_menage_au_dessus_des_plafonds_est_refusee()
    {
        var (bailleurId, client) = await BailleurAsync(app);
        var (_, seance, _) = await CommissionEtSeanceAsync(app, bailleurId);
        // 40 000 € pour une personne : au-dessus des plafonds PLUS et PLS (DOMAIN §4.1).
        var (la, d) = await LogementAsync(app, bailleurId, seance, [40_000m, 15_000m, 18_000m]);
        using var r = await client.PosterFormulaireAsync(
            Url(seance),
            Decisions(
                la,
                (d[0].Id, NatureDecision.AttributionAvecRang, 1, null),
                (d[1].Id, NatureDecision.AttributionAvecRang, 2, null),
                (d[2].Id, NatureDecision.NonAttribution, null, "x")
            ),
            Url(seance, "Decider")
        );
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains(
            $"Demande {d[0].Numero} : les ressources du ménage dépassent les plafonds PLUS",
            System.Net.WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync())
        );
        Assert.Equal(
            0,
            await app.ExecuterAsync(db => db.DecisionsCaleol.CountAsync(x => x.LogementAAttribuerId == la))
        );
    }

    [Fact]
    public async Task Clore_sans_quorum_est_refuse()
    {
        var (bailleurId, client) = await BailleurAsync(app);
        var (_, seance, membres) = await CommissionEtSeanceAsync(app, bailleurId);
        await LogementAsync(app, bailleurId, seance, [12_000m, 15_000m, 18_000m]);
        // Deux votants et le réservataire consultatif : quorum de 3 non atteint.
        using var p = await client.PosterFormulaireAsync(
            Url(seance),
            new Dictionary<string, string>(),
            Url(seance, "Presences") + $"&membres={membres[0]}&membres={membres[1]}&membres={membres[4]}"
        );
        Assert.Equal(HttpStatusCode.Redirect, p.StatusCode);
        using var r = await client.PosterFormulaireAsync(
            Url(seance),
            new Dictionary<string, string>(),
            Url(seance, "Clore")
        );
        Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        Assert.Contains(
            "Le quorum n'est pas atteint : 2 membre(s) votant(s) présent(s) pour un quorum de 3.",
            System.Net.WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync())
        );
        Assert.False(
            await app.ExecuterAsync(db =>
                db.SeancesCaleol.Where(s => s.Id == seance).Select(s => s.Close).SingleAsync()
            )
        );
    }

    [Fact]
    public async Task Une_seance_decide_son_proces_verbal_l_offre_passe_au_rang_suivant_et_le_bail_est_signe()
    {
        var (bailleurId, client) = await BailleurAsync(app);
        var (_, seance, membres) = await CommissionEtSeanceAsync(app, bailleurId);
        var (la, d) = await LogementAsync(app, bailleurId, seance, [12_000m, 15_000m, 18_000m]);
        await DeciderEtClore(client, seance, membres, la, d);

        var pv = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(Url(seance) + "/proces-verbal"));
        Assert.Contains("Administratrice A — Administrateur du bailleur", pv);
        Assert.Contains("Adjoint C — Maire (ou son représentant)", pv);
        Assert.DoesNotContain("Représentant D", pv);
        Assert.Contains("Quorum : 3 membre(s) votant(s) présent(s) pour 3 requis — atteint.", pv);
        Assert.Contains("Nîmes (30189)", pv);
        Assert.Contains("financement PLUS", pv);
        Assert.Contains("Ressources insuffisantes pour le loyer", pv);
        Assert.Contains("voix prépondérante utilisée", pv);
        Assert.Contains("Le président de séance", pv);

        var decisions = await app.ExecuterAsync(db =>
            db.DecisionsCaleol.Where(x => x.LogementAAttribuerId == la).ToDictionaryAsync(x => x.DemandeId, x => x.Id)
        );
        var aujourdhui = DateTime.Now.ToString("yyyy-MM-dd", Francais.Culture);
        async Task<string> Poster(string handler, Dictionary<string, string> f)
        {
            using var r = await client.PosterFormulaireAsync(Url(seance), f, Url(seance, handler));
            return System.Net.WebUtility.HtmlDecode(await r.Content.ReadAsStringAsync())
                + (r.StatusCode == HttpStatusCode.Redirect ? "[redirigé]" : "");
        }
        var premier = decisions[d[0].Id].ToString(Francais.Culture);
        var second = decisions[d[1].Id].ToString(Francais.Culture);
        Assert.Contains("[redirigé]", await Poster("Offre", new() { ["decision"] = premier, ["date"] = aujourdhui }));
        // Le candidat de rang 2 n'a pas la main tant que le premier n'a pas refusé.
        Assert.Contains(
            "L'offre revient au candidat retenu de plus petit rang",
            await Poster("Offre", new() { ["decision"] = second, ["date"] = aujourdhui })
        );
        Assert.Contains(
            "[redirigé]",
            await Poster(
                "Reponse",
                new()
                {
                    ["decision"] = premier,
                    ["acceptee"] = "false",
                    ["motif"] = "Trop loin du travail",
                    ["date"] = aujourdhui,
                }
            )
        );
        Assert.Contains(
            "Le bail ne se signe qu'avec le candidat qui a accepté l'offre.",
            await Poster("Bail", new() { ["decision"] = second, ["date"] = aujourdhui })
        );
        Assert.Contains("[redirigé]", await Poster("Offre", new() { ["decision"] = second, ["date"] = aujourdhui }));
        Assert.Contains(
            "[redirigé]",
            await Poster(
                "Reponse",
                new()
                {
                    ["decision"] = second,
                    ["acceptee"] = "true",
                    ["date"] = aujourdhui,
                }
            )
        );
        Assert.Contains("[redirigé]", await Poster("Bail", new() { ["decision"] = second, ["date"] = aujourdhui }));

        await VerifierBailAsync(bailleurId, la, d[1], second);

        // Second bail sur le même logement : refusé avec la raison, rien d'écrit.
        Assert.Contains(
            "Ce logement est déjà loué",
            await Poster("Bail", new() { ["decision"] = second, ["date"] = aujourdhui })
        );
        Assert.Equal(1, await app.ExecuterAsync(db => db.BauxSignes.CountAsync(b => b.LogementAAttribuerId == la)));
    }

    /// <summary>Trois votants présents, décisions (égalité au rang 2 tranchée par le maire), clôture.</summary>
    private static async Task DeciderEtClore(
        HttpClient client,
        int seance,
        int[] membres,
        int la,
        List<(long Id, string Numero)> d
    )
    {
        using (
            var p = await client.PosterFormulaireAsync(
                Url(seance),
                new Dictionary<string, string>(),
                Url(seance, "Presences") + $"&membres={membres[0]}&membres={membres[1]}&membres={membres[2]}"
            )
        )
            Assert.Equal(HttpStatusCode.Redirect, p.StatusCode);
        var champs = Decisions(
            la,
            (d[0].Id, NatureDecision.AttributionAvecRang, 1, null),
            (d[1].Id, NatureDecision.AttributionAvecRang, 2, null),
            (d[2].Id, NatureDecision.NonAttribution, null, "Ressources insuffisantes pour le loyer")
        );
        // Égalité sur le rang 2, tranchée par le maire (voix prépondérante, présent).
        champs["decisions[1].VotesPour"] = "1";
        champs["decisions[1].VotesContre"] = "1";
        champs["decisions[1].DetenteurPour"] = "true";
        using (var r = await client.PosterFormulaireAsync(Url(seance), champs, Url(seance, "Decider")))
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        using (
            var r = await client.PosterFormulaireAsync(
                Url(seance),
                new Dictionary<string, string>(),
                Url(seance, "Clore")
            )
        )
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
    }

    /// <summary>Le bail compté, la demande satisfaite par le registre, le logement loué, le journal.</summary>
    private async Task VerifierBailAsync(int bailleurId, int la, (long Id, string Numero) candidat, string second)
    {
        var bail = await app.ExecuterAsync(db => db.BauxSignes.SingleAsync(b => b.LogementAAttribuerId == la));
        Assert.Equal("PIL-" + second, bail.NumeroAttribution);
        Assert.Equal((bailleurId, "30189", Contingent.Prefet), (bail.BailleurId, bail.CommuneCode, bail.Contingent));
        Assert.Equal((candidat.Id, candidat.Numero), (bail.DemandeId!.Value, bail.NumeroUnique));
        var demande = await app.ExecuterAsync(db => db.Demandes.SingleAsync(x => x.Id == candidat.Id));
        Assert.Equal((StatutDemande.Satisfaite, MotifRadiation.Attribution), (demande.Statut, demande.MotifRadiation));
        Assert.Equal("30189", demande.CommuneAttributionCode);
        var (etape, occupation) = await app.ExecuterAsync(async db =>
        {
            var x = await db.LogementsAAttribuer.SingleAsync(l => l.Id == la);
            return (
                x.Etape,
                await db.Logements.Where(l => l.Id == x.LogementId).Select(l => l.Occupation).SingleAsync()
            );
        });
        Assert.Equal((EtapeAttribution.BailSigne, EtatOccupation.Occupe), (etape, occupation));
        Assert.True(
            await app.ExecuterAsync(db =>
                db.Journal.AnyAsync(j => j.Action == "Signature du bail" && j.EntiteId == la.ToString(Francais.Culture))
            )
        );
    }

    [Fact]
    public async Task Un_autre_bailleur_n_ouvre_pas_la_seance_et_la_commune_voit_celles_qui_la_concernent()
    {
        var (bailleurId, _) = await BailleurAsync(app);
        var (_, seance, _) = await CommissionEtSeanceAsync(app, bailleurId);
        await LogementAsync(app, bailleurId, seance, [12_000m, 15_000m, 18_000m], commune: "30189");
        var (_, autre) = await BailleurAsync(app);
        using (var r = await autre.GetAsync(Url(seance)))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using (var r = await autre.GetAsync(Url(seance) + "/proces-verbal"))
            Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);

        var nimes = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30189",
            Role.Lecteur
        );
        var ales = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30007",
            Role.Lecteur
        );
        var lien = $"href=\"/caleol/seances/{seance}\"";
        Assert.Contains(lien, await nimes.GetStringAsync("/caleol/seances?periode=toutes"));
        Assert.DoesNotContain(lien, await ales.GetStringAsync("/caleol/seances?periode=toutes"));
        using (var r = await nimes.GetAsync(Url(seance)))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            // La commune lit, ne décide pas : aucun formulaire de décision.
            Assert.DoesNotContain("handler=Decider", await r.Content.ReadAsStringAsync());
        }
        using (var r = await nimes.GetAsync("/caleol/seances?periode=toutes&format=csv"))
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains("Siège du bailleur, Nîmes", await r.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Le_semis_de_demonstration_cree_une_commission_par_bailleur_de_demonstration_une_seule_fois()
    {
        var maintenant = DateTimeOffset.UtcNow;
        await app.ExecuterAsync(db => new SemisCaleol(db).ExecuterAsync(maintenant));
        Assert.Equal(0, await app.ExecuterAsync(db => new SemisCaleol(db).ExecuterAsync(maintenant)));
        var commissions = await app.ExecuterAsync(db =>
            (
                from c in db.CommissionsCaleol.Include(c => c.Membres)
                join o in db.Organisations on c.BailleurId equals o.Id
                where o.Demonstration && o.Type == TypeOrganisation.Bailleur
                select c
            ).ToListAsync()
        );
        Assert.NotEmpty(commissions);
        Assert.All(commissions, c => Assert.Contains(c.Membres, m => m.Qualite == QualiteMembreCaleol.Maire));
        Assert.All(commissions, c => Assert.Contains(c.Membres, m => m.Qualite == QualiteMembreCaleol.Prefet));
        var ids = commissions.Select(c => c.Id).ToList();
        var seances = await app.ExecuterAsync(db =>
            db.SeancesCaleol.Where(s => ids.Contains(s.CommissionId)).ToListAsync()
        );
        Assert.Contains(seances, s => s.Date < maintenant && s.Close);
        Assert.Contains(seances, s => s.Date > maintenant && !s.Close);
        // L'année écoulée passe par les services des pages : décisions des séances closes, puis baux signés qui
        // radient la demande pour attribution.
        var passees = seances.Where(s => s.Close).Select(s => s.Id).ToList();
        var baux = await app.ExecuterAsync(db =>
            (
                from d in db.DecisionsCaleol
                where passees.Contains(d.SeanceId)
                join b in db.BauxSignes on d.LogementAAttribuerId equals b.LogementAAttribuerId
                join demande in db.Demandes on b.DemandeId equals demande.Id
                select new
                {
                    demande.Statut,
                    d.DemandeId,
                    BailDemande = b.DemandeId,
                }
            ).ToListAsync()
        );
        Assert.NotEmpty(baux);
        Assert.All(baux.Where(b => b.DemandeId == b.BailDemande), b =>
            Assert.Equal(StatutDemande.Satisfaite, b.Statut)
        );
        Assert.True(await app.ExecuterAsync(db => db.GroupesInterReservataires.AnyAsync()));
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class CaleolSqlite(SqliteFactory app) : CaleolTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class CaleolPostgres(PostgresFactory app) : CaleolTests(app);
