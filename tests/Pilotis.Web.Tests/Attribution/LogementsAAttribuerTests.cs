using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>Déclaration d'un logement à attribuer par son bailleur, liste et droits.</summary>
public abstract class LogementsAAttribuerTests(PilotisFactory app)
{
    private async Task<(HttpClient Client, int BailleurId, Logement Logement)> BailleurEtLogementAsync()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        var commune = await OutilsAAttribuer.CommuneAsync(app);
        var logement = await app.LogementAsync(compte.OrganisationId, commune);
        var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        return (client, compte.OrganisationId, logement);
    }

    private static string Jour(DateOnly d) =>
        d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Le_bailleur_declare_un_conge_et_le_logement_entre_dans_le_flux()
    {
        var (client, _, logement) = await BailleurEtLogementAsync();
        var aujourdhui = Demande.OutilsCotation.Aujourdhui(app);
        var page = $"/attribution/a-attribuer/declarer/{logement.Id}";
        using var reponse = await client.PosterFormulaireAsync(
            page,
            new Dictionary<string, string>
            {
                ["Origine"] = "Liberation",
                ["DateConge"] = Jour(aujourdhui.AddDays(-10)),
                ["DateDisponibilite"] = Jour(aujourdhui.AddDays(30)),
                ["Exclusion"] = "Aucun",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var a = await app.ExecuterAsync(db => db.LogementsAAttribuer.SingleAsync(x => x.LogementId == logement.Id));
        Assert.Equal(EtapeAttribution.Declare, a.Etape);
        Assert.True(a.DansLeFlux);
        Assert.Equal($"/attribution/a-attribuer/{a.Id}?declare=1", reponse.Headers.Location?.OriginalString);
        var liste = await client.GetStringAsync("/attribution/a-attribuer");
        Assert.Contains(logement.IdentifiantRpls, liste, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Des_dates_incoherentes_sont_refusees_sans_rien_ecrire()
    {
        var (client, _, logement) = await BailleurEtLogementAsync();
        var aujourdhui = Demande.OutilsCotation.Aujourdhui(app);
        using var reponse = await client.PosterFormulaireAsync(
            $"/attribution/a-attribuer/declarer/{logement.Id}",
            new Dictionary<string, string>
            {
                ["Origine"] = "Liberation",
                ["DateConge"] = Jour(aujourdhui.AddDays(-10)),
                ["DateDisponibilite"] = Jour(aujourdhui.AddDays(-20)),
                ["Exclusion"] = "Inexistant",
            }
        );
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains("ne peut pas précéder le congé", html, StringComparison.Ordinal);
        Assert.Contains("Choisissez un motif d&#x27;exclusion", html, StringComparison.Ordinal);
        Assert.False(await app.ExecuterAsync(db => db.LogementsAAttribuer.AnyAsync(x => x.LogementId == logement.Id)));
    }

    [Fact]
    public async Task Un_logement_deja_en_cours_d_attribution_ne_se_declare_pas_deux_fois()
    {
        var (client, _, logement) = await BailleurEtLogementAsync();
        await app.OrienteAsync(logement);
        var aujourdhui = Demande.OutilsCotation.Aujourdhui(app);
        using var reponse = await client.PosterFormulaireAsync(
            $"/attribution/a-attribuer/declarer/{logement.Id}",
            new Dictionary<string, string>
            {
                ["Origine"] = "MiseEnService",
                ["DateDisponibilite"] = Jour(aujourdhui.AddDays(5)),
                ["Exclusion"] = "Aucun",
            }
        );
        Assert.Contains("déjà en cours d&#x27;attribution", await reponse.Content.ReadAsStringAsync());
        Assert.Equal(
            1,
            await app.ExecuterAsync(db => db.LogementsAAttribuer.CountAsync(x => x.LogementId == logement.Id))
        );
    }

    [Fact]
    public async Task Un_autre_bailleur_ne_declare_pas_et_ne_voit_pas_le_logement()
    {
        var (_, _, logement) = await BailleurEtLogementAsync();
        var a = await app.OrienteAsync(logement);
        using var autre = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        using var declarer = await autre.GetAsync($"/attribution/a-attribuer/declarer/{logement.Id}");
        Assert.Equal("/acces-refuse", declarer.Headers.Location?.AbsolutePath);
        using var fiche = await autre.GetAsync($"/attribution/a-attribuer/{a.Id}");
        Assert.Equal("/acces-refuse", fiche.Headers.Location?.AbsolutePath);
        var liste = await autre.GetStringAsync("/attribution/a-attribuer");
        Assert.DoesNotContain(logement.IdentifiantRpls, liste, StringComparison.Ordinal);
        using var inconnu = await autre.GetAsync("/attribution/a-attribuer/999999999");
        Assert.Equal(HttpStatusCode.NotFound, inconnu.StatusCode);
    }

    [Fact]
    public async Task La_livraison_d_une_operation_met_ses_logements_en_service()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        var operation = await Production.DonneesProduction.CreerOperationTestAsync(
            app,
            bailleur.OrganisationId,
            "48",
            o =>
            {
                o.Statut = Pilotis.Domain.Production.StatutOperation.Engagee;
                o.DateAgrement = new DateOnly(2025, 3, 1);
                o.DateOuvertureChantier = new DateOnly(2025, 6, 1);
            }
        );
        var livraison = Demande.OutilsCotation.Aujourdhui(app).AddDays(-3);
        var resultat = await app.AvecServicesAsync(async services =>
        {
            var db = services.GetRequiredService<Pilotis.Data.PilotisDbContext>();
            var o = await db
                .Operations.Include(x => x.Lots)
                .Include(x => x.Financements)
                .SingleAsync(x => x.Id == operation.Id);
            var demande = new Pilotis.Domain.Production.DemandeTransitionOperation(
                Pilotis.Domain.Production.ActionOperation.DeclarerLivraison,
                Pilotis.Domain.Production.ActeurOperation.Bailleur,
                livraison
            );
            return await services
                .GetRequiredService<Pilotis.Data.Production.ServiceTransitionsOperation>()
                .AppliquerAsync(o, demande, "test");
        });
        Assert.True(resultat.Reussie, resultat.Erreur);
        var (logements, aAttribuer) = await app.ExecuterAsync(async db =>
            (
                await db.Logements.Where(l => l.OperationId == operation.Id).ToListAsync(),
                await db
                    .LogementsAAttribuer.Where(a =>
                        db.Logements.Any(l => l.Id == a.LogementId && l.OperationId == operation.Id)
                    )
                    .ToListAsync()
            )
        );
        // Dix PLUS : cinq T2 et cinq T3, de 65 m² chacun (650 m² / 10).
        Assert.Equal(10, logements.Count);
        Assert.Equal(5, logements.Count(l => l.Typologie == TypologieLogement.T2));
        Assert.All(logements, l => Assert.Equal(65m, l.Surface));
        Assert.All(logements, l => Assert.Equal(bailleur.OrganisationId, l.BailleurId));
        Assert.Equal(10, aAttribuer.Count);
        Assert.All(aAttribuer, a => Assert.Equal(OrigineDisponibilite.MiseEnService, a.Origine));
        Assert.All(aAttribuer, a => Assert.Equal(livraison, a.DateDisponibilite));
    }

    [Fact]
    public async Task La_liste_s_exporte_en_csv_avec_son_entete()
    {
        var (client, _, logement) = await BailleurEtLogementAsync();
        await app.OrienteAsync(logement);
        var octets = await client.GetByteArrayAsync("/attribution/a-attribuer?handler=Csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], octets[..3]);
        var csv = System.Text.Encoding.UTF8.GetString(octets[3..]);
        Assert.StartsWith("Identifiant RPLS;Commune;Code commune;Bailleur;Typologie", csv, StringComparison.Ordinal);
        Assert.Contains(logement.IdentifiantRpls, csv, StringComparison.Ordinal);
        using var xlsx = await client.GetAsync("/attribution/a-attribuer?handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class LogementsAAttribuerSqlite(SqliteFactory app) : LogementsAAttribuerTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class LogementsAAttribuerPostgres(PostgresFactory app) : LogementsAAttribuerTests(app);
