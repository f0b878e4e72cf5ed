using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Attribution.OutilsFlux;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// Orientation des logements libérés (CCH L441-1, R441-5 ; décret n° 2020-145) : proposition expliquée sur la page du
/// bailleur, acceptation, dérogation motivée (sans motif : refus, rien d'écrit), orientation d'une année en une passe.
/// </summary>
public abstract class OrientationFluxTests(PilotisFactory app)
{
    [Fact]
    public async Task La_proposition_est_expliquee_puis_acceptee()
    {
        var bailleur = await CompteAsync(app, TypeOrganisation.Bailleur);
        var al = await CompteAsync(app, TypeOrganisation.Reservataire);
        await ConventionAsync(app, bailleur.OrganisationId, al.OrganisationId, Contingent.ActionLogement, 60m);
        var id = await LogementLibereAsync(app, bailleur.OrganisationId, new DateOnly(2026, 3, 1));
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/flux/orientation?annee=2026"));
        Assert.Contains($"data-id=\"{id}\"", page, StringComparison.Ordinal);
        Assert.Contains(
            "(écart 0,6 logement sur 1 logements du flux de l'année, ce logement compris)",
            page,
            StringComparison.Ordinal
        );

        var reponse = await client.PosterFormulaireAsync(
            "/flux/orientation?annee=2026",
            new Dictionary<string, string> { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "/flux/orientation?handler=Accepter&annee=2026"
        );
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var l = await LireAsync(app, id);
        Assert.Equal(EtapeAttribution.Oriente, l.Etape);
        Assert.Equal(al.OrganisationId, l.ReservataireId);
        Assert.Equal(al.OrganisationId, l.ReservataireProposeId);
        Assert.Equal(Contingent.ActionLogement, l.Contingent);
        Assert.NotNull(l.OrienteLe);
        Assert.StartsWith("Proposé à Organisation de test", l.ExplicationOrientation, StringComparison.Ordinal);
        Assert.Null(l.MotifDerogation);
    }

    [Fact]
    public async Task S_ecarter_de_la_proposition_exige_un_motif()
    {
        var bailleur = await CompteAsync(app, TypeOrganisation.Bailleur);
        var al = await CompteAsync(app, TypeOrganisation.Reservataire);
        await ConventionAsync(app, bailleur.OrganisationId, al.OrganisationId, Contingent.ActionLogement, 60m);
        var id = await LogementLibereAsync(app, bailleur.OrganisationId, new DateOnly(2026, 4, 1));
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var champs = new Dictionary<string, string>
        {
            ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["titulaire"] = "0|Bailleur",
            ["motif"] = "  ",
        };
        var refus = await client.PosterFormulaireAsync(
            "/flux/orientation?annee=2026",
            champs,
            "/flux/orientation?handler=Deroger&annee=2026"
        );
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refus.StatusCode);
        Assert.Contains("il est obligatoire", WebUtility.HtmlDecode(await refus.Content.ReadAsStringAsync()));
        Assert.Equal(EtapeAttribution.Declare, (await LireAsync(app, id)).Etape);

        champs["motif"] = "Mutation de fait demandée par la commission";
        var ok = await client.PosterFormulaireAsync(
            "/flux/orientation?annee=2026",
            champs,
            "/flux/orientation?handler=Deroger&annee=2026"
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var l = await LireAsync(app, id);
        Assert.Equal(
            (EtapeAttribution.Oriente, (int?)null, Contingent.Bailleur),
            (l.Etape, l.ReservataireId, l.Contingent)
        );
        Assert.Equal(al.OrganisationId, l.ReservataireProposeId);
        Assert.Equal("Mutation de fait demandée par la commission", l.MotifDerogation);
    }

    [Fact]
    public async Task Un_reservataire_n_oriente_pas()
    {
        var reservataire = await CompteAsync(app, TypeOrganisation.Reservataire);
        using var client = await app.ClientConnecteAsync(reservataire.Courriel, reservataire.MotDePasse);
        await RefuseAsync(client, "/flux/orientation?annee=2026");
    }

    [Fact]
    public async Task L_annee_est_orientee_en_une_passe()
    {
        var bailleur = await CompteAsync(app, TypeOrganisation.Bailleur);
        var prefet = await CompteAsync(app, TypeOrganisation.Reservataire);
        var al = await CompteAsync(app, TypeOrganisation.Reservataire);
        var defense = await CompteAsync(app, TypeOrganisation.Reservataire);
        var b = bailleur.OrganisationId;
        await ConventionAsync(app, b, prefet.OrganisationId, Contingent.Prefet, 30m);
        await ConventionAsync(app, b, al.OrganisationId, Contingent.ActionLogement, 20m);
        var ids = new List<int>();
        for (var i = 0; i < 10; i++)
            ids.Add(await LogementLibereAsync(app, b, new DateOnly(2026, 1, 10 + i)));
        var exclu = await LogementLibereAsync(
            app,
            b,
            new DateOnly(2026, 1, 5),
            exclusion: MotifExclusionFlux.MutationInterne
        );
        var stock = await LogementLibereAsync(
            app,
            b,
            new DateOnly(2026, 1, 6),
            reservation: ReservationNonConvertie.DefenseSecuriteInterieure,
            reservataireStock: defense.OrganisationId
        );
        // Un logement d'une autre année n'est pas orienté.
        var autreAnnee = await LogementLibereAsync(app, b, new DateOnly(2027, 1, 1));

        var orientes = await app.ExecuterAsync(db => OrientationFlux.OrienterAnneeAsync(db, b, 2026));
        Assert.Equal(12, orientes);
        var resultat = await app.ExecuterAsync(db =>
            db.LogementsAAttribuer.AsNoTracking()
                .Where(l => ids.Contains(l.Id))
                .OrderBy(l => l.DateDisponibilite)
                .ToListAsync()
        );
        var suite = string.Join(
            ',',
            resultat.Select(l =>
                l.ReservataireId == prefet.OrganisationId ? "P"
                : l.ReservataireId == al.OrganisationId ? "A"
                : "B"
            )
        );
        // Même suite que la table du domaine (OrientationTests) : 3 préfet, 2 Action Logement, 5 bailleur.
        Assert.Equal("B,P,A,B,P,B,B,A,P,B", suite);
        Assert.All(resultat, l => Assert.Equal(EtapeAttribution.Oriente, l.Etape));
        var e = await LireAsync(app, exclu);
        Assert.Equal(
            (EtapeAttribution.Oriente, (int?)null, Contingent.Bailleur),
            (e.Etape, e.ReservataireId, e.Contingent)
        );
        var s = await LireAsync(app, stock);
        Assert.Equal((defense.OrganisationId, Contingent.Prefet), (s.ReservataireId!.Value, s.Contingent!.Value));
        Assert.Equal(EtapeAttribution.Declare, (await LireAsync(app, autreAnnee)).Etape);
        // Une seconde passe ne trouve plus rien à orienter.
        Assert.Equal(0, await app.ExecuterAsync(db => OrientationFlux.OrienterAnneeAsync(db, b, 2026)));
    }

    private static async Task RefuseAsync(HttpClient client, string adresse)
    {
        using var reponse = await client.GetAsync(adresse);
        Assert.Equal("/acces-refuse", reponse.Headers.Location?.AbsolutePath);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class OrientationFluxSqlite(SqliteFactory app) : OrientationFluxTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class OrientationFluxPostgres(PostgresFactory app) : OrientationFluxTests(app);
