using System.Net;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Web.Features.Demande;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;
using static Pilotis.Web.Tests.Demande.OutilsCotation;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// Un seul ordre de classement (OrdreClassement, ADR 0009) : le registre trié par score, le classement des candidats
/// d'un logement et la position donnée au demandeur sur /ma-demande rangent les mêmes demandes dans le même ordre,
/// ex aequo compris (même score et même dépôt : l'identifiant départage, pas le numéro unique).
/// </summary>
public abstract class OrdreClassementTests(PilotisFactory app)
{
    [Fact]
    public async Task Le_registre_le_classement_et_la_position_du_demandeur_s_accordent()
    {
        var (siren, commune, _) = await app.EpciLibreAsync();
        var attendu = await CreerDemandesAsync(commune);
        await app.PublierAsync(
            siren,
            [Critere(TypeCritere.Dalo, 100m), Critere(TypeCritere.AncienneteParMois, 1m, plafond: 60m)]
        );

        var classement = await app.ExecuterAsync(db =>
            RequetesDemande.ClasserPourLogementAsync(db, commune, Typologies.T3, ProduitsEligibles.Plus, 50)
        );
        Assert.Equal(attendu.Select(d => d.Id), classement.Select(c => c.Id));

        Assert.Equal(attendu.Select(d => d.NumeroUnique), await RegistreParScoreAsync(siren, attendu));

        for (var i = 0; i < attendu.Count; i++)
            Assert.Contains(
                $"{MaDemandeModel.Rang(i + 1)} sur {attendu.Count} demandes",
                await MaDemandeAsync(attendu[i])
            );
    }

    /// <summary>
    /// Quatre demandes du même premier choix, dans l'ordre attendu : la DALO, puis deux ex aequo (même score, même
    /// dépôt) dont la première enregistrée porte le numéro le plus grand, puis une plus récente.
    /// </summary>
    private async Task<List<DemandeLogement>> CreerDemandesAsync(string commune)
    {
        var aujourdhui = app.Aujourdhui();
        var depot = aujourdhui.AddMonths(-6);
        var dalo = await app.CreerDemandeAsync(commune, d =>
        {
            d.Dalo = true;
            d.DateDepot = aujourdhui.AddMonths(-2);
        });
        var premiereExAequo = await app.CreerDemandeAsync(commune, d =>
        {
            d.DateDepot = depot;
            d.NumeroUnique = $"{commune[..2]}-Z-{Guid.NewGuid():N}"[..30];
        });
        var secondeExAequo = await app.CreerDemandeAsync(commune, d =>
        {
            d.DateDepot = depot;
            d.NumeroUnique = $"{commune[..2]}-A-{Guid.NewGuid():N}"[..30];
        });
        var recente = await app.CreerDemandeAsync(commune, d => d.DateDepot = aujourdhui.AddMonths(-1));
        return [dalo, premiereExAequo, secondeExAequo, recente];
    }

    private async Task<List<string>> RegistreParScoreAsync(string siren, List<DemandeLogement> demandes)
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            demandes[0].DepartementCode,
            Role.Lecteur
        );
        using var ddtm = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        using var reponse = await ddtm.GetAsync($"/demandes?epci={siren}&tri=-score");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var html = Texte(await reponse.TexteAsync());
        return
        [
            .. demandes
                .Select(d =>
                    (
                        d.NumeroUnique,
                        Position: html.IndexOf($"data-numero=\"{d.NumeroUnique}\"", StringComparison.Ordinal)
                    )
                )
                .Where(x => x.Position >= 0)
                .OrderBy(x => x.Position)
                .Select(x => x.NumeroUnique),
        ];
    }

    private async Task<string> MaDemandeAsync(DemandeLogement d)
    {
        using var client = app.ClientAnonyme();
        var date = d.DateDepot.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var reponse = await client.PosterFormulaireAsync(
            "/ma-demande",
            new Dictionary<string, string> { ["NumeroUnique"] = d.NumeroUnique, ["DateDepot"] = date }
        );
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        return Texte(await reponse.TexteAsync());
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class OrdreClassementSqlite(SqliteFactory app) : OrdreClassementTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class OrdreClassementPostgres(PostgresFactory app) : OrdreClassementTests(app);
