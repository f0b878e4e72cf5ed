using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>Groupes inter-réservataires : créés par l'EPCI pour un programme agréé de son territoire.</summary>
public abstract class GirTests(PilotisFactory app)
{
    private async Task<(HttpClient Epci, Operation Programme, int R1, int R2)> SceneAsync()
    {
        var epci = await OutilsAttribution.EpciAsync(app, "48", 1);
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        var programme = await app.CreerOperationTestAsync(
            bailleur.OrganisationId,
            "48",
            o =>
            {
                o.Statut = StatutOperation.Engagee;
                o.DateAgrement = new DateOnly(2026, 2, 1);
            },
            epci
        );
        var r1 = await app.ReservataireAsync();
        var r2 = await app.ReservataireAsync();
        var client = await app.ClientNouveauCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, epci, Role.Agent);
        return (client, programme, r1.OrganisationId, r2.OrganisationId);
    }

    private static Dictionary<string, string> Champs(int operation, string nom) =>
        new()
        {
            ["OperationId"] = operation.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Nom"] = nom,
        };

    [Fact]
    public async Task L_EPCI_cree_le_groupe_d_un_programme_de_son_territoire()
    {
        var (client, programme, r1, r2) = await SceneAsync();
        var champs = Champs(programme.Id, "GIR de test")
            .Select(kv => kv)
            .Append(new("Membres", r1.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("Membres", r2.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var reponse = await client.PosterFormulaireMultiAsync("/attribution/gir", champs, "");
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var groupe = await app.ExecuterAsync(db =>
            db.GroupesInterReservataires.Include(g => g.Membres).SingleAsync(g => g.OperationId == programme.Id)
        );
        Assert.Equal([r1, r2], groupe.Membres.Select(m => m.OrganisationId).Order());
        var fiche = await client.GetStringAsync($"/attribution/gir/{groupe.Id}");
        Assert.Contains(programme.Nom, fiche, StringComparison.Ordinal);
        var liste = await client.GetStringAsync("/attribution/gir");
        Assert.Contains("1 en ", liste, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Un_seul_membre_ou_un_nom_vide_sont_refuses_sans_rien_ecrire()
    {
        var (client, programme, r1, _) = await SceneAsync();
        var champs = Champs(programme.Id, " ")
            .Select(kv => kv)
            .Append(new("Membres", r1.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var reponse = await client.PosterFormulaireMultiAsync("/attribution/gir", champs, "");
        var html = await reponse.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Contains("Nommez le groupe.", html, StringComparison.Ordinal);
        Assert.Contains("au moins deux réservataires", html, StringComparison.Ordinal);
        Assert.False(
            await app.ExecuterAsync(db => db.GroupesInterReservataires.AnyAsync(g => g.OperationId == programme.Id))
        );
    }

    [Fact]
    public async Task Un_autre_EPCI_ne_peut_pas_creer_le_groupe_de_ce_programme()
    {
        var (_, programme, r1, r2) = await SceneAsync();
        var autreEpci = await OutilsAttribution.EpciAsync(app, "48", 2);
        using var autre = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Epci,
            NiveauPerimetre.Epci,
            autreEpci,
            Role.Agent
        );
        var champs = Champs(programme.Id, "GIR usurpé")
            .Select(kv => kv)
            .Append(new("Membres", r1.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Append(new("Membres", r2.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        using var reponse = await autre.PosterFormulaireMultiAsync("/attribution/gir", champs, "");
        Assert.Contains("Choisissez un programme agréé de votre territoire", await reponse.Content.ReadAsStringAsync());
        Assert.False(
            await app.ExecuterAsync(db => db.GroupesInterReservataires.AnyAsync(g => g.OperationId == programme.Id))
        );
        // Un bailleur lit les groupes mais n'en crée pas.
        using var bailleur = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "48",
            Role.Agent
        );
        var page = await bailleur.GetStringAsync("/attribution/gir");
        Assert.DoesNotContain("Créer le groupe", page, StringComparison.Ordinal);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class GirSqlite(SqliteFactory app) : GirTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class GirPostgres(PostgresFactory app) : GirTests(app);
