using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Les candidats d'un logement (éligibles, classés, marqués) et leur désignation par le titulaire de l'orientation
/// (CCH R441-3 : au moins trois, sauf exception nommée ; jamais un ménage inéligible).
/// </summary>
public abstract class DesignationCandidatsTests(PilotisFactory app)
{
    private sealed record Scene(
        HttpClient Client,
        LogementAAttribuer AAttribuer,
        List<DemandeLogement> Eligibles,
        List<DemandeLogement> Ineligibles
    );

    /// <summary>Un T3 PLUS de 65 m² orienté vers son bailleur ; quatre demandes éligibles et trois qui ne le sont
    /// pas.</summary>
    private async Task<Scene> SceneAsync()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        var commune = await OutilsAAttribuer.CommuneAsync(app);
        var logement = await app.LogementAsync(compte.OrganisationId, commune);
        var a = await app.OrienteAsync(logement);
        var eligibles = new List<DemandeLogement>();
        for (var i = 0; i < 4; i++)
            eligibles.Add(await app.CandidatAsync(commune, d => d.Dalo = i == 0));
        var ineligibles = new List<DemandeLogement>
        {
            // Au-dessus des plafonds du PLUS (éligible au seul PLS).
            await app.CandidatAsync(commune, d => d.ProduitsEligibles = ProduitsEligibles.Pls),
            // Ne souhaite pas de T3.
            await app.CandidatAsync(commune, d => d.TypologiesSouhaitees = Typologies.T2),
            // Une personne seule dans un T3 : sous-occupation (CCH L621-2).
            await app.CandidatAsync(commune, d =>
                d.Membres = [new MembreMenage(LienMembre.Demandeur, 40, false, false)]
            ),
        };
        var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        return new Scene(client, a, eligibles, ineligibles);
    }

    private static Task<HttpResponseMessage> DesignerAsync(
        HttpClient client,
        int id,
        IEnumerable<long> demandes,
        string exception = ""
    )
    {
        var champs = demandes
            .Select(d => new KeyValuePair<string, string>(
                "Demandes",
                d.ToString(System.Globalization.CultureInfo.InvariantCulture)
            ))
            .Append(new("Exception", exception));
        return client.PosterFormulaireMultiAsync($"/attribution/a-attribuer/{id}", champs, "Designer");
    }

    [Fact]
    public async Task Seuls_les_menages_eligibles_sont_proposes_avec_leurs_marques()
    {
        var s = await SceneAsync();
        var html = await s.Client.GetStringAsync($"/attribution/a-attribuer/{s.AAttribuer.Id}");
        Assert.All(s.Eligibles, d => Assert.Contains(d.NumeroUnique, html, StringComparison.Ordinal));
        Assert.All(s.Ineligibles, d => Assert.DoesNotContain(d.NumeroUnique, html, StringComparison.Ordinal));
        Assert.Contains(">DALO</span>", html, StringComparison.Ordinal);
        Assert.Contains("de 2 à 7 personne(s)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deux_candidats_sans_exception_sont_refuses_sans_rien_ecrire()
    {
        var s = await SceneAsync();
        using var reponse = await DesignerAsync(s.Client, s.AAttribuer.Id, s.Eligibles.Take(2).Select(d => d.Id));
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains("au moins 3 candidats (CCH R441-3)", html, StringComparison.Ordinal);
        Assert.Equal(0, await app.DesignationsAsync(s.AAttribuer.Id));
        // L'insuffisance ne peut pas être invoquée : le registre en compte quatre.
        using var insuffisance = await DesignerAsync(
            s.Client,
            s.AAttribuer.Id,
            s.Eligibles.Take(2).Select(d => d.Id),
            "CandidatsInsuffisants"
        );
        Assert.Contains("ne peut pas être invoquée", await insuffisance.Content.ReadAsStringAsync());
        Assert.Equal(0, await app.DesignationsAsync(s.AAttribuer.Id));
    }

    [Fact]
    public async Task Un_menage_ineligible_ne_peut_pas_etre_designe()
    {
        var s = await SceneAsync();
        var choisis = s.Eligibles.Take(3).Select(d => d.Id).Append(s.Ineligibles[0].Id);
        using var reponse = await DesignerAsync(s.Client, s.AAttribuer.Id, choisis);
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.Contains("ne peuvent pas être désignées", html, StringComparison.Ordinal);
        Assert.Contains(s.Ineligibles[0].NumeroUnique, html, StringComparison.Ordinal);
        Assert.Equal(0, await app.DesignationsAsync(s.AAttribuer.Id));
    }

    [Fact]
    public async Task Trois_candidats_designes_dans_l_ordre_de_la_cotation()
    {
        var s = await SceneAsync();
        using var reponse = await DesignerAsync(s.Client, s.AAttribuer.Id, s.Eligibles.Take(3).Select(d => d.Id));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var (etape, designes) = await app.ExecuterAsync(async db =>
        {
            var a = await db.LogementsAAttribuer.SingleAsync(x => x.Id == s.AAttribuer.Id);
            var d = await db
                .Designations.Where(x => x.LogementAAttribuerId == a.Id)
                .OrderBy(x => x.Ordre)
                .ToListAsync();
            return (a.Etape, d);
        });
        Assert.Equal(EtapeAttribution.CandidatsDesignes, etape);
        Assert.Equal([1, 2, 3], designes.Select(d => d.Ordre));
        Assert.Equal(s.Eligibles.Take(3).Select(d => d.Id).Order(), designes.Select(d => d.DemandeId).Order());
        Assert.Single(designes, d => d.Dalo);
        var html = await s.Client.GetStringAsync($"/attribution/a-attribuer/{s.AAttribuer.Id}");
        Assert.Contains("data-testid=\"table-designes\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Le_reservataire_oriente_designe_et_un_autre_reservataire_non()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        var titulaire = await app.ReservataireAsync();
        var autre = await app.ReservataireAsync();
        var commune = await OutilsAAttribuer.CommuneAsync(app);
        var logement = await app.LogementAsync(bailleur.OrganisationId, commune);
        var a = await app.OrienteAsync(logement, titulaire.OrganisationId, Contingent.ActionLogement);
        var demandes = new List<long>();
        for (var i = 0; i < 3; i++)
            demandes.Add((await app.CandidatAsync(commune)).Id);

        using var clientAutre = await app.ClientConnecteAsync(autre.Courriel, autre.MotDePasse);
        var vu = await clientAutre.GetStringAsync($"/attribution/a-attribuer/{a.Id}");
        Assert.DoesNotContain("Désigner les candidats cochés", vu, StringComparison.Ordinal);
        using var clientTitulaire = await app.ClientConnecteAsync(titulaire.Courriel, titulaire.MotDePasse);
        using var refus = await DesignerAsync(clientAutre, a.Id, demandes);
        Assert.Equal("/acces-refuse", refus.Headers.Location?.AbsolutePath);
        using var ok = await DesignerAsync(clientTitulaire, a.Id, demandes);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(3, await app.DesignationsAsync(a.Id));
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class DesignationCandidatsSqlite(SqliteFactory app) : DesignationCandidatsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class DesignationCandidatsPostgres(PostgresFactory app) : DesignationCandidatsTests(app);
