using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Annuaire;

/// <summary>
/// /admin/utilisateurs et /invitation : portée, invitation sans courriel, mot de passe, désactivation, déverrouillage.
/// </summary>
public abstract class UtilisateursAdminTests(PilotisFactory app)
{
    private Task<string> IdAsync(string courriel) =>
        app.ExecuterAsync(db => db.Users.Where(u => u.Email == courriel).Select(u => u.Id).SingleAsync());

    private async Task<HttpStatusCode> ConnexionAsync(string courriel, string motDePasse)
    {
        using var client = app.ClientAnonyme();
        using var reponse = await client.PostAsJsonAsync("/api/v1/session", new { courriel, motDePasse });
        return reponse.StatusCode;
    }

    /// <summary>Invite une personne (par l'administrateur donné) et renvoie le lien d'invitation, relatif.</summary>
    private static async Task<string> InviterAsync(HttpClient admin, string courriel, int organisationId, string role)
    {
        using var reponse = await admin.PosterFormulaireAsync(
            "/admin/utilisateurs/inviter",
            new Dictionary<string, string>()
            {
                ["Courriel"] = courriel,
                ["NomComplet"] = "Personne Invitée",
                ["organisation"] = organisationId.ToString(),
                ["Role"] = role,
            }
        );
        var html = await reponse.HtmlAsync();
        Assert.Contains("data-testid=\"compte-cree\"", html);
        Assert.Contains("Pilotis n'envoie pas de courriel", PagesAdmin.Texte(html));
        var lien = new Uri(PagesAdmin.ValeurTestId(html, "lien-invitation")!);
        Assert.Equal("/invitation", lien.AbsolutePath);
        return lien.PathAndQuery;
    }

    private static Dictionary<string, string> MotDePasse(string lien, string motDePasse, string? confirmation = null)
    {
        var requete = System.Web.HttpUtility.ParseQueryString(new Uri(new Uri("http://localhost"), lien).Query);
        return new()
        {
            ["courriel"] = requete["courriel"]!,
            ["jeton"] = requete["jeton"]!,
            ["MotDePasse"] = motDePasse,
            ["Confirmation"] = confirmation ?? motDePasse,
        };
    }

