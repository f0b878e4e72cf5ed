using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;
using static Pilotis.Web.Tests.Attribution.OutilsParc;
using static Pilotis.Web.Tests.Production.DonneesProduction;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Pages du parc (ticket 12, stock) : liste filtrée avec ses totaux et ses exports, limitée à ce que l'acteur peut
/// lire ; fiche d'un logement avec son historique (disponibilités et baux), 404 et refus hors périmètre ; saisie de
/// l'occupation et de la réservation restée en stock par le bailleur, journalisée.
/// </summary>
public abstract class ParcPagesTests(PilotisFactory app)
{
    [Fact]
    public async Task La_liste_du_bailleur_filtre_totalise_et_exporte_ses_seuls_logements()
    {
        var (compte, siren) = await BailleurConnectableAsync();
        var (autre, _) = await OutilsAttribution.BailleurAsync(app);
        var p = Prefixe();
        var bilan = await ImporterAsync(
            app,
            Fichier(
                Ligne($"{p}1", siren, typologie: "T2", qpv: "O", loyer: "300", surface: "50"),
                Ligne($"{p}2", siren, typologie: "T2", occupation: "VACANT", loyer: "400", surface: "50"),
                Ligne($"{p}3", siren, typologie: "T4", loyer: "999", surface: "90"),
                Ligne($"{p}4", autre, typologie: "T2")
            )
        );
        Assert.True(bilan.Reussi);
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);

        var html = await TexteAsync(client, $"/logements?texte={p}");
        Assert.Contains($"{p}1", html);
        Assert.DoesNotContain($"{p}4", html);
        Assert.Contains("data-testid=\"total-logements\">3<", html);

        var t2 = await TexteAsync(client, $"/logements?texte={p}&typologie=T2");
        Assert.Contains("data-testid=\"total-logements\">2<", t2);
        Assert.Contains("data-testid=\"total-vacants\">1<", t2);
        Assert.Contains("data-testid=\"total-qpv\">1<", t2);
        // (300 + 400) / (50 + 50) = 7,00 € le m².
        Assert.Contains("data-testid=\"loyer-m2\">7,00", t2);
        Assert.DoesNotContain($"{p}3", t2);

        var qpv = await TexteAsync(client, $"/logements?texte={p}&qpv=N&occupation=OCCUPE");
        Assert.Contains("data-testid=\"total-logements\">1<", qpv);
        Assert.Contains($"{p}3", qpv);

        var aucun = await TexteAsync(client, $"/logements?texte={p}&financement=PLI");
        Assert.Contains("data-testid=\"aucun-resultat\"", aucun);

