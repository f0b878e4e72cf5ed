using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>
/// /admin/journal : une modification faite dans les pages s'y lit avec ses valeurs avant et après, dans la portée de
/// chacun.
/// </summary>
public abstract class JournalAdminTests(PilotisFactory app)
{
    [Fact]
    public async Task Une_modification_apparait_au_journal_avec_avant_et_apres()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "48",
            Role.Administrateur
        );
        var cible = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var ancien = await app.ExecuterAsync(db =>
            db.Organisations.Where(o => o.Id == cible.OrganisationId).Select(o => o.Nom).SingleAsync()
        );
        var nouveau = $"Bailleur renommé {Guid.NewGuid():N}";
        var url = $"/admin/organisations/{cible.OrganisationId}";
        await client.PosterEtSuivreAsync(
            url,
            new()
            {
                ["Saisie.Nom"] = nouveau,
                ["Saisie.Siren"] = "900000043",
                ["Saisie.Type"] = "Bailleur",
                ["Saisie.PerimetreNiveau"] = "Departement",
                ["Saisie.PerimetreCode"] = "48",
                ["Jeton"] = PagesAdmin.Valeur(await client.PageAsync(url), "Jeton")!,
            }
        );

        var liste = await client.PageAsync(
            $"/admin/journal?entite=Organisation&entiteId={cible.OrganisationId}&action=Modification"
        );
        Assert.Contains("1 entrée(s)", PagesAdmin.Texte(liste));
        Assert.Contains(ddtm.Courriel, liste);
        Assert.Contains("Nom, SIREN", PagesAdmin.Texte(liste));
        var id = System.Text.RegularExpressions.Regex.Match(liste, "href=\"/admin/journal/(\\d+)\"").Groups[1].Value;

        var detail = PagesAdmin.Texte(await client.PageAsync($"/admin/journal/{id}"));
        Assert.Contains($"Nom {ancien} {nouveau}", detail);
        Assert.Contains("SIREN — 900000043", detail);
        Assert.DoesNotContain("Type", detail.Split("Champs modifiés")[1]);

        // Le bailleur modifié ne lit pas ce que la DDTM a écrit : seulement les écritures de sa propre organisation.
        using var bailleur = await app.ClientConnecteAsync(cible.Courriel, cible.MotDePasse);
        Assert.Contains("data-testid=\"liste-vide\"", await bailleur.PageAsync("/admin/journal"));
        using var refus = await bailleur.GetAsync($"/admin/journal/{id}");
        Assert.StartsWith("/acces-refuse", refus.Redirection());
    }

    [Fact]
    public async Task Le_journal_filtre_par_dates_et_s_exporte_en_csv()
    {
        var admin = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30028",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(admin.Courriel, admin.MotDePasse);
        var url = $"/admin/organisations/{admin.OrganisationId}";
        var nom = $"Commune renommée {Guid.NewGuid():N}";
        await client.PosterEtSuivreAsync(
            url,
            new()
            {
                ["Saisie.Nom"] = nom,
                ["Saisie.Siren"] = "",
                ["Jeton"] = PagesAdmin.Valeur(await client.PageAsync(url), "Jeton")!,
            }
        );

        var lignes = await client.CsvAsync("/admin/journal?handler=Csv&entite=Organisation");
        Assert.Equal(
            [
                "Date",
                "Auteur",
                "Organisation de l'auteur",
                "Action",
                "Objet",
                "Identifiant",
                "Champs modifiés",
                "Avant",
                "Après",
            ],
            lignes[0]
        );
        Assert.Contains(lignes.Skip(1), l =>
            l[1] == admin.Courriel && l[3] == "Modification" && l[5] == admin.OrganisationId.ToString()
        );

        var html = await client.PageAsync("/admin/journal?du=2000-01-01&au=2000-01-31");
        Assert.Contains("data-testid=\"liste-vide\"", html);
        var inverse = await client.PageAsync("/admin/journal?du=2030-01-31&au=2030-01-01");
        Assert.Contains(
            "La date de fin doit être postérieure ou égale à la date de début.",
            PagesAdmin.Erreurs(inverse)
        );
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class JournalAdminSqlite(SqliteFactory app) : JournalAdminTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class JournalAdminPostgres(PostgresFactory app) : JournalAdminTests(app);