    [Fact]
    public async Task Invitation_puis_choix_du_mot_de_passe_puis_connexion()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "48",
            Role.Administrateur
        );
        var commune = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "48095",
            Role.Lecteur
        );
        using var admin = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var courriel = $"invite-{Guid.NewGuid():N}@tests.pilotis.fr";

        var lien = await InviterAsync(admin, courriel, commune.OrganisationId, "agent");
        Assert.Contains("jeton=", lien);
        var compte = await app.ExecuterAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == courriel));
        Assert.Null(compte.PasswordHash);
        Assert.NotNull(compte.InviteLe);
        Assert.Equal(commune.OrganisationId, compte.OrganisationId);
        Assert.Equal(HttpStatusCode.Unauthorized, await ConnexionAsync(courriel, "N'importe-quoi-2026"));

        using var invite = app.ClientAnonyme();
        Assert.Contains("Personne Invitée", PagesAdmin.Texte(await invite.PageAsync(lien)));
        using var faible = await invite.PosterFormulaireAsync(lien, MotDePasse(lien, "court", "autre"));
        var erreurs = PagesAdmin.Erreurs(await faible.HtmlAsync());
        Assert.Contains("Le mot de passe doit comporter au moins 12 caractères.", erreurs);
        Assert.Contains("Le mot de passe doit comporter au moins une majuscule.", erreurs);
        Assert.Contains("Le mot de passe doit comporter au moins un chiffre.", erreurs);
        Assert.Contains("Les deux mots de passe ne sont pas identiques.", erreurs);

        const string choisi = "Mon-Mot-De-Passe-2026";
        using var enregistre = await invite.PosterFormulaireAsync(lien, MotDePasse(lien, choisi));
        Assert.Contains("data-testid=\"mot-de-passe-enregistre\"", await enregistre.HtmlAsync());

        using var connecte = await app.ClientConnecteAsync(courriel, choisi);
        var moi = await (await connecte.GetAsync("/api/v1/moi")).JsonAsync();
        Assert.Equal(["agent"], moi.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(commune.OrganisationId, moi.GetProperty("organisation").GetProperty("id").GetInt32());

        // Le lien ne sert qu'une fois.
        Assert.Contains("data-testid=\"lien-invalide\"", await invite.PageAsync(lien));
    }

    [Fact]
    public async Task Un_lien_d_invitation_invalide_est_refuse_clairement()
    {
        using var client = app.ClientAnonyme();
        var html = await client.PageAsync("/invitation?courriel=ddtm%40demo.pilotis.fr&jeton=faux-jeton");
        Assert.Contains("data-testid=\"lien-invalide\"", html);
        Assert.Contains("n'est pas valide ou a expiré", PagesAdmin.Texte(html));
        Assert.DoesNotContain("name=\"MotDePasse\"", html);
    }

    [Fact]
    public async Task L_invitation_refuse_une_saisie_invalide_en_francais()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        var autre = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        using var admin = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);

        using var vide = await admin.PosterFormulaireAsync(
            "/admin/utilisateurs/inviter",
            new Dictionary<string, string>() { ["Courriel"] = "pas-un-courriel", ["NomComplet"] = "" }
        );
        var erreurs = PagesAdmin.Erreurs(await vide.HtmlAsync());
        Assert.Contains("Saisissez un courriel valide, par exemple nom@domaine.fr.", erreurs);
        Assert.Contains("Indiquez le prénom et le nom de la personne.", erreurs);
        Assert.Contains("Choisissez le rôle du compte.", erreurs);

        using var existant = await admin.PosterFormulaireAsync(
            "/admin/utilisateurs/inviter",
            new Dictionary<string, string>()
            {
                ["Courriel"] = "ddtm@demo.pilotis.fr",
                ["NomComplet"] = "Doublon",
                ["organisation"] = bailleur.OrganisationId.ToString(),
                ["Role"] = "lecteur",
            }
        );
        Assert.Contains(
            "Un compte existe déjà pour l'adresse « ddtm@demo.pilotis.fr ».",
            PagesAdmin.Erreurs(await existant.HtmlAsync())
        );

        var courriel = $"intrus-{Guid.NewGuid():N}@tests.pilotis.fr";
        using var horsPortee = await admin.PosterFormulaireAsync(
            "/admin/utilisateurs/inviter",
            new Dictionary<string, string>()
            {
                ["Courriel"] = courriel,
                ["NomComplet"] = "Intrus",
                ["organisation"] = autre.OrganisationId.ToString(),
                ["Role"] = "administrateur",
            }
        );
        Assert.Contains(
            "Choisissez une organisation active que vous administrez.",
            PagesAdmin.Erreurs(await horsPortee.HtmlAsync())
        );
        Assert.False(await app.ExecuterAsync(db => db.Users.AnyAsync(u => u.Email == courriel)));
    }

    [Fact]
    public async Task Un_bailleur_ne_voit_que_les_comptes_de_son_organisation()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        var autre = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);

        var lignes = await client.CsvAsync("/admin/utilisateurs?handler=Csv");
        Assert.Equal(2, lignes.Count);
        Assert.Equal(bailleur.Courriel, lignes[1][1]);
        Assert.Equal("Administrateur", lignes[1][3]);

        using var refus = await client.GetAsync($"/admin/utilisateurs/{await IdAsync(autre.Courriel)}");
        Assert.StartsWith("/acces-refuse", refus.Redirection());
    }

    [Fact]
    public async Task La_ddtm_filtre_les_comptes_de_son_departement_par_role()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "48",
            Role.Administrateur
        );
        var lecteur = await app.CreerCompteAsync(
            TypeOrganisation.Epci,
            NiveauPerimetre.Epci,
            "200069128",
            Role.Lecteur,
            departementCode: "48"
        );
        using var client = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);

        var html = await client.PageAsync($"/admin/utilisateurs?organisation={lecteur.OrganisationId}&role=lecteur");
        Assert.Contains(lecteur.Courriel, html);
        Assert.Contains("1 compte(s)", PagesAdmin.Texte(html));
        Assert.Contains(
            "data-testid=\"liste-vide\"",
            await client.PageAsync($"/admin/utilisateurs?organisation={lecteur.OrganisationId}&role=administrateur")
        );
        var lignes = await client.CsvAsync("/admin/utilisateurs?handler=Csv&role=lecteur");
        Assert.Contains(lignes, l => l[1] == lecteur.Courriel);
        Assert.All(lignes.Skip(1), l => Assert.Equal("Lecteur", l[3]));
    }

    [Fact]
    public async Task Desactiver_un_compte_bloque_la_connexion_et_renouvelle_son_jeton_de_securite()
    {
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "48",
            Role.Administrateur
        );
        var agent = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, "48095", Role.Agent);
        using var admin = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var id = await IdAsync(agent.Courriel);
        var url = $"/admin/utilisateurs/{id}";
        var tampon = await app.ExecuterAsync(db =>
            db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync()
        );

        var jeton = PagesAdmin.Valeur(await admin.PageAsync(url), "Jeton")!;
        Assert.Equal(
            url,
            await admin.PosterEtSuivreAsync(url, new() { ["Jeton"] = jeton }, $"{url}?handler=Desactiver")
        );
        Assert.Contains("Le compte est désactivé", PagesAdmin.Texte(await admin.PageAsync(url)));
        Assert.Equal(HttpStatusCode.Unauthorized, await ConnexionAsync(agent.Courriel, agent.MotDePasse));
        Assert.NotEqual(
            tampon,
            await app.ExecuterAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync())
        );

        jeton = PagesAdmin.Valeur(await admin.PageAsync(url), "Jeton")!;
        Assert.Equal(
            url,
            await admin.PosterEtSuivreAsync(url, new() { ["Jeton"] = jeton }, $"{url}?handler=Reactiver")
        );
        Assert.Equal(HttpStatusCode.NoContent, await ConnexionAsync(agent.Courriel, agent.MotDePasse));
    }

    [Fact]
    public async Task Changer_nom_et_role_puis_conflit_de_concurrence()
    {
        var admin = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(admin.Courriel, admin.MotDePasse);
        var courriel = $"collegue-{Guid.NewGuid():N}@tests.pilotis.fr";
        await InviterAsync(client, courriel, admin.OrganisationId, "lecteur");
        var url = $"/admin/utilisateurs/{await IdAsync(courriel)}";
        var jeton = PagesAdmin.Valeur(await client.PageAsync(url), "Jeton")!;

        Assert.Equal(
            url,
            await client.PosterEtSuivreAsync(
                url,
                new()
                {
                    ["NomComplet"] = "Collègue promue",
                    ["Role"] = "agent",
                    ["Jeton"] = jeton,
                }
            )
        );
        var html = await client.PageAsync(url);
        Assert.Equal("Collègue promue", PagesAdmin.Valeur(html, "NomComplet"));
        Assert.Contains("<option value=\"agent\" selected=\"selected\">", html);

        using var perime = await client.PosterFormulaireAsync(
            url,
            new Dictionary<string, string>()
            {
                ["NomComplet"] = "Écrasement",
                ["Role"] = "lecteur",
                ["Jeton"] = jeton,
            }
        );
        var conflit = await perime.HtmlAsync();
        Assert.Contains("Ce compte a été modifié entre-temps", PagesAdmin.Texte(conflit));
        Assert.Equal("Écrasement", PagesAdmin.Valeur(conflit, "NomComplet"));
        Assert.Equal(
            "Collègue promue",
            await app.ExecuterAsync(db =>
                db.Users.Where(u => u.Email == courriel).Select(u => u.NomComplet).SingleAsync()
            )
        );
    }

    [Fact]
    public async Task Un_administrateur_ne_peut_ni_se_desactiver_ni_se_retrograder()
    {
        var admin = await app.CreerCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            "30189",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(admin.Courriel, admin.MotDePasse);
        var url = $"/admin/utilisateurs/{await IdAsync(admin.Courriel)}";
        var html = await client.PageAsync(url);
        Assert.DoesNotContain("handler=Desactiver", html);
        var jeton = PagesAdmin.Valeur(html, "Jeton")!;

        using var retrograde = await client.PosterFormulaireAsync(
            url,
            new Dictionary<string, string>()
            {
                ["NomComplet"] = "Moi",
                ["Role"] = "agent",
                ["Jeton"] = jeton,
            }
        );
        Assert.Contains(
            "Vous ne pouvez pas réduire votre propre rôle : demandez-le à un autre administrateur.",
            PagesAdmin.Erreurs(await retrograde.HtmlAsync())
        );

        using var desactive = await client.PosterFormulaireAsync(
            url,
            new Dictionary<string, string>() { ["Jeton"] = jeton },
            $"{url}?handler=Desactiver"
        );
        Assert.Contains(
            "Vous ne pouvez pas désactiver votre propre compte",
            PagesAdmin.Texte(await desactive.HtmlAsync())
        );

        var moi = await (await client.GetAsync("/api/v1/moi")).JsonAsync();
        Assert.Equal(
            ["administrateur"],
            moi.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray()
        );
    }

    [Fact]
    public async Task Lever_le_ralentissement_d_un_compte_apres_des_echecs()
    {
        var admin = await app.CreerCompteAsync(
            TypeOrganisation.Financeur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(admin.Courriel, admin.MotDePasse);
        var courriel = $"distrait-{Guid.NewGuid():N}@tests.pilotis.fr";
        var lien = await InviterAsync(client, courriel, admin.OrganisationId, "agent");
        using (var invite = app.ClientAnonyme())
        {
            using var ok = await invite.PosterFormulaireAsync(lien, MotDePasse(lien, "Distrait-Mais-Fiable-1"));
            Assert.Contains("mot-de-passe-enregistre", await ok.HtmlAsync());
        }
        for (var i = 0; i < 5; i++)
            await ConnexionAsync(courriel, "Mauvais-Mot-De-Passe-1");
        Assert.Equal(HttpStatusCode.Unauthorized, await ConnexionAsync(courriel, "Distrait-Mais-Fiable-1"));

        var url = $"/admin/utilisateurs/{await IdAsync(courriel)}";
        var html = await client.PageAsync(url);
        Assert.Contains("Connexion ralentie", PagesAdmin.Texte(html));
        Assert.Contains("Connexion ralentie", PagesAdmin.Texte(await client.PageAsync("/admin/utilisateurs")));
        // Un nouveau lien s'affiche sans faux message d'erreur sur le formulaire du compte.
        using var nouveauLien = await client.PosterFormulaireAsync(
            url,
            new Dictionary<string, string>(),
            $"{url}?handler=Lien"
        );
        var avecLien = await nouveauLien.HtmlAsync();
        Assert.NotNull(PagesAdmin.ValeurTestId(avecLien, "lien-invitation"));
        Assert.Empty(PagesAdmin.Erreurs(avecLien));
        Assert.DoesNotContain("erreurs-formulaire", avecLien);
        Assert.Equal(url, await client.PosterEtSuivreAsync(url, [], $"{url}?handler=Deverrouiller"));
        Assert.Equal(HttpStatusCode.NoContent, await ConnexionAsync(courriel, "Distrait-Mais-Fiable-1"));
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class UtilisateursAdminSqlite(SqliteFactory app) : UtilisateursAdminTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class UtilisateursAdminPostgres(PostgresFactory app) : UtilisateursAdminTests(app);
