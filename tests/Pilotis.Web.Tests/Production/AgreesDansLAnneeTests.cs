using System.Globalization;
using System.Text.RegularExpressions;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// « Logements agréés en N » a une seule définition (RequetesProduction.LotsAgrees : un lot compte l'année de SA date
/// d'agrément, dans une opération agréée) : l'API de lissage, le tableau de bord du lissage et la consolidation de la
/// programmation donnent le même nombre, même quand le lot et son opération ont leur agrément sur deux années.
/// Département 48, année 2093 réservée à ce test.
/// </summary>
public abstract partial class AgreesDansLAnneeTests(PilotisFactory app)
{
    private const string Departement = "48";
    private const int Annee = 2093;

    [Fact]
    public async Task Le_lissage_et_la_consolidation_comptent_les_memes_logements_agrees_dans_l_annee()
    {
        await CreerOperationsSurDeuxAnneesAsync();
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);

        var api = await LogementsDeLApiAsync();
        var tableau = await LogementsDuTableauDeBordAsync(client);
        var consolidation = await LogementsDeLaConsolidationAsync(client);

        // 7 PLUS (lot agréé en 2093 d'une opération agréée fin 2092) + 3 PLS ; ni le PLAI de 2092, ni l'annulée.
        Assert.Equal(10, api);
        Assert.Equal(api, tableau);
        Assert.Equal(api, consolidation);
    }

    /// <summary>Une opération agréée en décembre N-1 dont un lot n'est agréé qu'en janvier N, une autre en N, une
    /// annulée : la date du lot et celle de l'opération tombent sur deux années différentes.</summary>
    private async Task CreerOperationsSurDeuxAnneesAsync()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        await CreerAgreeeAsync(
            bailleur.OrganisationId,
            StatutOperation.Engagee,
            [(Produit.Plai, 5, new DateOnly(Annee - 1, 12, 15)), (Produit.Plus, 7, new DateOnly(Annee, 1, 10))]
        );
        await CreerAgreeeAsync(
            bailleur.OrganisationId,
            StatutOperation.Acompte,
            [(Produit.Pls, 3, new DateOnly(Annee, 3, 1))]
        );
        await CreerAgreeeAsync(
            bailleur.OrganisationId,
            StatutOperation.Annulee,
            [(Produit.Plus, 100, new DateOnly(Annee, 6, 1))]
        );
    }

    private Task<Operation> CreerAgreeeAsync(
        int bailleurId,
        StatutOperation statut,
        (Produit Produit, int Logements, DateOnly Agrement)[] lots
    ) => app.CreerOperationTestAsync(bailleurId, Departement, o =>
        {
            o.Statut = statut;
            o.Lots = lots.Select(l => new Lot
                {
                    Produit = l.Produit,
                    NombreLogements = l.Logements,
                    DateAgrement = l.Agrement,
                })
                .ToList();
            // Comme à l'import SIAP : l'opération est agréée à la date de son premier lot.
            o.DateAgrement = lots.Min(l => l.Agrement);
        });

    private async Task<int> LogementsDeLApiAsync()
    {
        using var anonyme = app.ClientAnonyme();
        var corps = await (
            await anonyme.GetAsync($"/api/v1/statistiques/production/lissage?annee={Annee}&departement={Departement}")
        ).JsonAsync();
        return corps.GetProperty("logementsAgreesTotal").GetInt32();
    }

    private static async Task<int> LogementsDuTableauDeBordAsync(HttpClient client)
    {
        var page = await (await client.GetAsync($"/production/lissage?annee={Annee}")).PageAsync();
        return Entier(TotalTableau().Match(page));
    }

    private static async Task<int> LogementsDeLaConsolidationAsync(HttpClient client)
    {
        var page = await (await client.GetAsync($"/programmation/consolidation?annee={Annee}&epci=")).PageAsync();
        return Entier(TotalConsolidation().Match(page));
    }

    private static int Entier(Match m)
    {
        Assert.True(m.Success, "Nombre introuvable dans la page.");
        return int.Parse(
            m.Groups["n"].Value.Replace("\u202f", "").Replace("\u00a0", "").Replace(" ", ""),
            CultureInfo.InvariantCulture
        );
    }

    [GeneratedRegex("data-testid=\"total-logements\">(?<n>[0-9  \u202f]+)<")]
    private static partial Regex TotalTableau();

    // Colonnes de la ligne Total : objectif puis agréés.
    [GeneratedRegex("data-testid=\"ligne-total\"><th scope=\"row\">Total</th><td>-?[0-9]+</td><td>(?<n>[0-9]+)</td>")]
    private static partial Regex TotalConsolidation();
}

[Collection(Fournisseurs.Sqlite)]
public sealed class AgreesDansLAnneeSqlite(SqliteFactory app) : AgreesDansLAnneeTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class AgreesDansLAnneePostgres(PostgresFactory app) : AgreesDansLAnneeTests(app);