        using var csv = await client.GetAsync($"/logements?texte={p}&typologie=T2&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lignes = OutilsSru.LireCsv(await csv.Content.ReadAsByteArrayAsync());
        Assert.Equal(2, lignes.Count);
        Assert.Equal(
            ["Identifiant RPLS", "Bailleur", "Code commune", "Commune", "Adresse", "En QPV", "Typologie"],
            lignes[0].Keys.Take(7)
        );
        using var xlsx = await client.GetAsync($"/logements?texte={p}&format=xlsx");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );
        Assert.True((await xlsx.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task Une_commune_ne_voit_que_les_logements_situes_chez_elle_et_un_bailleur_neuf_voit_l_etat_vide()
    {
        var (siren, _) = await OutilsAttribution.BailleurAsync(app);
        var p = Prefixe();
        Assert.True(
            (await ImporterAsync(app, Fichier(Ligne($"{p}1", siren, "30189"), Ligne($"{p}2", siren, "30007")))).Reussi
        );
        var commune = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30007",
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(commune.Courriel, commune.MotDePasse);
        var html = await TexteAsync(client, $"/logements?texte={p}");
        Assert.Contains($"{p}2", html);
        Assert.DoesNotContain($"{p}1", html);
        Assert.Contains("data-testid=\"total-logements\">1<", html);

        // L'EPCI de Nîmes voit Nîmes, pas Alès (autre agglomération).
        var epci = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, "243000643", Role.Agent);
        using var clientEpci = await app.ClientConnecteAsync(epci.Courriel, epci.MotDePasse);
        var vueEpci = await TexteAsync(clientEpci, $"/logements?texte={p}");
        Assert.Contains($"{p}1", vueEpci);
        Assert.DoesNotContain($"{p}2", vueEpci);

        var (neuf, _) = await BailleurConnectableAsync();
        using var clientNeuf = await app.ClientConnecteAsync(neuf.Courriel, neuf.MotDePasse);
        Assert.Contains("data-testid=\"parc-vide\"", await TexteAsync(clientNeuf, "/logements"));
        Assert.Contains("href=\"/logements/importer\"", await TexteAsync(clientNeuf, "/logements"));
    }

    [Fact]
    public async Task La_fiche_montre_l_historique_dans_l_ordre_et_refuse_hors_perimetre_ou_inconnu()
    {
        var (compte, siren) = await BailleurConnectableAsync();
        var p = Prefixe();
        Assert.True((await ImporterAsync(app, Fichier(Ligne($"{p}1", siren, "30007")))).Reussi);
        var id = await app.ExecuterAsync(async db =>
        {
            var l = await db.Logements.SingleAsync(x => x.IdentifiantRpls == $"{p}1");
            db.LogementsAAttribuer.Add(
                new LogementAAttribuer
                {
                    LogementId = l.Id,
                    Origine = OrigineDisponibilite.Liberation,
                    DateConge = new DateOnly(2025, 1, 10),
                    DateDisponibilite = new DateOnly(2025, 3, 1),
                    Etape = EtapeAttribution.BailSigne,
                    DeclareLe = DateTimeOffset.UtcNow,
                }
            );
            db.BauxSignes.Add(
                new BailSigne
                {
                    NumeroAttribution = $"{p}-BAIL",
                    BailleurId = l.BailleurId,
                    CommuneCode = "30007",
                    Contingent = Contingent.Prefet,
                    DateSignatureBail = new DateOnly(2025, 4, 2),
                    LogementId = l.Id,
                    ModifieLe = DateTimeOffset.UtcNow,
                }
            );
            await db.SaveChangesAsync();
            return l.Id;
        });
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var html = await TexteAsync(client, $"/logements/{id}");
        Assert.Contains("Surface habitable", html);
        Assert.Contains("PLUS (prêt locatif à usage social)", html);
        var bail = html.IndexOf(
            $"Attribution {p}-BAIL ; contingent : Contingent préfectoral",
            StringComparison.Ordinal
        );
        var liberation = html.IndexOf(
            "Congé du 10/01/2025 ; disponible le 01/03/2025 ; étape : Bail signé",
            StringComparison.Ordinal
        );
        Assert.True(bail > 0 && liberation > bail, "Le bail (avril 2025) vient avant la libération (mars 2025).");

        using var inconnu = await client.GetAsync("/logements/999999999");
        Assert.Equal(HttpStatusCode.NotFound, inconnu.StatusCode);
        var (autre, _) = await BailleurConnectableAsync();
        using var clientAutre = await app.ClientConnecteAsync(autre.Courriel, autre.MotDePasse);
        using var refus = await clientAutre.GetAsync($"/logements/{id}");
        AssertRefuse(refus);
        // La commune où est le logement le lit, sans pouvoir le modifier.
        var commune = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30007",
            Role.Agent
        );
        using var clientCommune = await app.ClientConnecteAsync(commune.Courriel, commune.MotDePasse);
        var vue = await TexteAsync(clientCommune, $"/logements/{id}");
        Assert.Contains($"Logement {p}1", vue);
        Assert.DoesNotContain("formulaire-logement", vue);
    }

