using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pilotis.Data.Journal;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Journal;

/// <summary>Every write through the DbContext is audited: who, when, what, before and after.</summary>
public abstract class JournalTests(PilotisFactory app)
{
    private sealed record AuteurTest(string? UtilisateurId, string Nom, int? OrganisationId) : IAuteurCourant;

    [Fact]
    public async Task Modifier_une_organisation_journalise_avant_et_apres()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Financeur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        var quand = new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);
        var auteur = new AuteurTest("utilisateur-journal", "Testeur du journal", compte.OrganisationId);
        string ancienNom;
        var nouveauNom = $"Financeur renommé {Guid.NewGuid():N}";

        await using (var db = app.NouveauContexte(auteur, new FakeTimeProvider(quand)))
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == compte.OrganisationId);
            ancienNom = organisation.Nom;
            organisation.Nom = nouveauNom;
            await db.SaveChangesAsync();
        }

        var entree = await app.ExecuterAsync(db =>
            db.Journal.AsNoTracking()
                .SingleAsync(j =>
                    j.Entite == nameof(Organisation)
                    && j.EntiteId == compte.OrganisationId.ToString()
                    && j.Action == "Modification"
                )
        );
        Assert.Equal(quand, entree.Quand);
        Assert.Equal("Testeur du journal", entree.Auteur);
        Assert.Equal("utilisateur-journal", entree.UtilisateurId);
        Assert.Equal(compte.OrganisationId, entree.OrganisationId);
        using var avant = JsonDocument.Parse(entree.Avant!);
        using var apres = JsonDocument.Parse(entree.Apres!);
        Assert.Equal(ancienNom, avant.RootElement.GetProperty("Nom").GetString());
        Assert.Equal(nouveauNom, apres.RootElement.GetProperty("Nom").GetString());
        Assert.Equal(compte.OrganisationId, apres.RootElement.GetProperty("Id").GetInt32());
    }

    [Fact]
    public async Task La_creation_est_journalisee_avec_l_auteur_systeme()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Reservataire,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var entree = await app.ExecuterAsync(db =>
            db.Journal.AsNoTracking()
                .SingleAsync(j =>
                    j.Entite == nameof(Organisation)
                    && j.EntiteId == compte.OrganisationId.ToString()
                    && j.Action == "Création"
                )
        );
        Assert.Null(entree.Avant);
        Assert.Equal("système", entree.Auteur);
        using var apres = JsonDocument.Parse(entree.Apres!);
        Assert.Equal("Reservataire", ((TypeOrganisation)apres.RootElement.GetProperty("Type").GetInt32()).ToString());
    }

    [Fact]
    public async Task Le_journal_d_un_compte_ne_contient_ni_mot_de_passe_ni_jeton_de_securite()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30028",
            Role.Lecteur
        );
        var entrees = await app.ExecuterAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == compte.Courriel).Select(u => u.Id).SingleAsync();
            return await db
                .Journal.AsNoTracking()
                .Where(j => j.Entite == "Utilisateur" && j.EntiteId == id)
                .ToListAsync();
        });
        Assert.NotEmpty(entrees);
        Assert.All(entrees, e =>
        {
            Assert.Contains(compte.Courriel, e.Apres ?? e.Avant);
            Assert.DoesNotContain("PasswordHash", e.Apres ?? "");
            Assert.DoesNotContain("SecurityStamp", e.Apres ?? "");
        });
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class JournalSqlite(SqliteFactory app) : JournalTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class JournalPostgres(PostgresFactory app) : JournalTests(app);
