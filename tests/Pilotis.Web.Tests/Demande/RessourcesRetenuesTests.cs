using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// Le formulaire d'une demande enregistre les ressources retenues pour les plafonds (arrêté du 29 juillet 1987,
/// art. 3 ; CCH R441-1) : un choix non admis est refusé sur son champ en français sans rien écrire ; le choix admis
/// est enregistré, l'éligibilité le compare, la fiche dit lesquelles et pourquoi. Catégorie 3 (un adulte, un enfant
/// à charge), autres régions 2026 : PLUS 37 584 €, PLS 48 859 €.
/// </summary>
public abstract class RessourcesRetenuesTests(PilotisFactory app)
{
    private static string NumeroUnique() => $"030R{Guid.NewGuid().ToString("N")[..12].ToUpperInvariant()}";

    private Task<DateOnly> AujourdhuiAsync() =>
        app.AvecServicesAsync(s =>
            Task.FromResult(DateOnly.FromDateTime(s.GetRequiredService<TimeProvider>().GetLocalNow().DateTime))
        );

    private static Dictionary<string, string> Formulaire(string numero, DateOnly depot) =>
        new()
        {
            ["NumeroUnique"] = numero,
            ["DateDepot"] = depot.ToString("yyyy-MM-dd"),
            ["Membres[0].Lien"] = "Demandeur",
            ["Membres[0].Age"] = "38",
            ["Membres[1].Lien"] = "Enfant",
            ["Membres[1].Age"] = "9",
            ["Membres[1].ACharge"] = "true",
            ["RevenuFiscalReference"] = "40 000",
            ["RessourcesMensuelles"] = "2100",
            ["SituationLogement"] = "LocataireParcPrive",
            ["Communes[0]"] = "30189",
            ["TypologiePrincipale"] = "T3",
        };

    [Fact]
    public async Task Le_revenu_N1_n_est_retenu_que_s_il_baisse_d_au_moins_10_pourcent_et_l_eligibilite_l_utilise()
    {
        using var client = await app.ClientConnecteAsync("commune@demo.pilotis.fr");
        var numero = NumeroUnique();
        var champs = Formulaire(numero, await AujourdhuiAsync());

        // Le formulaire propose le choix, N−2 coché par défaut.
        var vierge = await (await client.GetAsync("/demandes/nouvelle")).TexteAsync();
        Assert.Contains("data-testid=\"origine-ressources\"", vierge);
        Assert.Contains("value=\"RevenuFiscalN2\" checked=\"checked\"", vierge);

        // 37 000 € n'est que 7,5 % sous 40 000 € : refusé sur son champ, rien n'est écrit, la saisie est gardée.
        champs["OrigineRessources"] = "RevenuFiscalN1";
        champs["RevenuFiscalReferenceN1"] = "37000";
        var refus = await (await client.PosterFormulaireAsync("/demandes/nouvelle", champs)).TexteAsync();
        Assert.Contains("data-testid=\"erreur-demande\"", refus);
        Assert.Contains("Le revenu fiscal de référence N−1 n'est retenu que s'il est inférieur d'au moins 10 %", refus);
        Assert.Contains("value=\"RevenuFiscalN1\" checked=\"checked\"", refus);
        Assert.Contains("value=\"37000\"", refus);
        Assert.False(await app.ExecuterAsync(db => db.Demandes.AnyAsync(d => d.NumeroUnique == numero)));

        // Les douze derniers mois sans accident de la vie : refusé sur l'accident de la vie.
        champs["OrigineRessources"] = "DouzeDerniersMois";
        champs["RessourcesDouzeMois"] = "15000";
        var sansEvenement = await (await client.PosterFormulaireAsync("/demandes/nouvelle", champs)).TexteAsync();
        Assert.Contains("id=\"EvenementRessources-erreur\"", sansEvenement);
        Assert.False(await app.ExecuterAsync(db => db.Demandes.AnyAsync(d => d.NumeroUnique == numero)));

        // 36 000 € : 10 % de baisse, admis. Sous le plafond PLUS (37 584 €) : PLUS et PLS, pas seulement PLS.
        champs["OrigineRessources"] = "RevenuFiscalN1";
        champs["RevenuFiscalReferenceN1"] = "36000";
        using var reponse = await client.PosterFormulaireAsync("/demandes/nouvelle", champs);
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var demande = await app.ExecuterAsync(db =>
            db.Demandes.AsNoTracking().SingleAsync(d => d.NumeroUnique == numero)
        );
        Assert.Equal(OrigineRessources.RevenuFiscalN1, demande.OrigineRessources);
        Assert.Equal(40_000m, demande.RevenuFiscalReference);
        Assert.Equal(36_000m, demande.RevenuFiscalReferenceN1);
        Assert.Equal(15_000m, demande.RessourcesDouzeMois);
        Assert.Equal(36_000m, demande.RessourcesRetenues);
        Assert.Equal(3, demande.Categorie);
        Assert.Equal(ProduitsEligibles.Plus | ProduitsEligibles.Pls, demande.ProduitsEligibles);

        var fiche = Espaces(await (await client.GetAsync(reponse.Headers.Location!.OriginalString)).TexteAsync());
        Assert.Contains("Produits éligibles : <strong>PLUS, PLS</strong>", fiche);
        Assert.Contains("data-testid=\"ressources-retenues\"", fiche);
        Assert.Contains("Ressources retenues pour les plafonds : <strong>36 000 €</strong>", fiche);
        Assert.Contains("Revenu fiscal de référence N−1 (36 000 €), inférieur d'au moins 10 %", fiche);

        // Retour à la règle générale par la modification : N−2 retenu, PLS seulement.
        var modifier = await (await client.GetAsync($"/demandes/{demande.Id}/modifier")).TexteAsync();
        Assert.Contains("value=\"RevenuFiscalN1\" checked=\"checked\"", modifier);
        champs["OrigineRessources"] = "RevenuFiscalN2";
        champs["Jeton"] = demande.Jeton.ToString();
        using var modification = await client.PosterFormulaireAsync($"/demandes/{demande.Id}/modifier", champs);
        Assert.Equal(HttpStatusCode.Redirect, modification.StatusCode);
        var apres = await app.ExecuterAsync(db => db.Demandes.AsNoTracking().SingleAsync(d => d.Id == demande.Id));
        Assert.Equal(OrigineRessources.RevenuFiscalN2, apres.OrigineRessources);
        Assert.Equal(40_000m, apres.RessourcesRetenues);
        Assert.Equal(ProduitsEligibles.Pls, apres.ProduitsEligibles);
    }

    private static string Espaces(string html) => html.Replace('\u202F', ' ').Replace('\u00A0', ' ');
}

[Collection(Fournisseurs.Sqlite)]
public sealed class RessourcesRetenuesSqlite(SqliteFactory app) : RessourcesRetenuesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class RessourcesRetenuesPostgres(PostgresFactory app) : RessourcesRetenuesTests(app);
