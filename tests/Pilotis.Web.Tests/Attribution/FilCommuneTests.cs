using System.Net;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>Le fil du maire : logements libérés et livrés, séances, attributions, sans donnée nominative.</summary>
public abstract class FilCommuneTests(PilotisFactory app)
{
    [Fact]
    public async Task Le_maire_voit_les_logements_les_seances_et_les_attributions_de_sa_commune()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        var commune = await OutilsAAttribuer.CommuneAsync(app);
        var logement = await app.LogementAsync(bailleur.OrganisationId, commune, l =>
            l.Typologie = TypologieLogement.T4
        );
        var a = await app.OrienteAsync(logement);
        var demande = await app.CandidatAsync(commune);
        var maintenant = DateTimeOffset.UtcNow;
        await app.ExecuterAsync(async db =>
        {
            var commission = new CommissionCaleol
            {
                BailleurId = bailleur.OrganisationId,
                Nom = "CALEOL de test",
                TerritoireCode = "48",
                Membres =
                [
                    new MembreCaleol
                    {
                        Nom = "Maire de test",
                        Qualite = QualiteMembreCaleol.Maire,
                        CommuneCode = commune,
                    },
                ],
            };
            db.CommissionsCaleol.Add(commission);
            await db.SaveChangesAsync();
            var seance = new SeanceCaleol
            {
                CommissionId = commission.Id,
                Date = maintenant.AddDays(-1),
                Lieu = "Siège du bailleur",
                Close = true,
                Presences = [new PresenceCaleol { MembreId = commission.Membres[0].Id }],
                Inscriptions = [new InscriptionSeance { LogementAAttribuerId = a.Id }],
            };
            db.SeancesCaleol.Add(seance);
            await db.SaveChangesAsync();
            db.DecisionsCaleol.Add(
                new DecisionCaleol
                {
                    SeanceId = seance.Id,
                    LogementAAttribuerId = a.Id,
                    DemandeId = demande.Id,
                    Nature = NatureDecision.AttributionAvecRang,
                    Rang = 1,
                }
            );
            await db.SaveChangesAsync();
        });
        using var maire = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            commune,
            Role.Lecteur
        );
        var html = await maire.GetStringAsync("/attribution/communes");
        Assert.Contains("data-testid=\"table-logements-commune\"", html, StringComparison.Ordinal);
        Assert.Contains("T4", html, StringComparison.Ordinal);
        Assert.Contains("CALEOL de test", html, StringComparison.Ordinal);
        Assert.Contains(">Invité</span>", html, StringComparison.Ordinal);
        Assert.Contains("Attribution par ordre de priorité (rang 1)", html, StringComparison.Ordinal);
        // Participation : 1 séance sur 1 ; le logement a été déclaré le jour même de la séance, donc pas « à temps ».
        Assert.Contains("(1 sur 1)", html, StringComparison.Ordinal);
        Assert.Contains("(0 sur 1)", html, StringComparison.Ordinal);
        // Aucune donnée du ménage.
        Assert.DoesNotContain(demande.NumeroUnique, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Une_autre_commune_n_ouvre_pas_le_fil()
    {
        var commune = await OutilsAAttribuer.CommuneAsync(app);
        var autre = await OutilsAAttribuer.CommuneAsync(app);
        using var maire = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            autre,
            Role.Lecteur
        );
        using var reponse = await maire.GetAsync($"/attribution/communes/{commune}");
        Assert.Equal("/acces-refuse", reponse.Headers.Location?.AbsolutePath);
        using var inconnue = await maire.GetAsync("/attribution/communes/00000");
        Assert.Equal(HttpStatusCode.NotFound, inconnue.StatusCode);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class FilCommuneSqlite(SqliteFactory app) : FilCommuneTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class FilCommunePostgres(PostgresFactory app) : FilCommuneTests(app);
