extern alias cli;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using Spectre.Console;
using CommandesDemandes = cli::Pilotis.Cli.CommandesDemandes;

namespace Pilotis.Web.Tests.Demande;

/// <summary>« pilotis demandes echeances [--date AAAA-MM-JJ] » : la même passe que la page et le service quotidien, qui
/// n'affiche que des nombres.</summary>
public abstract class EcheancesCliTests(PilotisFactory app)
{
    [Fact]
    public async Task La_commande_radie_les_demandes_non_renouvelees_et_affiche_les_nombres()
    {
        var aujourdhui = await app.AvecServicesAsync(s =>
            Task.FromResult(DateOnly.FromDateTime(s.GetRequiredService<TimeProvider>().GetLocalNow().DateTime))
        );
        var guichet = (
            await app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", Role.Agent)
        ).OrganisationId;
        var demande = await app.AvecServicesAsync(async s =>
        {
            var d = new DemandeLogement
            {
                NumeroUnique = "030CLI" + Guid.NewGuid().ToString("N")[..10],
                DepartementCode = "30",
                DateDepot = aujourdhui.AddMonths(-14),
                Membres = [new(LienMembre.Demandeur, 52, false, false)],
                RevenuFiscalReference = 9_000m,
                Communes = [new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" }],
                TypologiePrincipale = Typologies.T1,
                TypologiesSouhaitees = Typologies.T1,
            };
            var r = await s.GetRequiredService<EcritureDemandes>().CreerAsync(d, guichet, "30");
            Assert.True(r.Reussie);
            return r.Demande!;
        });

        using var sortie = new StringWriter();
        var console = AnsiConsole.Create(
            new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Out = new AnsiConsoleOutput(sortie),
            }
        );
        console.Profile.Width = 240;
        var refus = await app.AvecServicesAsync(s => CommandesDemandes.EcheancesAsync(s, "31/02/2026", console));
        Assert.Equal(1, refus);
        Assert.Contains("Date illisible : « 31/02/2026 » (format attendu AAAA-MM-JJ).", sortie.ToString());

        var code = await app.AvecServicesAsync(s =>
            CommandesDemandes.EcheancesAsync(s, aujourdhui.ToString("yyyy-MM-dd"), console)
        );
        Assert.Equal(0, code);
        Assert.Contains($"Échéances au {aujourdhui:dd/MM/yyyy} :", sortie.ToString());
        Assert.Contains("radiée(s) pour non-renouvellement", sortie.ToString());
        Assert.DoesNotContain(demande.NumeroUnique, sortie.ToString());
        var relue = await app.ExecuterAsync(db => db.Demandes.AsNoTracking().SingleAsync(d => d.Id == demande.Id));
        Assert.Equal(StatutDemande.Radiee, relue.Statut);
        Assert.Equal(MotifRadiation.NonRenouvellement, relue.MotifRadiation);
        var trace = await app.ExecuterAsync(db =>
            db.PurgesDemandes.AsNoTracking().OrderByDescending(p => p.Id).FirstAsync()
        );
        Assert.StartsWith("pilotis demandes echeances", trace.Declencheur);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class EcheancesCliSqlite(SqliteFactory app) : EcheancesCliTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class EcheancesCliPostgres(PostgresFactory app) : EcheancesCliTests(app);
