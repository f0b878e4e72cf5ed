using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Attribution.OutilsFlux;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Conventions de réservation en flux (CCH L441-1, R441-5) : création par le bailleur, limites légales refusées avec
/// leur raison et sans écriture, signature journalisée, portée (le réservataire ne voit que les siennes, ne crée rien).
/// </summary>
public abstract class ConventionsFluxTests(PilotisFactory app)
{
    private static Dictionary<string, string> Champs(int reservataire, string contingent, string part) =>
        new()
        {
            ["Saisie.ReservataireId"] = reservataire.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Saisie.Contingent"] = contingent,
            ["Saisie.Departement"] = "30",
            ["Saisie.PartFlux"] = part,
            ["Saisie.PartAgentsEtat"] = "",
            ["Saisie.DateDebut"] = "2026-01-01",
            ["Saisie.DateFin"] = "2028-12-31",
            ["Saisie.ReservationsConverties"] = "120",
            ["Saisie.TauxRotationReserves"] = "9,5",
            ["Saisie.FluxAnnuelPrevisionnel"] = "380",
            ["Saisie.Version"] = "0",
        };

    private Task<int> NombreAsync(int bailleur) =>
        app.ExecuterAsync(db => db.ConventionsFlux.CountAsync(c => c.BailleurId == bailleur));

