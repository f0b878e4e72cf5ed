using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Sru;

/// <summary>
/// The DDTM inventory form (/sru/inventaire/{code}/{annee}): one French message per field, nothing half-saved,
/// optimistic concurrency.
/// </summary>
public abstract class InventaireSruTests(PilotisFactory app)
{
    private static Dictionary<string, string> Valeurs(
        string rp = "4000",
        string plai = "200",
        string tauxCible = "0.25"
    ) =>
        new()
        {
            ["residences_principales"] = rp,
            ["plai"] = plai,
            ["plus"] = "300",
            ["pls"] = "50",
            ["places_foyer"] = "30",
            ["psla_brs"] = "0",
            ["autres"] = "0",
            ["soumise"] = "true",
            ["taux_cible"] = tauxCible,
            ["motif"] = "Test",
            ["decret_exemption"] = "",
            ["exemption_debut"] = "",
            ["exemption_fin"] = "",
            ["potentiel_fiscal_par_habitant"] = "912,40",
            ["depenses_reelles_fonctionnement"] = "4 000 000",
            ["couverte_plh"] = "true",
            ["agrees_plai"] = "1",
            ["agrees_plus"] = "2",
            ["agrees_pls"] = "0",
            ["source"] = "Saisie test",
        };

    [Fact]
    public async Task Une_saisie_fausse_est_signalee_champ_par_champ_et_rien_n_est_ecrit()
    {
        const string url = "/sru/inventaire/30028/2014";
        using var ddtm = await ClientDdtmAsync();
        var champs = Valeurs(rp: "400", plai: "500", tauxCible: "0.30");
        champs["decret_exemption"] = "Décret test";
        champs["exemption_debut"] = "2014-06-01";
        champs["potentiel_fiscal_par_habitant"] = "abc";
        var html = await (await ddtm.PosterFormulaireAsync(url, champs)).TexteAsync();

        Assert.Contains("L'inventaire n'a pas été enregistré", html);
        Assert.Contains("« abc » n'est pas un nombre", html);
        Assert.Contains("fr-input-group--error", html);

        champs["potentiel_fiscal_par_habitant"] = "912,40";
        html = await (await ddtm.PosterFormulaireAsync(url, champs)).TexteAsync();
        Assert.Contains("ne peut pas dépasser le nombre de résidences principales", html);
        Assert.Contains("Le taux cible doit être 25 % ou 20 %", html);
        Assert.Contains("Indiquez la date de fin de l'exemption prévue par le décret.", html);
        Assert.False(
            await app.ExecuterAsync(db => db.InventairesSru.AnyAsync(i => i.CommuneCode == "30028" && i.Annee == 2014))
        );
    }

    [Fact]
    public async Task Creer_puis_modifier_un_inventaire_avec_controle_de_concurrence()
    {
        const string url = "/sru/inventaire/30011/2015";
        using var ddtm = await ClientDdtmAsync();
        using (var creation = await ddtm.PosterFormulaireAsync(url, Valeurs()))
        {
            Assert.Equal(HttpStatusCode.Redirect, creation.StatusCode);
        }
        var cree = await app.ExecuterAsync(db =>
            db.InventairesSru.AsNoTracking().SingleAsync(i => i.CommuneCode == "30011" && i.Annee == 2015)
        );
        Assert.Equal(4000, cree.ResidencesPrincipales);
        Assert.Equal(912.40m, cree.PotentielFiscalParHabitant);
        Assert.Equal(4_000_000m, cree.DepensesReellesFonctionnement);
        Assert.True(cree.CouverteParPlh);
        Assert.False(cree.BeneficieDsu);

        // Two agents open the form; the first saves, the second's save is refused.
        var page = await (await ddtm.GetAsync(url)).TexteAsync();
        var jeton = System
            .Text.RegularExpressions.Regex.Match(page, "name=\"jeton\" value=\"([^\"]+)\"")
            .Groups[1]
            .Value;
        Assert.Equal(cree.Jeton.ToString(), jeton);
        var premier = Valeurs(rp: "4100");
        premier["jeton"] = jeton;
        using (var modification = await ddtm.PosterFormulaireAsync(url, premier))
        {
            Assert.Equal(HttpStatusCode.Redirect, modification.StatusCode);
        }
        var second = Valeurs(rp: "4200");
        second["jeton"] = jeton;
        var html = await (await ddtm.PosterFormulaireAsync(url, second)).TexteAsync();
        Assert.Contains("modifié par quelqu'un d'autre", html);
        Assert.Equal(
            4100,
            await app.ExecuterAsync(db =>
                db.InventairesSru.Where(i => i.CommuneCode == "30011" && i.Annee == 2015)
                    .Select(i => i.ResidencesPrincipales)
                    .SingleAsync()
            )
        );
    }

    private async Task<HttpClient> ClientDdtmAsync()
    {
        var compte = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        return await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
    }
}

/// <summary>docs/STATUTS.md reproduces the carence state machine generated from the domain table.</summary>
public sealed class StatutsCarenceDocumentesTests
{
    [Fact]
    public void Statuts_md_contient_la_table_de_la_procedure_de_carence()
    {
        var dossier = new DirectoryInfo(AppContext.BaseDirectory);
        while (dossier is not null && !File.Exists(Path.Combine(dossier.FullName, "Pilotis.slnx")))
            dossier = dossier.Parent;
        Assert.NotNull(dossier);
        var texte = File.ReadAllText(Path.Combine(dossier.FullName, "docs", "STATUTS.md")).ReplaceLineEndings("\n");
        Assert.Contains(TransitionsCarence.EnMarkdown().ReplaceLineEndings("\n"), texte);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class InventaireSruSqlite(SqliteFactory app) : InventaireSruTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class InventaireSruPostgres(PostgresFactory app) : InventaireSruTests(app);
