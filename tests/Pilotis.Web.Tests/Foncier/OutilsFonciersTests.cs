using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Foncier;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Foncier.DonneesFoncier;

namespace Pilotis.Web.Tests.Foncier;

/// <summary>
/// Le registre des outils fonciers (seed 001, solution 4) : la commune saisit les siens, l'EPF ses conventions, la
/// DDTM lit ; l'alerte de fin de portage sans opération.
/// </summary>
public abstract class OutilsFonciersTests(PilotisFactory app)
{
    private static Dictionary<string, string> Champs(string nom, string commune, string type = "sms") =>
        new()
        {
            ["Saisie.Type"] = type,
            ["Saisie.Nom"] = nom,
            ["Saisie.Commune"] = commune,
            ["Saisie.Zone"] = "UA",
            ["Saisie.PartLls"] = "30",
            ["Saisie.DateDebut"] = "2024-05-02",
        };

    [Fact]
    public async Task Une_commune_saisit_son_outil_et_pas_celui_d_une_autre()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, "30007", Role.Agent);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var nom = Unique("SMS");
        using (
            var faux = await client.PosterFormulaireAsync(
                "/foncier/outils/saisie",
                new Dictionary<string, string>(Champs(nom, "30007")) { ["Saisie.PartLls"] = "130" }
            )
        )
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, faux.StatusCode);
            Assert.Contains("entre 0 et 100 %", WebUtility.HtmlDecode(await faux.Content.ReadAsStringAsync()));
        }
        Assert.False(await app.ExecuterAsync(db => db.OutilsFonciers.AnyAsync(o => o.Nom == nom)));
        using (var ok = await client.PosterFormulaireAsync("/foncier/outils/saisie", Champs(nom, "30007")))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var outil = await app.ExecuterAsync(db => db.OutilsFonciers.AsNoTracking().SingleAsync(o => o.Nom == nom));
        Assert.Equal(0.30m, outil.PartLls);
        Assert.Equal(AlesAgglo, outil.EpciSiren);
        using (var hors = await client.PosterFormulaireAsync("/foncier/outils/saisie", Champs(Unique("SMS"), "30189")))
            Assert.Contains("hors de votre périmètre", await hors.Content.ReadAsStringAsync());
        var modifie = new Dictionary<string, string>(Champs(nom, "30007"))
        {
            ["Saisie.PartLls"] = "40",
            ["Saisie.Jeton"] = outil.Jeton.ToString(),
        };
        using (var ok = await client.PosterFormulaireAsync($"/foncier/outils/saisie/{outil.Id}", modifie))
            Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var page = WebUtility.HtmlDecode(
            await (await client.GetAsync($"/foncier/outils/saisie/{outil.Id}")).Content.ReadAsStringAsync()
        );
        Assert.Contains("champs modifiés : PartLls", page);
        // Nîmes ne voit pas l'outil d'Alès ; la DDTM le lit sans pouvoir l'enregistrer.
        using var nimes = await app.ClientConnecteAsync("commune@demo.pilotis.fr");
        Assert.Equal(HttpStatusCode.NotFound, (await nimes.GetAsync($"/foncier/outils/saisie/{outil.Id}")).StatusCode);
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var lu = await (await ddtm.GetAsync($"/foncier/outils/saisie/{outil.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("disabled", lu);
        Assert.DoesNotContain(">Enregistrer</button>", lu);
    }

    [Fact]
    public async Task Une_convention_qui_finit_sans_operation_leve_une_alerte_chez_l_EPF_et_l_EPCI()
    {
        var epf = await app.EpfDemoAsync();
        var site = await app.CreerSiteAsync(AlesAgglo, s =>
            (s.Proprietaire, s.PorteurId) = (TypeProprietaire.Epf, epf)
        );
        var nom = Unique("Portage");
        var aujourdhui = DateOnly.FromDateTime(DateTime.UtcNow);
        await app.ExecuterAsync(async db =>
        {
            db.OutilsFonciers.Add(
                new OutilFoncier
                {
                    Type = TypeOutilFoncier.ConventionPortage,
                    Nom = nom,
                    CommuneCode = site.CommuneCode,
                    EpciSiren = AlesAgglo,
                    DepartementCode = "30",
                    RegionCode = "76",
                    SiteId = site.Id,
                    PorteurId = epf,
                    Montant = 500_000m,
                    DateDebut = aujourdhui.AddYears(-3),
                    DateFin = aujourdhui.AddMonths(5),
                }
            );
            await db.SaveChangesAsync();
        });
        using var foncier = await app.ClientConnecteAsync("foncier@demo.pilotis.fr");
        var outils = await (await foncier.GetAsync("/foncier/outils")).Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"alertes-portage\"", outils);
        Assert.Contains(nom, outils);
        // L'EPF ne voit que ses conventions, pas les ZAD ni les SMS.
        Assert.DoesNotContain("Servitude de mixité sociale (SMS)</td>", outils);
        var compte = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, AlesAgglo, Role.Lecteur);
        using var epci = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        Assert.Contains(nom, await (await epci.GetAsync("/foncier")).Content.ReadAsStringAsync());

        // Une opération engagée sur le site lève l'alerte.
        var operation = await Production.DonneesProduction.CreerOperationTestAsync(
            app,
            await app.BailleurDemoAsync(),
            "30",
            epci: AlesAgglo
        );
        await app.ExecuterAsync(async db =>
        {
            var s = await db.SitesFonciers.SingleAsync(x => x.Id == site.Id);
            (s.OperationId, s.Statut) = (operation.Id, StatutSite.EnOperation);
            await db.SaveChangesAsync();
        });
        Assert.DoesNotContain(nom, await (await epci.GetAsync("/foncier")).Content.ReadAsStringAsync());
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class OutilsFonciersSqlite(SqliteFactory app) : OutilsFonciersTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class OutilsFonciersPostgres(PostgresFactory app) : OutilsFonciersTests(app);
