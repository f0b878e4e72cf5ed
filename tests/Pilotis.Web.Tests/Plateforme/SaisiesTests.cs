using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// Ticket 11, point 13 : un formulaire dit toutes ses erreurs au premier envoi, une saisie n'est citée qu'en extrait,
/// rien n'est coupé ni remplacé en silence, et une valeur illisible dans l'adresse d'une page est dite sur la page
/// (pas de 404 nu), en français, dates impossibles comprises.
/// </summary>
public abstract class SaisiesTests(PilotisFactory app)
{
    private const string Ddtm = "ddtm@demo.pilotis.fr";
    private const string Guichet = "commune@demo.pilotis.fr";

    private Task<int> AnneeCouranteAsync() =>
        app.AvecServicesAsync(s => Task.FromResult(s.GetRequiredService<TimeProvider>().GetLocalNow().Year));

    /// <summary>Un formulaire de demande vide : la première personne seule, tout le reste vide.</summary>
    private static Dictionary<string, string> DemandeVide() =>
        new()
        {
            ["NumeroUnique"] = "",
            ["DateDepot"] = "",
            ["Membres[0].Lien"] = "Demandeur",
            ["Membres[0].Age"] = "",
            ["RevenuFiscalReference"] = "",
            ["RessourcesMensuelles"] = "",
            ["SituationLogement"] = "Heberge",
            ["TypologiePrincipale"] = "",
        };

    [Fact]
    public async Task Un_formulaire_de_demande_vide_dit_toutes_ses_erreurs_au_premier_envoi()
    {
        using var client = await app.ClientConnecteAsync(Guichet);
        using var reponse = await client.PosterFormulaireAsync("/demandes/nouvelle", DemandeVide());
        var html = await reponse.TexteAsync();
        // Erreurs de lecture…
        Assert.Contains("Indiquez la date de dépôt de la demande.", html);
        Assert.Contains("Personne 1 : indiquez l'âge (en années).", html);
        Assert.Contains("Indiquez le revenu fiscal de référence", html);
        // … et, au même envoi, celles du domaine, qui n'arrivaient qu'une fois les premières corrigées.
        Assert.Contains("Le numéro unique est obligatoire.", html);
        Assert.Contains("Indiquez au moins une commune souhaitée.", html);
        Assert.Contains("Choisissez une typologie principale (T1 à T6 et plus).", html);
    }

    [Fact]
    public async Task Le_bareme_dit_les_plafonds_illisibles_et_negatifs_au_premier_envoi()
    {
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        const int annee = 2097;
        using var reponse = await ddtm.PosterFormulaireAsync(
            $"/demandes/plafonds/modifier?annee={annee}",
            new Dictionary<string, string>
            {
                ["Annee"] = annee.ToString(CultureInfo.InvariantCulture),
                ["Geographie"] = "paris",
                ["Produit"] = "PLAI",
                ["Categories[0]"] = "abc",
                ["Categories[1]"] = "-5",
                ["Categories[2]"] = "30 000",
                ["Categories[3]"] = "40 000",
                ["Categories[4]"] = "50 000",
                ["Categories[5]"] = "60 000",
                ["ParPersonne"] = "-3",
                ["Source"] = "Arrêté de test",
            }
        );
        var html = await reponse.TexteAsync();
        Assert.Contains("Catégorie 1 : indiquez un montant en euros.", html);
        Assert.Contains("Catégorie 2 : le plafond doit être un montant positif", html);
        Assert.Contains("Le montant par personne supplémentaire doit être positif", html);
        Assert.False(await app.ExecuterAsync(db => db.PlafondsRessources.AnyAsync(p => p.Annee == annee)));
    }

