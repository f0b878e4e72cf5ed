using System.Net;
using System.Text;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Territoire;

/// <summary>
/// Les pages publiques du référentiel : recherche sans accents, département paginé et exportable, fiche commune.
/// </summary>
public abstract class TerritoiresPagesTests(PilotisFactory app)
{
    [Theory]
    [InlineData("nimes", "/territoires/communes/30189", "Nîmes")]
    [InlineData("NÎMES", "/territoires/communes/30189", "Nîmes")]
    [InlineData("st gilles", "/territoires/communes/30258", "Saint-Gilles")]
    [InlineData("30100", "/territoires/communes/30007", "Alès")]
    public async Task La_recherche_ignore_accents_casse_et_abreviations(string saisie, string lien, string nom)
    {
        using var client = app.ClientAnonyme();
        var html = await client.GetStringAsync("/territoires?q=" + Uri.EscapeDataString(saisie));
        Assert.Contains($"href=\"{lien}\">{nom}</a>", html);
    }

    [Fact]
    public async Task La_recherche_sans_resultat_le_dit()
    {
        using var client = app.ClientAnonyme();
        var html = await client.GetStringAsync("/territoires?q=zzzzqqq");
        Assert.Contains("Aucune commune ne correspond", html);
    }

    [Fact]
    public async Task Le_departement_du_Gard_compte_350_communes_et_17_EPCI_et_pagine_par_50()
    {
        using var client = app.ClientAnonyme();
        var premiere = await client.GetStringAsync("/territoires/departements/30");
        Assert.Contains("<h1>Gard (30)</h1>", premiere);
        Assert.Contains("data-testid=\"nombre-communes\">350<", premiere);
        Assert.Contains("/territoires/epci/243000643", premiere);
        Assert.Contains("/territoires/communes/30001\"", premiere);
        Assert.DoesNotContain("/territoires/communes/30104\"", premiere);

        var troisieme = await client.GetStringAsync("/territoires/departements/30?p=3");
        Assert.Contains("/territoires/communes/30104\"", troisieme);
        Assert.DoesNotContain("/territoires/communes/30001\"", troisieme);
    }

    [Fact]
    public async Task L_export_CSV_du_departement_a_un_BOM_des_points_virgules_et_toutes_les_communes()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/territoires/departements/30?format=csv");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, octets[..3]);
        var lignes = Encoding.UTF8.GetString(octets[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("code_insee;nom;population;siren_epci;epci", lignes[0]);
        Assert.Equal(351, lignes.Length);
        Assert.Contains(lignes, l =>
            l.StartsWith("30189;Nîmes;", StringComparison.Ordinal)
            && l.Contains(";243000643;", StringComparison.Ordinal)
        );
    }

    [Fact]
    public async Task L_export_XLSX_de_l_EPCI_est_un_classeur()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/territoires/epci/243000643?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        await using var flux = await reponse.Content.ReadAsStreamAsync();
        using var classeur = new ClosedXML.Excel.XLWorkbook(flux);
        var feuille = classeur.Worksheet("Communes");
        Assert.Equal("code_insee", feuille.Cell(1, 1).GetString());
        Assert.Equal(40, feuille.LastRowUsed()!.RowNumber());
    }

    [Fact]
    public async Task La_fiche_commune_montre_population_EPCI_et_codes_postaux()
    {
        using var client = app.ClientAnonyme();
        var html = await client.GetStringAsync("/territoires/communes/30189");
        Assert.Contains("<h1>Nîmes</h1>", html);
        Assert.Contains("CA de Nîmes Métropole", html);
        Assert.Contains("codes postaux 30000, 30900", html);
        Assert.Contains("Données de démonstration", html);
    }

    [Theory]
    [InlineData("/territoires/communes/99999")]
    [InlineData("/territoires/communes/abc")]
    [InlineData("/territoires/departements/99")]
    [InlineData("/territoires/epci/000000000")]
    public async Task Un_code_inconnu_donne_une_page_404_en_francais(string url)
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, reponse.StatusCode);
        Assert.Contains("Page introuvable", await reponse.Content.ReadAsStringAsync());
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class TerritoiresPagesSqlite(SqliteFactory app) : TerritoiresPagesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class TerritoiresPagesPostgres(PostgresFactory app) : TerritoiresPagesTests(app);
