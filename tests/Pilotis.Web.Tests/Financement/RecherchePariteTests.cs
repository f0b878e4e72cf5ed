using System.Text.Json;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Financement;

/// <summary>
/// Mêmes résultats sur SQLite et PostgreSQL (ADR 0022) : le même jeu de requêtes sur le catalogue de démonstration du
/// Gard rend exactement la même liste ordonnée d'aides sur les deux moteurs (la liste attendue est écrite une fois,
/// ici, pour les deux). Les mots choisis n'apparaissent dans aucune aide fabriquée par les autres tests.
/// </summary>
public abstract class RecherchePariteTests(PilotisFactory app)
{
    public static TheoryData<string, string[]> Requetes =>
        new()
        {
            { "surcharge fonciere PLAI", ["demo-locale-bdt-gard-surcharge-fonciere"] },
            { "VEFA", ["demo-nimes-metropole-vefa", "demo-pret-plus-cdc"] },
            {
                "pret foncier, bail reel solidaire",
                [
                    "demo-locale-bdt-gard-surcharge-fonciere",
                    "demo-action-logement-brs",
                    "demo-pret-gaia-foncier",
                    "demo-nimes-metropole-foncier",
                ]
            },
            {
                "acquisition amelioration",
                [
                    "demo-departement-gard-acquisition-amelioration",
                    "demo-locale-bdt-gard-ingenierie",
                    "demo-pret-plai-cdc",
                    "demo-pret-plus-cdc",
                ]
            },
            { "renovation energetique", ["demo-eco-pret-rehabilitation", "demo-region-occitanie-renovation"] },
            { "démolition-reconstruction", ["demo-action-logement-demolition"] },
            {
                "PSLA, PLS",
                [
                    "demo-psla-cdc",
                    "demo-action-logement-pret-construction",
                    "demo-pret-pls-cdc",
                    "demo-pret-plai-cdc",
                    "demo-pret-plus-cdc",
                    "demo-subvention-plai-gard",
                    "demo-ales-agglo-production",
                    "demo-eco-pret-rehabilitation",
                    "demo-action-logement-brs",
                ]
            },
        };

    [Theory]
    [MemberData(nameof(Requetes))]
    public async Task La_requete_rend_les_memes_aides_dans_le_meme_ordre(string q, string[] attendues)
    {
        using var client = app.ClientAnonyme();
        var corps = await (
            await client.GetAsync($"/api/v1/aides?q={Uri.EscapeDataString(q)}&departement=30&taille=100")
        ).JsonAsync();
        var slugs = corps
            .GetProperty("items")
            .EnumerateArray()
            .Select(i => i.GetProperty("slug").GetString()!)
            .ToArray();
        Assert.True(attendues.SequenceEqual(slugs), $"{q} : " + JsonSerializer.Serialize(slugs));
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class RecherchePariteSqlite(SqliteFactory app) : RecherchePariteTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class RechercheParitePostgres(PostgresFactory app) : RecherchePariteTests(app);
