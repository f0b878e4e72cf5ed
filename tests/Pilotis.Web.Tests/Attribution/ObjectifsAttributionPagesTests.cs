using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Demonstration;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Attribution.OutilsAttribution;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Tableau des objectifs d'attribution (CCH L441-1) et son détail : chiffres calculés sur des baux importés, le
/// détail compte les mêmes baux, alerte « En retard » (docs/adr/0016), objectif de la CIA, exports, droits. Chaque test
/// prend un EPCI de la Lozère qui n'est qu'à lui (rangs 4 et suivants ; l'API prend 0 à 2).
/// </summary>
public abstract partial class ObjectifsAttributionPagesTests(PilotisFactory app)
{
    [GeneratedRegex("data-indicateur=\"([a-z-]+)\">.*?data-col=\"fraction\">(\\d+) / (\\d+)<", RegexOptions.Singleline)]
    private static partial Regex MotifFraction();

    [GeneratedRegex("data-col=\"denominateur\">(\\d+)<.*?data-col=\"numerateur\">(\\d+)<", RegexOptions.Singleline)]
    private static partial Regex MotifDetail();

    /// <summary>
    /// 20 baux hors QPV dont 2 au premier quartile (10 % : en retard), 4 en QPV dont 3 hors premier quartile, 3 au
    /// contingent du préfet dont 2 prioritaires, tous en 2025, plus deux baux hors de l'année.
    /// </summary>
    private async Task<string> SemerAsync(int rang)
    {
        var epci = await EpciAsync(app, "48", rang);
        var commune = (await CommunesAsync(app, epci))[0];
        await app.ExecuterAsync(async db =>
        {
            if (!await db.SeuilsQuartileOfficiels.AnyAsync(s => s.EpciSiren == epci && s.Annee == 2025))
                db.SeuilsQuartileOfficiels.Add(
                    new SeuilQuartileOfficiel
                    {
                        EpciSiren = epci,
                        Annee = 2025,
                        Seuil = 10_000m,
                        Source = "Arrêté de test",
                    }
                );
            await db.SaveChangesAsync();
        });
        var (siren, _) = await BailleurAsync(app);
        var n = "T" + Guid.NewGuid().ToString("N")[..8];
        var lignes = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var ressources = i < 2 ? "9000" : "20000";
            var dalo = i < 6 ? "O" : "N";
            lignes.Add($"{n}-H{i};{siren};{commune};N;BAILLEUR;2025-03-{i + 1:00};{ressources};{dalo};N;N;");
        }
        for (var i = 0; i < 4; i++)
            lignes.Add(
                $"{n}-Q{i};{siren};{commune};O;ACTION_LOGEMENT;2025-05-0{i + 1};{(i == 0 ? 5000 : 15000)};N;N;N;"
            );
        for (var i = 0; i < 3; i++)
            lignes.Add($"{n}-P{i};{siren};{commune};O;PREFET;2025-06-0{i + 1};15000;N;{(i < 2 ? "O" : "N")};N;");
        lignes.Add($"{n}-X1;{siren};{commune};N;BAILLEUR;2024-12-31;5000;O;N;N;");
        lignes.Add($"{n}-X2;{siren};{commune};N;BAILLEUR;2026-01-01;5000;O;N;N;");
        var bilan = await ImporterAsync(app, Fichier([.. lignes]));
        Assert.True(bilan.Reussi, string.Join(" ", bilan.Erreurs.Select(e => $"{e.Ligne} {e.Message}")));
        return epci;
    }

    private Task<HttpClient> ClientEpciAsync(string epci, Role role = Role.Agent) =>
        app.ClientNouveauCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, epci, role);

    [Fact]
    public async Task Le_tableau_compte_les_baux_et_signale_le_retard()
    {
        var epci = await SemerAsync(4);
        using var client = await ClientEpciAsync(epci);
        var html = await client.GetStringAsync($"/attributions/objectifs?annee=2025&epci={epci}");
        var fractions = MotifFraction()
            .Matches(html)
            .ToDictionary(m => m.Groups[1].Value, m => (int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)));
        Assert.Equal((2, 20), fractions["hors-qpv-premier-quartile"]);
        Assert.Equal((6, 7), fractions["en-qpv-autres-quartiles"]);
        Assert.Equal((6, 24), fractions["dalo-ou-prioritaires"]);
        Assert.Equal((2, 3), fractions["prefet"]);
        Assert.Contains("data-testid=\"alerte-objectifs\"", html, StringComparison.Ordinal);
        Assert.Contains("En retard", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Le_detail_compte_les_memes_baux_que_le_tableau()
    {
        var epci = await SemerAsync(5);
        using var client = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "48",
            Role.Lecteur
        );
        var html = await client.GetStringAsync($"/attributions/objectifs?annee=2025&epci={epci}");
        var fractions = MotifFraction().Matches(html).ToList();
        Assert.Equal(4, fractions.Count);
        foreach (var m in fractions)
        {
            var detail = await client.GetStringAsync(
                $"/attributions/objectifs/baux?annee=2025&epci={epci}&indicateur={m.Groups[1].Value}"
            );
            var d = MotifDetail().Match(detail);
            Assert.True(d.Success, m.Groups[1].Value);
            Assert.Equal((m.Groups[3].Value, m.Groups[2].Value), (d.Groups[1].Value, d.Groups[2].Value));
        }
    }

    [Fact]
    public async Task Les_exports_ont_leur_ligne_d_entete()
    {
        var epci = await SemerAsync(6);
        using var client = await ClientEpciAsync(epci);
        var csv = await client.GetAsync(
            $"/attributions/objectifs/baux?annee=2025&epci={epci}&indicateur=prefet&format=csv"
        );
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var octets = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var lignes = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "Numéro d'attribution;Bailleur;Code commune;Commune;Logement en QPV;Contingent;"
                + "Date de signature du bail;Premier quartile;DALO;Prioritaire;Relogement (renouvellement urbain);"
                + "Compté au numérateur",
            lignes[0]
        );
        Assert.Equal(1 + 3, lignes.Length);
        var tableau = await client.GetAsync($"/attributions/objectifs?annee=2025&epci={epci}&format=csv");
        var texte = Encoding.UTF8.GetString((await tableau.Content.ReadAsByteArrayAsync())[3..]);
        Assert.StartsWith("Année;SIREN EPCI;EPCI;Indicateur;Numérateur;Dénominateur;Part;Objectif;", texte);
        Assert.Equal(1 + 4, texte.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var xlsx = await client.GetAsync($"/attributions/objectifs?annee=2025&epci={epci}&format=xlsx");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );
        var reforme = await client.GetAsync("/attributions/reforme?format=csv");
        var entete = Encoding.UTF8.GetString((await reforme.Content.ReadAsByteArrayAsync())[3..]).Split("\r\n")[0];
        Assert.StartsWith("SIREN EPCI;EPCI;CIL installée le;CIA signée le;PPGDID adopté le;", entete);
    }

    [Fact]
    public async Task L_EPCI_fixe_l_objectif_de_sa_CIA_et_le_tableau_l_emploie()
    {
        var epci = await SemerAsync(7);
        using var client = await ClientEpciAsync(epci);
        var page = $"/attributions/objectifs/cia?epci={epci}&annee=2025";
        using var refus = await client.PosterFormulaireAsync(
            page,
            new Dictionary<string, string> { ["Part"] = "abc", ["Source"] = "" }
        );
        var html = WebUtility.HtmlDecode(await refus.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, refus.StatusCode);
        Assert.Contains("n'est pas un nombre", html, StringComparison.Ordinal);
        Assert.Contains("Citez la source", html, StringComparison.Ordinal);
        Assert.False(await app.ExecuterAsync(db => db.ObjectifsCia.AnyAsync(o => o.EpciSiren == epci)));

        using var ok = await client.PosterFormulaireAsync(
            page,
            new Dictionary<string, string>
            {
                ["Part"] = "70",
                ["Source"] = "CIA de test, délibération du 1er mars 2025",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var ligne = await app.ExecuterAsync(db => db.ObjectifsCia.SingleAsync(o => o.EpciSiren == epci));
        Assert.Equal((2025, 0.70m), (ligne.Annee, ligne.PartEnQpv));
        Assert.True(
            await app.ExecuterAsync(db =>
                db.Journal.AnyAsync(j => j.Entite == nameof(ObjectifCia) && j.EntiteId == ligne.Id.ToString())
            )
        );
        // 6 sur 7 en QPV : 86 % atteint 70 % ; l'API publique dit l'objectif appliqué.
        var tableau = WebUtility.HtmlDecode(
            await client.GetStringAsync($"/attributions/objectifs?annee=2025&epci={epci}")
        );
        Assert.Contains("(fixé par la CIA)", tableau, StringComparison.Ordinal);
        using var anonyme = app.ClientAnonyme();
        var json = await (
            await anonyme.GetAsync($"/api/v1/statistiques/attributions/quotas?annee=2025&epci={epci}")
        ).JsonAsync();
        Assert.Equal(0.70m, json.GetProperty("objectifEnQpv").GetDecimal());

        // Concurrence optimiste : un formulaire périmé ne remplace pas la ligne ; le bon jeton, si.
        var champs = new Dictionary<string, string>
        {
            ["Part"] = "60",
            ["Source"] = "Avenant",
            ["Jeton"] = "",
        };
        champs["Jeton"] = Guid.NewGuid().ToString();
        using var perime = await client.PosterFormulaireAsync(page, champs);
        Assert.Contains("modifié entre-temps", WebUtility.HtmlDecode(await perime.Content.ReadAsStringAsync()));
        champs["Jeton"] = ligne.Jeton.ToString();
        using var aJour = await client.PosterFormulaireAsync(page, champs);
        Assert.Equal(HttpStatusCode.Redirect, aJour.StatusCode);
        Assert.Equal(
            0.60m,
            await app.ExecuterAsync(db =>
                db.ObjectifsCia.Where(o => o.EpciSiren == epci).Select(o => o.PartEnQpv).SingleAsync()
            )
        );
    }

    [Fact]
    public async Task La_demonstration_du_Gard_montre_Nimes_Metropole_en_retard()
    {
        var baux = await app.ExecuterAsync(db =>
            db.BauxSignes.CountAsync(b => b.NumeroAttribution.StartsWith(SemisObjectifsAttribution.PrefixeNumero))
        );
        Assert.Equal(2 * SemisObjectifsAttribution.BauxParAn, baux);
        using var client = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var html = await client.GetStringAsync("/attributions/objectifs");
        Assert.Contains("data-testid=\"alerte-objectifs\"", html, StringComparison.Ordinal);
        var nimes = html[html.IndexOf("data-epci=\"243000643\"", StringComparison.Ordinal)..];
        nimes = nimes[..nimes.IndexOf("</section>", StringComparison.Ordinal)];
        Assert.Contains("En retard", nimes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Un_bailleur_ne_modifie_pas_l_objectif_de_la_CIA()
    {
        var epci = await EpciAsync(app, "48", 8);
        using var client = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Administrateur
        );
        using var lecture = await client.GetAsync($"/attributions/objectifs/cia?epci={epci}&annee=2025");
        Assert.Equal("/acces-refuse", lecture.Headers.Location?.AbsolutePath);
        var jeton = Formulaires.JetonAntiforgery(await client.GetStringAsync("/attributions/objectifs"));
        using var contenu = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = jeton,
                ["Part"] = "10",
                ["Source"] = "Tentative",
            }
        );
        using var ecriture = await client.PostAsync($"/attributions/objectifs/cia?epci={epci}&annee=2025", contenu);
        Assert.Equal("/acces-refuse", ecriture.Headers.Location?.AbsolutePath);
        Assert.False(await app.ExecuterAsync(db => db.ObjectifsCia.AnyAsync(o => o.EpciSiren == epci)));
        // Le bailleur lit le tableau du département, sans lien de saisie.
        var html = await client.GetStringAsync("/attributions/objectifs?annee=2025");
        Assert.DoesNotContain("/attributions/objectifs/cia", html, StringComparison.Ordinal);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ObjectifsAttributionPagesSqlite(SqliteFactory app) : ObjectifsAttributionPagesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ObjectifsAttributionPagesPostgres(PostgresFactory app) : ObjectifsAttributionPagesTests(app);
