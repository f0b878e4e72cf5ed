using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Attribution.OutilsFlux;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Pages du flux (bailleur, réservataire) et bilan annuel (CCH R441-5-1) : chiffres recalculés à la main sur des
/// données semées par le test, export XLSX, portée (un autre réservataire ne voit rien).
/// </summary>
public abstract class FluxBilanTests(PilotisFactory app)
{
    /// <summary>
    /// Action Logement 60 % (flux prévisionnel 50), quatre logements T3 de 2025 orientés en une passe : A, B, A, B
    /// (OrientationTests) ; un bail signé sur le premier logement d'Action Logement.
    /// </summary>
    private async Task<(int Bailleur, (string Courriel, string MotDePasse, int Id) Al)> SemerAsync()
    {
        var bailleur = await CompteAsync(app, TypeOrganisation.Bailleur);
        var al = await CompteAsync(app, TypeOrganisation.Reservataire);
        var b = bailleur.OrganisationId;
        await ConventionAsync(app, b, al.OrganisationId, Contingent.ActionLogement, 60m, reglage: c =>
            c.FluxAnnuelPrevisionnel = 50
        );
        for (var i = 0; i < 4; i++)
            await LogementLibereAsync(app, b, new DateOnly(2025, 2 + (i * 3), 1), qpv: i == 0);
        Assert.Equal(4, await app.ExecuterAsync(db => OrientationFlux.OrienterAnneeAsync(db, b, 2025)));
        await app.ExecuterAsync(async db =>
        {
            var premier = await db
                .LogementsAAttribuer.Where(l => l.ReservataireId == al.OrganisationId)
                .OrderBy(l => l.DateDisponibilite)
                .FirstAsync();
            db.BauxSignes.Add(
                new BailSigne
                {
                    NumeroAttribution = "F" + Guid.NewGuid().ToString("N")[..10],
                    BailleurId = b,
                    CommuneCode = Nimes,
                    Contingent = Contingent.ActionLogement,
                    DateSignatureBail = new DateOnly(2025, 3, 1),
                    RessourcesAnnuellesParUc = 9000m,
                    LogementAAttribuerId = premier.Id,
                    ModifieLe = DateTimeOffset.UtcNow,
                }
            );
            await db.SaveChangesAsync();
        });
        return (b, al);
    }

    [Fact]
    public async Task La_page_du_bailleur_donne_du_orientes_attribues_ecart_et_prevision()
    {
        var (b, al) = await SemerAsync();
        using var client = await app.ClientConnecteAsync(al.Courriel, al.MotDePasse);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/flux/reservataire/{al.Id}?annee=2025"));
        // 60 % × 4 = 2,4 dus ; 2 orientés ; 1 attribué ; écart 0,4 ; prévision 60 % × 50 = 30,0.
        Assert.Contains("data-col=\"du\">2,4<", page, StringComparison.Ordinal);
        Assert.Contains("data-col=\"orientes\">2<", page, StringComparison.Ordinal);
        Assert.Contains("data-col=\"attribues\">1<", page, StringComparison.Ordinal);
        Assert.Contains("data-col=\"ecart\">0,4<", page, StringComparison.Ordinal);
        Assert.Contains("data-col=\"prevision\">30,0<", page, StringComparison.Ordinal);
        Assert.Contains("flux annuel prévisionnel de la convention", page, StringComparison.Ordinal);
        var xlsx = await client.GetAsync($"/flux/reservataire/{al.Id}?annee=2025&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await xlsx.Content.ReadAsByteArrayAsync())[..2]));

        var autre = await CompteAsync(app, TypeOrganisation.Reservataire);
        using var intrus = await app.ClientConnecteAsync(autre.Courriel, autre.MotDePasse);
        using var refus = await intrus.GetAsync($"/flux/reservataire/{al.Id}?annee=2025");
        Assert.Equal("/acces-refuse", refus.Headers.Location?.AbsolutePath);
        using var refusBailleur = await intrus.GetAsync($"/flux/bailleur/{b}?annee=2025");
        Assert.Equal("/acces-refuse", refusBailleur.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Le_reste_non_reserve_figure_sur_la_page_du_bailleur()
    {
        var (b, _) = await SemerAsync();
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        using var autreBailleur = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        using var refus = await autreBailleur.GetAsync($"/flux/bailleur/{b}?annee=2025");
        Assert.Equal("/acces-refuse", refus.Headers.Location?.AbsolutePath);
        // Le bailleur semé n'a pas de compte : la DDTM du Gard lit le flux du département.
        var ddtm = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/flux/bailleur/{b}?annee=2025"));
        // Reste non réservé 40 % : dû 1,6, orientés 2, écart −0,4 ; prévision linéaire sur l'année close : 1,6.
        Assert.Contains("Non réservé (bailleur)", page, StringComparison.Ordinal);
        Assert.Contains("data-col=\"du\">1,6<", page, StringComparison.Ordinal);
        Assert.Contains("data-col=\"ecart\">-0,4<", page, StringComparison.Ordinal);
        Assert.Contains(
            "projection linéaire du flux constaté (4 logements en 365 jours)",
            page,
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Le_bilan_compte_les_logements_proposes_et_attribues()
    {
        var (_, al) = await SemerAsync();
        using var client = await app.ClientConnecteAsync(al.Courriel, al.MotDePasse);
        var page = System.Text.RegularExpressions.Regex.Replace(
            WebUtility.HtmlDecode(await client.GetStringAsync("/flux/bilan?annee=2025")),
            @"\s+",
            " "
        );
        Assert.Single(page.Split("data-testid=\"bilan-paire\"").Skip(1));
        Assert.Contains("<span data-testid=\"offerts\">2</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"attribues\">1</span>", page, StringComparison.Ordinal);
        Assert.Contains("Échéance légale du bilan 2025 : 28/02/2026", page, StringComparison.Ordinal);
        Assert.Contains("<td>En QPV</td><td class=\"pilotis-table-nombre\">1</td> <td", page, StringComparison.Ordinal);
        Assert.Contains("Prévision du flux 2026 : 30,0 logement(s)", page, StringComparison.Ordinal);
        var xlsx = await client.GetAsync("/flux/bilan?annee=2025&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );

        var autre = await CompteAsync(app, TypeOrganisation.Reservataire);
        using var intrus = await app.ClientConnecteAsync(autre.Courriel, autre.MotDePasse);
        var vide = WebUtility.HtmlDecode(await intrus.GetStringAsync("/flux/bilan?annee=2025"));
        Assert.DoesNotContain("data-testid=\"bilan-paire\"", vide, StringComparison.Ordinal);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class FluxBilanSqlite(SqliteFactory app) : FluxBilanTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class FluxBilanPostgres(PostgresFactory app) : FluxBilanTests(app);
