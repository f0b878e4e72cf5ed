using System.Globalization;
using System.Net;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// The public eligibility simulator page (/eligibilite, no account): plain-language answer equal to the domain (and to
/// GET /api/v1/eligibilite), the ceilings table, French errors
/// per field, and the embeddable variant for a commune's site.
/// </summary>
public abstract class SimulateurEligibiliteTests(PilotisFactory app)
{
    private static string Euros(decimal montant) => montant.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")) + " €";

    private static string Texte(string html) =>
        WebUtility.HtmlDecode(html).Replace('\u202F', ' ').Replace('\u00A0', ' ');

    [Fact]
    public async Task La_page_est_publique_avec_le_bareme_et_le_code_d_integration()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/eligibilite");
        var html = Texte(await reponse.TexteAsync());
        Assert.Contains("Suis-je éligible à un logement social ?", html);
        var plai = PlafondsRessources
            .Pour(PlafondsRessources.Annee2026, 2026, GeographiePlafonds.AutresRegions)
            .Single(l => l.Produit == ProduitLogement.Plai);
        Assert.Contains(Euros(plai.ParCategorie[0]).Replace('\u202F', ' ').Replace('\u00A0', ' '), html);
        // le code à copier, affiché tel quel
        Assert.Contains("<iframe src=\"http://localhost/eligibilite?integre=1\"", html);
        Assert.EndsWith("; frame-ancestors 'self'", reponse.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task L_exemple_du_contrat_donne_la_meme_reponse_que_le_domaine()
    {
        using var client = app.ClientAnonyme();
        var html = Texte(
            await (
                await client.GetAsync(
                    "/eligibilite?annee=2026&geographie=autres-regions&personnes=3&personnesACharge=1&"
                        + "revenuFiscalReference=30%20000"
                )
            ).TexteAsync()
        );
        var categorie = CategorieMenage.Determiner(3, 1, false, false);
        var resultat = Eligibilite.Evaluer(
            30_000m,
            categorie,
            PlafondsRessources.Pour(PlafondsRessources.Annee2026, 2026, GeographiePlafonds.AutresRegions)
        );
        Assert.Equal(3, categorie.Categorie);
        Assert.Contains("Oui, votre ménage peut demander un logement social PLUS, PLS.", html);
        Assert.Contains("catégorie 3", html);
        foreach (var p in resultat.Produits)
        {
            var plafond = Euros(p.Plafond!.Value).Replace('\u202F', ' ').Replace('\u00A0', ' ');
            Assert.Contains(
                $"{p.Produit.Code()} (plafond {plafond}) : "
                    + $"{(p.Eligible ? "vous êtes sous le plafond" : "vous dépassez le plafond")}",
                html
            );
        }
    }

    [Fact]
    public async Task Au_dessus_de_tous_les_plafonds_la_reponse_le_dit()
    {
        using var client = app.ClientAnonyme();
        var html = Texte(
            await (
                await client.GetAsync("/eligibilite?geographie=autres-regions&personnes=1&revenuFiscalReference=90000")
            ).TexteAsync()
        );
        Assert.Contains("Vos revenus dépassent les plafonds du logement social.", html);
    }

    [Theory]
    [InlineData(
        "personnes=3&personnesACharge=3&revenuFiscalReference=20000",
        "Le nombre de personnes à charge doit être inférieur au nombre de personnes du ménage"
    )]
    [InlineData("personnes=2&revenuFiscalReference=-5", "Le revenu fiscal de référence ne peut pas être négatif.")]
    [InlineData("personnes=2&revenuFiscalReference=beaucoup", "« beaucoup » n'est pas un montant en euros.")]
    [InlineData("personnes=&revenuFiscalReference=20000", "Indiquez le nombre de personnes du ménage.")]
    [InlineData(
        "personnes=1&jeuneCouple=true&revenuFiscalReference=20000",
        "Un jeune couple compte deux personnes qui ne sont pas à charge."
    )]
    [InlineData("personnes=2&revenuFiscalReference=20000&geographie=lune", "Géographie inconnue « lune »")]
    public async Task Une_saisie_impossible_est_refusee_en_francais_sans_resultat(string requete, string message)
    {
        using var client = app.ClientAnonyme();
        var html = Texte(await (await client.GetAsync("/eligibilite?" + requete)).TexteAsync());
        Assert.Contains(message, html);
        Assert.Contains("fr-error-text", html);
        Assert.DoesNotContain("data-testid=\"resultat-eligibilite\"", html);
    }

    [Fact]
    public async Task La_version_integrable_se_laisse_encadrer_et_n_a_pas_l_en_tete_du_site()
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.GetAsync("/eligibilite?integre=1&personnes=2&revenuFiscalReference=25000");
        var html = await reponse.TexteAsync();
        Assert.EndsWith("; frame-ancestors *", reponse.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("Menu principal", html);
        Assert.Contains("name=\"integre\"", html);
        Assert.Contains("data-testid=\"resultat-eligibilite\"", html);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class SimulateurEligibiliteSqlite(SqliteFactory app) : SimulateurEligibiliteTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class SimulateurEligibilitePostgres(PostgresFactory app) : SimulateurEligibiliteTests(app);
