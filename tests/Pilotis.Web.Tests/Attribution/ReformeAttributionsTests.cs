using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Attribution.OutilsAttribution;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Suivi de la réforme des attributions : étapes saisies par l'EPCI (pas par un autre EPCI), saisie refusée sans
/// rien écrire, points d'accueil, réunions de CIL et participation des élus, besoins exprimés par une commune et vus
/// par son EPCI. Chaque test prend un EPCI de l'Ardèche qui n'est qu'à lui.
/// </summary>
public abstract class ReformeAttributionsTests(PilotisFactory app)
{
    private Task<HttpClient> ClientEpciAsync(string epci) =>
        app.ClientNouveauCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, epci, Role.Agent);

    [Fact]
    public async Task L_EPCI_enregistre_ses_etapes_et_un_autre_EPCI_ne_peut_pas()
    {
        var epci = await EpciAsync(app, "07", 0);
        var autre = await EpciAsync(app, "07", 1);
        var page = $"/attributions/reforme/{epci}";
        using var client = await ClientEpciAsync(epci);
        var champs = new Dictionary<string, string>
        {
            ["Etape"] = nameof(TypeEtapeReforme.SignatureCia),
            ["DateEtape"] = "2099-01-01",
            ["Reference"] = "",
        };
        using var refus = await client.PosterFormulaireAsync(page, champs, page + "?handler=Etape");
        var html = WebUtility.HtmlDecode(await refus.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refus.StatusCode);
        Assert.Contains("ne peut pas être dans l'avenir", html, StringComparison.Ordinal);
        Assert.Contains("Indiquez la référence de l'acte", html, StringComparison.Ordinal);
        Assert.False(await app.ExecuterAsync(db => db.EtapesReformeEpci.AnyAsync(e => e.EpciSiren == epci)));

        champs["DateEtape"] = "2021-06-30";
        champs["Reference"] = "Délibération de test n° 12";
        using var ok = await client.PosterFormulaireAsync(page, champs, page + "?handler=Etape");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var etape = await app.ExecuterAsync(db => db.EtapesReformeEpci.SingleAsync(e => e.EpciSiren == epci));
        Assert.Equal((TypeEtapeReforme.SignatureCia, new DateOnly(2021, 6, 30)), (etape.Etape, etape.Date));
        Assert.Contains("30/06/2021", await client.GetStringAsync(page), StringComparison.Ordinal);

        // Un autre EPCI (même département) n'enregistre rien chez celui-ci : 403, rien d'écrit.
        using var voisin = await ClientEpciAsync(autre);
        var jeton = Formulaires.JetonAntiforgery(await voisin.GetStringAsync("/attributions/reforme"));
        using var contenu = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = jeton,
                ["Etape"] = nameof(TypeEtapeReforme.InstallationCil),
                ["DateEtape"] = "2020-01-01",
                ["Reference"] = "Intrusion",
            }
        );
        using var intrusion = await voisin.PostAsync(page + "?handler=Etape", contenu);
        Assert.Equal("/acces-refuse", intrusion.Headers.Location?.AbsolutePath);
        Assert.Equal(1, await app.ExecuterAsync(db => db.EtapesReformeEpci.CountAsync(e => e.EpciSiren == epci)));
    }

    [Fact]
    public async Task Points_d_accueil_reunion_de_CIL_et_besoins_des_communes()
    {
        var epci = await EpciAsync(app, "07", 2);
        var communes = await CommunesAsync(app, epci);
        var page = $"/attributions/reforme/{epci}";
        using var client = await ClientEpciAsync(epci);
        var nom = "Accueil de test " + Guid.NewGuid().ToString("N")[..6];
        using var point = await client.PosterFormulaireAsync(
            page,
            new Dictionary<string, string>
            {
                ["NomPoint"] = nom,
                ["AdressePoint"] = "1 place de la mairie",
                ["CommunePoint"] = communes[0],
            },
            page + "?handler=Point"
        );
        Assert.Equal(HttpStatusCode.Redirect, point.StatusCode);

        var annee = DateTime.UtcNow.Year;
        using var contenu = new FormUrlEncodedContent(
            new List<KeyValuePair<string, string>>
            {
                new("__RequestVerificationToken", Formulaires.JetonAntiforgery(await client.GetStringAsync(page))),
                new("DateReunion", $"{annee}-01-02"),
                new("CommunesReunion", communes[0]),
                new("CommunesReunion", communes[1]),
            }
        );
        using var reunion = await client.PostAsync(page + "?handler=Reunion", contenu);
        Assert.Equal(HttpStatusCode.Redirect, reunion.StatusCode);
        var html = await client.GetStringAsync(page);
        Assert.Contains(nom, WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains(
            $"2 communes\n    représentées à au moins une réunion sur\n    {communes.Count} membres",
            html.Replace("\r", ""),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task La_commune_exprime_un_besoin_que_son_EPCI_voit()
    {
        var epci = await EpciAsync(app, "07", 3);
        var communes = await CommunesAsync(app, epci);
        var page = $"/attributions/reforme/{epci}";
        using var client = await ClientEpciAsync(epci);
        // La commune exprime un besoin ; son EPCI le voit.
        using var mairie = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            communes[1],
            Role.Agent
        );
        var publicVise = "Public de test " + Guid.NewGuid().ToString("N")[..6];
        var besoins = "/attributions/cil/besoins";
        using var refus = await mairie.PosterFormulaireAsync(
            besoins,
            new Dictionary<string, string>
            {
                ["Commune"] = communes[1],
                ["Typologie"] = "T3",
                ["Public"] = publicVise,
                ["Nombre"] = "douze",
            }
        );
        Assert.Contains(
            "n'est pas un nombre entier",
            WebUtility.HtmlDecode(await refus.Content.ReadAsStringAsync()),
            StringComparison.Ordinal
        );
        Assert.False(await app.ExecuterAsync(db => db.BesoinsCil.AnyAsync(b => b.Public == publicVise)));
        using var ok = await mairie.PosterFormulaireAsync(
            besoins,
            new Dictionary<string, string>
            {
                ["Commune"] = communes[1],
                ["Typologie"] = "T3",
                ["Public"] = publicVise,
                ["Nombre"] = "12",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Contains(publicVise, WebUtility.HtmlDecode(await client.GetStringAsync(page)), StringComparison.Ordinal);
        // La commune ne saisit rien sur l'EPCI (étapes) : la page ne lui ouvre pas la saisie.
        using var refusCommune = await mairie.GetAsync(page);
        Assert.DoesNotContain(
            "handler=Etape",
            await refusCommune.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ReformeAttributionsSqlite(SqliteFactory app) : ReformeAttributionsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ReformeAttributionsPostgres(PostgresFactory app) : ReformeAttributionsTests(app);