    [Fact]
    public async Task Le_bailleur_cree_une_convention_et_la_signe()
    {
        var bailleur = await CompteAsync(app, TypeOrganisation.Bailleur);
        var al = await CompteAsync(app, TypeOrganisation.Reservataire);
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var reponse = await client.PosterFormulaireAsync(
            "/flux/conventions/nouvelle",
            Champs(al.OrganisationId, "ActionLogement", "25,5")
        );
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var c = await app.ExecuterAsync(db =>
            db.ConventionsFlux.SingleAsync(x => x.BailleurId == bailleur.OrganisationId)
        );
        Assert.Equal((25.5m, StatutConvention.Projet, 120), (c.PartFlux, c.Statut, c.ReservationsConverties));

        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/flux/conventions/{c.Id}/modifier"));
        Assert.Contains(
            "120 logements réservés × 9,5 % de rotation = 11,4 libérations par an, sur un flux prévisionnel "
                + "de 380 : 3,0 %",
            page,
            StringComparison.Ordinal
        );
        var signature = await client.PosterFormulaireAsync(
            $"/flux/conventions/{c.Id}/modifier",
            new Dictionary<string, string>
            {
                ["Saisie.Version"] = c.ModifieLe.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            $"/flux/conventions/{c.Id}/modifier?handler=Signer"
        );
        Assert.Equal(HttpStatusCode.Redirect, signature.StatusCode);
        var signee = await app.ExecuterAsync(db => db.ConventionsFlux.AsNoTracking().SingleAsync(x => x.Id == c.Id));
        Assert.Equal(StatutConvention.Signee, signee.Statut);
        Assert.NotNull(signee.SigneeLe);
        var journal = await app.ExecuterAsync(db =>
            db.Journal.CountAsync(j => j.Entite == nameof(ConventionFlux) && j.EntiteId == c.Id.ToString())
        );
        Assert.True(journal >= 2, $"{journal} entrées de journal pour la convention");
    }

    [Fact]
    public async Task Prefet_a_31_pourcent_refuse_avec_sa_raison_et_rien_n_est_ecrit()
    {
        var bailleur = await CompteAsync(app, TypeOrganisation.Bailleur);
        var prefet = await CompteAsync(app, TypeOrganisation.Reservataire);
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var reponse = await client.PosterFormulaireAsync(
            "/flux/conventions/nouvelle",
            Champs(prefet.OrganisationId, "Prefet", "31")
        );
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reponse.StatusCode);
        var html = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());
        Assert.Contains("La part du préfet (31 %) dépasse le plafond de 30 % du flux annuel (CCH R441-5).", html);
        Assert.Equal(0, await NombreAsync(bailleur.OrganisationId));
    }

    [Fact]
    public async Task Somme_a_105_pourcent_refusee_et_rien_n_est_ecrit()
    {
        var bailleur = await CompteAsync(app, TypeOrganisation.Bailleur);
        var prefet = await CompteAsync(app, TypeOrganisation.Reservataire);
        var al = await CompteAsync(app, TypeOrganisation.Reservataire);
        var commune = await CompteAsync(app, TypeOrganisation.Reservataire);
        await ConventionAsync(app, bailleur.OrganisationId, prefet.OrganisationId, Contingent.Prefet, 30m);
        await ConventionAsync(app, bailleur.OrganisationId, al.OrganisationId, Contingent.ActionLogement, 40m);
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var reponse = await client.PosterFormulaireAsync(
            "/flux/conventions/nouvelle",
            Champs(commune.OrganisationId, "Collectivite", "35")
        );
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reponse.StatusCode);
        var html = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());
        Assert.Contains("réservent déjà 70 % du flux ; avec 35 %, la somme ferait 105 %, au-delà de 100 %", html);
        Assert.Equal(2, await NombreAsync(bailleur.OrganisationId));
    }

    [Fact]
    public async Task Champ_illisible_signale_sous_son_champ()
    {
        var bailleur = await CompteAsync(app, TypeOrganisation.Bailleur);
        var al = await CompteAsync(app, TypeOrganisation.Reservataire);
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var champs = Champs(al.OrganisationId, "ActionLogement", "vingt");
        champs["Saisie.DateFin"] = "";
        var reponse = await client.PosterFormulaireAsync("/flux/conventions/nouvelle", champs);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reponse.StatusCode);
        var html = WebUtility.HtmlDecode(await reponse.Content.ReadAsStringAsync());
        Assert.Contains("Saisissez la part du flux en pourcentage, entre 0 et 100", html);
        Assert.Contains("Saisissez la date de fin (JJ/MM/AAAA).", html);
        Assert.Equal(0, await NombreAsync(bailleur.OrganisationId));
    }

    [Fact]
    public async Task Un_reservataire_ne_voit_que_ses_conventions_et_n_en_cree_pas()
    {
        var bailleur = await CompteAsync(app, TypeOrganisation.Bailleur);
        var a = await CompteAsync(app, TypeOrganisation.Reservataire);
        var b = await CompteAsync(app, TypeOrganisation.Reservataire);
        var ca = await ConventionAsync(app, bailleur.OrganisationId, a.OrganisationId, Contingent.ActionLogement, 20m);
        var cb = await ConventionAsync(app, bailleur.OrganisationId, b.OrganisationId, Contingent.Collectivite, 10m);
        using var client = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        var liste = await client.GetStringAsync("/flux/conventions");
        Assert.Contains($"data-id=\"{ca}\"", liste, StringComparison.Ordinal);
        Assert.DoesNotContain($"data-id=\"{cb}\"", liste, StringComparison.Ordinal);
        Assert.DoesNotContain("/flux/conventions/nouvelle", liste, StringComparison.Ordinal);
        await RefuseAsync(client, "/flux/conventions/nouvelle");
        await RefuseAsync(client, $"/flux/conventions/{ca}/modifier");
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await client.GetAsync("/flux/conventions/999999999/modifier")).StatusCode
        );

        var xlsx = await client.GetAsync("/flux/conventions?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );
        var csv = await client.GetStringAsync("/flux/conventions?format=csv");
        Assert.Single(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1));
    }

    private static async Task RefuseAsync(HttpClient client, string adresse)
    {
        using var reponse = await client.GetAsync(adresse);
        Assert.Equal("/acces-refuse", reponse.Headers.Location?.AbsolutePath);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ConventionsFluxSqlite(SqliteFactory app) : ConventionsFluxTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ConventionsFluxPostgres(PostgresFactory app) : ConventionsFluxTests(app);
