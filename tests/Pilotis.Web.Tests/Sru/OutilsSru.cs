using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data.Sru;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Sru;

/// <summary>
/// Helpers of the SRU page tests: multipart posts with the antiforgery token, CSV reading, picking test communes.
/// </summary>
public static partial class OutilsSru
{
    public static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>A minimal but well-formed PDF (the server checks the "%PDF-" signature).</summary>
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    /// <summary>
    /// GETs the form page, then POSTs a multipart form (fields + one file) with its antiforgery token.
    /// </summary>
    public static async Task<HttpResponseMessage> PosterFichierAsync(
        this HttpClient client,
        string pageUrl,
        IDictionary<string, string> champs,
        string nomChamp,
        string nomFichier,
        byte[] contenu,
        string? actionUrl = null
    )
    {
        using var page = await client.GetAsync(pageUrl);
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {pageUrl} : {(int)page.StatusCode}");
        using var formulaire = new MultipartFormDataContent();
        formulaire.Add(new StringContent(Formulaires.JetonAntiforgery(html)), "__RequestVerificationToken");
        foreach (var (cle, valeur) in champs)
            formulaire.Add(new StringContent(valeur), cle);
        var fichier = new ByteArrayContent(contenu);
        formulaire.Add(fichier, nomChamp, nomFichier);
        return await client.PostAsync(actionUrl ?? pageUrl, formulaire);
    }

    /// <summary>Posts a form found on <paramref name="pageUrl"/> to another action, with extra fields.</summary>
    public static Task<HttpResponseMessage> PosterAsync(
        this HttpClient client,
        string pageUrl,
        string actionUrl,
        IDictionary<string, string> champs
    ) => client.PosterFormulaireAsync(pageUrl, champs, actionUrl);

    /// <summary>The value of a hidden input of a given name inside the form whose data-testid is given.</summary>
    public static string ChampCache(string html, string testId, string nom)
    {
        var debut = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        Assert.True(debut >= 0, $"Formulaire {testId} absent de la page.");
        var fin = html.IndexOf("</form>", debut, StringComparison.Ordinal);
        var m = Regex.Match(html[debut..fin], $"name=\"{nom}\" value=\"([^\"]*)\"");
        Assert.True(m.Success, $"Champ {nom} absent du formulaire {testId}.");
        return WebUtility.HtmlDecode(m.Groups[1].Value);
    }

    /// <summary>Reads a « ; » CSV export into dictionaries keyed by header.</summary>
    public static List<Dictionary<string, string>> LireCsv(byte[] contenu)
    {
        var lignes = new List<Dictionary<string, string>>();
        using var flux = new MemoryStream(contenu);
        using var csv = CsvReader.Create(flux, new CsvReaderOptions { Separator = ';' });
        var entetes = csv.Headers.ToArray();
        while (csv.Read())
        {
            lignes.Add(entetes.ToDictionary(e => e, e => csv.GetStringOrNull(e) ?? ""));
        }
        return lignes;
    }

    public static decimal Nombre(string texte) => decimal.Parse(texte, NumberStyles.Number, Fr);

    /// <summary>The computed situations of the Gard for a year, through the app's own service.</summary>
    public static Task<List<SituationSru>> SituationsAsync(
        this PilotisFactory app,
        int annee,
        string? commune = null
    ) => app.AvecServicesAsync(s => s.GetRequiredService<RequetesSru>().CalculerAsync(annee, "30", commune: commune));

    /// <summary>Codes of the Gard subject communes that have no carence procedure, by code.</summary>
    public static Task<List<string>> CommunesSansProcedureAsync(this PilotisFactory app, int annee) =>
        app.ExecuterAsync(async db =>
        {
            var avecProcedure = await db.ProceduresCarenceSru.Select(p => p.CommuneCode).ToListAsync();
            return (
                await db
                    .InventairesSru.Where(i => i.Annee == annee && i.Soumise && i.CommuneCode.StartsWith("30"))
                    .Select(i => i.CommuneCode)
                    .ToListAsync()
            )
                .Except(avecProcedure)
                .Order(StringComparer.Ordinal)
                .ToList();
        });

    public static async Task<string> TexteAsync(
        this HttpResponseMessage reponse,
        HttpStatusCode attendu = HttpStatusCode.OK
    )
    {
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.True(
            reponse.StatusCode == attendu,
            $"Statut {(int)reponse.StatusCode} au lieu de {(int)attendu} : {Extrait(html)}"
        );
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Asserts a redirect to the access-denied page, which itself answers 403.</summary>
    public static async Task RefuseAsync(this HttpClient client, string url)
    {
        using var reponse = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var destination = reponse.Headers.Location!;
        Assert.StartsWith(
            "/acces-refuse",
            destination.IsAbsoluteUri ? destination.PathAndQuery : destination.OriginalString
        );
        using var refus = await client.GetAsync(destination);
        Assert.Equal(HttpStatusCode.Forbidden, refus.StatusCode);
    }

    private static string Extrait(string html)
    {
        var i = html.IndexOf("<main", StringComparison.Ordinal);
        return i < 0 ? html[..Math.Min(html.Length, 2000)] : html.Substring(i, Math.Min(2000, html.Length - i));
    }
}