    [Fact]
    public async Task Le_bailleur_saisit_occupation_et_reservation_en_stock_journalisees()
    {
        var (compte, siren) = await BailleurConnectableAsync();
        var p = Prefixe();
        Assert.True((await ImporterAsync(app, Fichier(Ligne($"{p}1", siren)))).Reussi);
        var (id, reservataire) = await app.ExecuterAsync(async db =>
            (
                await db.Logements.Where(l => l.IdentifiantRpls == $"{p}1").Select(l => l.Id).SingleAsync(),
                await db
                    .Organisations.Where(o => o.Type == TypeOrganisation.Reservataire && o.DepartementCode == "30")
                    .Select(o => o.Id)
                    .FirstAsync()
            )
        );
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        var page = $"/logements/{id}";
        var version = OutilsSru.ChampCache(await TexteBrutAsync(client, page), "formulaire-logement", "Version");

        using var sansReservataire = await client.PosterFormulaireAsync(
            page,
            new Dictionary<string, string>
            {
                ["Occupation"] = "VACANT",
                ["Reservation"] = "DefenseSecuriteInterieure",
                ["ReservataireId"] = "",
                ["Version"] = version,
            }
        );
        Assert.Contains(
            "Choisissez le réservataire titulaire de la réservation.",
            System.Net.WebUtility.HtmlDecode(await sansReservataire.Content.ReadAsStringAsync())
        );

        using var ok = await client.PosterFormulaireAsync(
            page,
            new Dictionary<string, string>
            {
                ["Occupation"] = "VACANT",
                ["Reservation"] = "DefenseSecuriteInterieure",
                ["ReservataireId"] = reservataire.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Version"] = version,
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var l = await app.ExecuterAsync(db => db.Logements.AsNoTracking().SingleAsync(x => x.Id == id));
        Assert.Equal(EtatOccupation.Vacant, l.Occupation);
        Assert.Equal(ReservationNonConvertie.DefenseSecuriteInterieure, l.ReservationNonConvertie);
        Assert.Equal(reservataire, l.ReservataireStockId);
        var journal = await app.ExecuterAsync(db =>
            db.Journal.CountAsync(j => j.Entite == nameof(Logement) && j.EntiteId == id.ToString())
        );
        Assert.True(journal >= 1);

        // Version périmée : la saisie est refusée.
        using var perimee = await client.PosterFormulaireAsync(
            page,
            new Dictionary<string, string>
            {
                ["Occupation"] = "OCCUPE",
                ["Reservation"] = "Aucune",
                ["ReservataireId"] = "",
                ["Version"] = version,
            }
        );
        Assert.Contains(
            "modifié par ailleurs",
            System.Net.WebUtility.HtmlDecode(await perimee.Content.ReadAsStringAsync())
        );
        Assert.Equal(
            EtatOccupation.Vacant,
            (await app.ExecuterAsync(db => db.Logements.AsNoTracking().SingleAsync(x => x.Id == id))).Occupation
        );
    }

    private async Task<(
        (string Courriel, string MotDePasse, int OrganisationId) Compte,
        string Siren
    )> BailleurConnectableAsync()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var siren = "7" + Random.Shared.NextInt64(10_000_000, 99_999_999).ToString("D8");
        await app.ExecuterAsync(async db =>
        {
            (await db.Organisations.SingleAsync(o => o.Id == compte.OrganisationId)).Siren = siren;
            await db.SaveChangesAsync();
        });
        return (compte, siren);
    }

    private static async Task<string> TexteBrutAsync(HttpClient client, string url)
    {
        using var reponse = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        return await reponse.Content.ReadAsStringAsync();
    }

    private static async Task<string> TexteAsync(HttpClient client, string url) =>
        System.Net.WebUtility.HtmlDecode(await TexteBrutAsync(client, url));
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ParcPagesSqlite(SqliteFactory app) : ParcPagesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ParcPagesPostgres(PostgresFactory app) : ParcPagesTests(app);