    [Fact]
    public async Task Le_calendrier_dit_les_mois_hors_bornes_et_la_date_impossible_au_premier_envoi()
    {
        using var client = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "11",
            Role.Agent
        );
        const string url = "/production/calendrier/modifier?annee=2033";
        using var reponse = await client.PosterFormulaireAsync(
            url,
            new Dictionary<string, string>
            {
                ["Libelle"] = "Période de test",
                ["MoisDebut"] = "13",
                ["MoisFin"] = "-1",
                ["DateLimite"] = "31/02/2033",
            }
        );
        var html = await reponse.TexteAsync();
        Assert.Contains("Les mois vont de 1 à 12.", html);
        Assert.Contains("Le 31/02/2033 n'existe pas.", html);
        Assert.False(await app.ExecuterAsync(db => db.EcheancesDepot.AnyAsync(e => e.Libelle == "Période de test")));
    }

    [Fact]
    public async Task Une_saisie_de_10_000_caracteres_n_est_citee_qu_en_extrait()
    {
        using var client = await app.ClientConnecteAsync(Guichet);
        var longue = new string('x', 10_000);
        var champs = DemandeVide();
        champs["RevenuFiscalReference"] = longue;
        champs["Communes[0]"] = longue;
        using var reponse = await client.PosterFormulaireAsync("/demandes/nouvelle", champs);
        var html = await reponse.TexteAsync();
        var extrait = new string('x', 40) + "…";
        Assert.Contains($"« {extrait} » n'est pas un montant en euros", html);
        Assert.Contains($"Commune souhaitée inconnue : « {extrait} »", html);
        // La saisie reste dans ses deux champs (rien n'est perdu), jamais dans les messages.
        Assert.Equal(2, html.Split(longue).Length - 1);
    }

    [Fact]
    public async Task Une_date_impossible_est_dite_en_francais()
    {
        using var client = await app.ClientConnecteAsync(Guichet);
        var champs = DemandeVide();
        champs["DateDepot"] = "31/02/2026";
        var html = await (await client.PosterFormulaireAsync("/demandes/nouvelle", champs)).TexteAsync();
        Assert.Contains("Le 31/02/2026 n'existe pas.", html);
    }

    [Fact]
    public async Task Des_lettres_dans_l_annee_du_lissage_sont_dites_et_l_annee_en_cours_affichee()
    {
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        var html = await (await ddtm.GetAsync("/production/lissage?annee=abc")).TexteAsync();
        Assert.Contains("« abc » n'est pas une année.", html);
        Assert.Contains($"Lissage des agréments {await AnneeCouranteAsync()}", html);
    }

    [Fact]
    public async Task Des_lettres_dans_l_annee_d_un_bareme_sont_refusees_sans_rien_enregistrer()
    {
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        var avant = await app.ExecuterAsync(db => db.PlafondsRessources.CountAsync());
        using var reponse = await ddtm.PosterFormulaireAsync(
            "/demandes/plafonds/modifier",
            new Dictionary<string, string>
            {
                ["Annee"] = "abc",
                ["Geographie"] = "paris",
                ["Produit"] = "PLUS",
                ["Categories[0]"] = "30 000",
                ["Categories[1]"] = "40 000",
                ["Categories[2]"] = "50 000",
                ["Categories[3]"] = "60 000",
                ["Categories[4]"] = "70 000",
                ["Categories[5]"] = "80 000",
                ["ParPersonne"] = "9 000",
                ["Source"] = "Arrêté de test",
            }
        );
        var html = await reponse.TexteAsync();
        Assert.Contains("« abc » n'est pas une année.", html);
        Assert.Equal(avant, await app.ExecuterAsync(db => db.PlafondsRessources.CountAsync()));
    }

    [Theory]
    [InlineData("/production/calendrier?annee=1800", "L'année 1800 n'est pas prise en charge")]
    [InlineData("/production/calendrier?annee=abc", "« abc » n'est pas une année.")]
    [InlineData("/production/calendrier?departement=ZZ", "Le département « ZZ » n'existe pas")]
    [InlineData("/demandes/quartiles?annee=99999", "L'année 99999 n'est pas prise en charge")]
    [InlineData("/programmation/objectifs?annee=1800", "L'année 1800 n'est pas prise en charge")]
    [InlineData("/programmation/objectifs?annee=2e3", "« 2e3 » n'est pas une année.")]
    [InlineData("/revues/rapport-cdhh?annee=1800", "L'année 1800 n'est pas prise en charge")]
    [InlineData("/revues/rapport-cdhh?departement=ZZ", "Le département « ZZ » n'existe pas")]
    [InlineData("/demandes/plafonds?annee=2001", "Aucun barème n'est publié pour 2001")]
    [InlineData("/demandes/plafonds?annee=abc", "« abc » n'est pas une année.")]
    [InlineData("/admin/journal?du=2026-02-31", "Le 31/02/2026 n'existe pas.")]
    [InlineData("/sru?annee=abc", "« abc » n'est pas une année.")]
    [InlineData("/sru/epci/243000643?annee=1800", "L'année 1800 n'est pas prise en charge")]
    [InlineData("/sru/communes/30189?annee=abc", "« abc » n'est pas une année.")]
    [InlineData("/sru/simulateur?annee=abc", "« abc » n'est pas une année.")]
    public async Task Une_valeur_refusee_dans_l_adresse_est_dite_sur_la_page(string url, string message)
    {
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        using var reponse = await ddtm.GetAsync(url);
        var html = await reponse.TexteAsync(HttpStatusCode.OK);
        Assert.Contains("data-testid=\"valeurs-refusees\"", html);
        Assert.Contains(message, html);
    }

    [Fact]
    public async Task Un_nom_d_organisation_trop_long_est_refuse_et_jamais_coupe()
    {
        using var ddtm = await app.ClientConnecteAsync(Ddtm);
        // Le navigateur coupait en silence un nom collé à 200 caractères (attribut maxlength) : plus de maxlength.
        var formulaire = await (await ddtm.GetAsync("/admin/organisations/nouvelle")).TexteAsync();
        var champNom = formulaire[formulaire.IndexOf("name=\"Saisie.Nom\"", StringComparison.Ordinal)..];
        Assert.DoesNotContain("maxlength", champNom[..champNom.IndexOf('>', StringComparison.Ordinal)]);

        var nom = "Organisation au nom trop long " + new string('n', 220);
        using var reponse = await ddtm.PosterFormulaireAsync(
            "/admin/organisations/nouvelle",
            new Dictionary<string, string>
            {
                ["Saisie.Nom"] = nom,
                ["Saisie.Type"] = "Bailleur",
                ["Saisie.Siren"] = "",
                ["Saisie.PerimetreNiveau"] = "Departement",
                ["Saisie.PerimetreCode"] = "30",
                ["Saisie.DepartementCode"] = "",
            }
        );
        Assert.Contains("Le nom ne doit pas dépasser 200 caractères.", await reponse.TexteAsync());
        Assert.False(
            await app.ExecuterAsync(db => db.Organisations.AnyAsync(o => o.Nom.StartsWith("Organisation au nom trop")))
        );
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class SaisiesSqlite(SqliteFactory app) : SaisiesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class SaisiesPostgres(PostgresFactory app) : SaisiesTests(app);
