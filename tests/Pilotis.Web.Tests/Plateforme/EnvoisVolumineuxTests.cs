using System.Net;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Production;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Plateforme;

/// <summary>
/// Uploads over the limit (issue 11, item 6: an 11 MB piece answered 500): a piece a little too heavy gets the page's
/// French message, a much heavier body the French 413 page; nothing is stored either way.
/// </summary>
public abstract class EnvoisVolumineuxTests(PilotisFactory app)
{
    private const string Departement = "48";

    [Theory]
    [InlineData(11, HttpStatusCode.OK, "La pièce dépasse 10 Mo.")]
    [InlineData(45, HttpStatusCode.RequestEntityTooLarge, "Envoi trop volumineux")]
    public async Task Une_piece_trop_lourde_recoit_un_message_en_francais_et_rien_n_est_depose(
        int megaoctets,
        HttpStatusCode attendu,
        string message
    )
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        var operation = await app.CreerOperationTestAsync(bailleur.OrganisationId, Departement);
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var lourd = new byte[megaoctets * 1024 * 1024];
        "%PDF-"u8.CopyTo(lourd);
        var adresse = $"/operations/{operation.Id}/dossier";
        using var reponse = await client.PosterFichierAsync(
            adresse,
            new Dictionary<string, string> { ["Piece"] = "plan_situation" },
            "Fichier",
            "lourd.pdf",
            lourd,
            adresse + "?handler=deposer"
        );
        Assert.Equal(attendu, reponse.StatusCode);
        Assert.Contains(message, await reponse.Content.ReadAsStringAsync());
        var pieces = await app.ExecuterAsync(db =>
            Task.FromResult(db.DocumentsOperation.Count(p => p.OperationId == operation.Id))
        );
        Assert.Equal(0, pieces);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class EnvoisVolumineuxSqlite(SqliteFactory app) : EnvoisVolumineuxTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class EnvoisVolumineuxPostgres(PostgresFactory app) : EnvoisVolumineuxTests(app);
