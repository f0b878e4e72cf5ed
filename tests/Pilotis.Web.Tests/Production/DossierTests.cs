using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// Le dossier d'une opération : pièces versionnées contrôlées sur leur contenu, demandes de compléments de
/// l'instructeur
/// et réponses du bailleur, complétude calculée à la volée jusqu'à permettre de constater la complétude.
/// Département 48 : sa liste de dépôt (semée au premier usage) n'est modifiée par aucun test.
/// </summary>
public abstract class DossierTests(PilotisFactory app)
{
    private const string Departement = "48";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
    private static readonly byte[] Docx = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 8, 0];

    private static string Url(int id) => $"/operations/{id}/dossier";

    /// <summary>Dépose un fichier comme pièce du dossier, depuis la page du dossier.</summary>
    private static Task<HttpResponseMessage> DeposerAsync(
        HttpClient client,
        string url,
        string piece,
        string nomFichier,
        byte[] contenu
    ) =>
        client.PosterFichierAsync(
            url,
            new Dictionary<string, string> { ["Piece"] = piece },
            "Fichier",
            nomFichier,
            contenu,
            url + "?handler=deposer"
        );

    [Fact]
    public async Task Un_depot_de_la_meme_piece_cree_une_nouvelle_version_et_toutes_restent_telechargeables()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        var operation = await app.CreerOperationTestAsync(bailleur.OrganisationId, Departement);
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);

        var v1 = Encoding.ASCII.GetBytes("%PDF-1.4\nversion 1\n%%EOF\n");
        using (var r = await DeposerAsync(client, Url(operation.Id), "plan_situation", "plan v1.pdf", v1))
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        using (var r = await DeposerAsync(client, Url(operation.Id), "plan_situation", "plan v2.png", Png))
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        using (var r = await DeposerAsync(client, Url(operation.Id), "autre", "tableau.docx", Docx))
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }

        var documents = await app.ExecuterAsync(db =>
            db.DocumentsOperation.AsNoTracking()
                .Where(d => d.OperationId == operation.Id)
                .OrderBy(d => d.Id)
                .ToListAsync()
        );
        Assert.Equal(
            [("plan_situation", 1), ("plan_situation", 2), ("autre", 1)],
            documents.Select(d => (d.Piece, d.Version))
        );
        Assert.Equal(
            ["application/pdf", "image/png", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
            documents.Select(d => d.TypeContenu)
        );
        Assert.Equal(
            3,
            await app.ExecuterAsync(db =>
                db.EvenementsOperation.CountAsync(e =>
                    e.OperationId == operation.Id && e.Type == TypeEvenement.Document
                )
            )
        );

        var page = await (await client.GetAsync(Url(operation.Id))).PageAsync();
        Assert.Contains("v1 — plan v1.pdf", page);
        Assert.Contains("v2 — plan v2.png", page);
        using (var telechargement = await client.GetAsync($"{Url(operation.Id)}/documents/{documents[0].Id}"))
        {
            Assert.Equal(HttpStatusCode.OK, telechargement.StatusCode);
            Assert.Equal("application/pdf", telechargement.Content.Headers.ContentType?.MediaType);
            Assert.Equal(v1, await telechargement.Content.ReadAsByteArrayAsync());
        }

        await LaDdtmTelechargeEtUnAutreBailleurNonAsync(operation.Id, documents[1].Id, documents[0].Id);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/operations/999999999/dossier")).StatusCode);
    }

    /// <summary>La DDTM du département lit et télécharge ; un autre bailleur n'y a pas accès.</summary>
    private async Task LaDdtmTelechargeEtUnAutreBailleurNonAsync(int operationId, int documentPng, int documentPdf)
    {
        using var instructeur = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        using (var r = await instructeur.GetAsync($"{Url(operationId)}/documents/{documentPng}"))
        {
            Assert.Equal(Png, await r.Content.ReadAsByteArrayAsync());
        }
        using var etranger = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        DonneesProduction.AssertRefuse(await etranger.GetAsync(Url(operationId)));
        DonneesProduction.AssertRefuse(await etranger.GetAsync($"{Url(operationId)}/documents/{documentPdf}"));
    }

    [Theory]
    [InlineData(
        "faux.pdf",
        "texte brut",
        "La pièce doit être un fichier PDF, JPEG, PNG, XLSX, DOCX, ODT ou ODS (contenu non reconnu)."
    )]
    [InlineData(
        "archive.zip",
        "PK\u0003\u0004zip",
        "La pièce doit être un fichier PDF, JPEG, PNG, XLSX, DOCX, ODT ou ODS."
    )]
    [InlineData(
        "image.pdf",
        "\u00ff\u00d8\u00ffjpeg",
        "Le nom du fichier ne correspond pas à son contenu (JPG) : attendu .jpg ou .jpeg."
    )]
    public async Task Un_fichier_dont_le_contenu_n_est_pas_accepte_est_refuse_sans_rien_ecrire(
        string nom,
        string contenu,
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
        var octets = contenu.Select(c => (byte)c).ToArray();
        using var r = await DeposerAsync(client, Url(operation.Id), "plan_situation", nom, octets);
        var page = await r.PageAsync();
        Assert.Contains(message, page);
        Assert.Contains("Rien n'a été enregistré", page);
        Assert.Equal(
            0,
            await app.ExecuterAsync(db => db.DocumentsOperation.CountAsync(d => d.OperationId == operation.Id))
        );
    }

    [Fact]
    public async Task Une_piece_trop_lourde_ou_sans_piece_choisie_est_refusee()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        var operation = await app.CreerOperationTestAsync(bailleur.OrganisationId, Departement);
        using var client = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var lourd = new byte[LimitesDocuments.TailleMaximale + 1];
        "%PDF-"u8.CopyTo(lourd);
        var page = await (
            await DeposerAsync(client, Url(operation.Id), "plan_situation", "lourd.pdf", lourd)
        ).PageAsync();
        Assert.Contains("La pièce dépasse 10 Mo.", page);
        page = await (await DeposerAsync(client, Url(operation.Id), "inconnue", "a.pdf", OutilsSru.Pdf)).PageAsync();
        Assert.Contains("Choisissez la pièce déposée.", page);
        Assert.Equal(
            0,
            await app.ExecuterAsync(db => db.DocumentsOperation.CountAsync(d => d.OperationId == operation.Id))
        );
    }

    [Fact]
    public async Task Demande_de_complement_puis_reponse_du_bailleur_ferment_la_demande_et_la_completude_se_constate()
    {
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        var operation = await app.CreerOperationTestAsync(bailleur.OrganisationId, Departement);
        using var clientBailleur = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        var ddtm = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            Departement,
            Role.Agent
        );
        using var clientDdtm = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var url = Url(operation.Id);

        var demande = await DemanderLaPromesseDeVenteAsync(clientBailleur, clientDdtm, url, operation.Id);
        var jeton = await RepondreAvecLaPromesseAsync(clientBailleur, url, operation.Id, demande.Id);
        await VerifierDemandeCloseAsync(clientBailleur, url, operation.Id, demande.Id, jeton);

        var apres = await (await clientDdtm.GetAsync(url)).PageAsync();
        Assert.Contains("data-testid=\"taux\">100 %", apres);
        Assert.Contains("data-testid=\"demandes-closes\"", apres);
        Assert.Null(await ConstaterAsync(operation.Id));
    }

    /// <summary>
    /// Le bailleur dépose trois des quatre pièces ; la DDTM demande la promesse de vente (un message vide est refusé,
    /// le bailleur ne peut pas demander) ; la complétude ne peut pas encore être constatée.
    /// </summary>
    private async Task<DemandeComplement> DemanderLaPromesseDeVenteAsync(
        HttpClient clientBailleur,
        HttpClient clientDdtm,
        string url,
        int operationId
    )
    {
        // Le bailleur dépose trois des quatre pièces exigées pour du neuf.
        foreach (var piece in new[] { "plan_situation", "bilan_previsionnel", "permis_construire" })
        {
            using var r = await DeposerAsync(clientBailleur, url, piece, piece + ".pdf", OutilsSru.Pdf);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        var avant = await (await clientDdtm.GetAsync(url)).PageAsync();
        Assert.True(
            avant.Contains("data-testid=\"taux\">92 %", StringComparison.Ordinal),
            avant[avant.IndexOf("data-testid=\"taux\"", StringComparison.Ordinal)..][..3000]
        ); // 12 éléments obligatoires sur 13
        Assert.DoesNotContain("form-repondre", avant);

        // Un message vide est refusé ; le bailleur ne peut pas demander de compléments.
        var vide = await (
            await clientDdtm.PosterFormulaireAsync(
                url,
                new Dictionary<string, string> { ["Message"] = "  " },
                url + "?handler=demander"
            )
        ).PageAsync();
        Assert.Contains("Écrivez le message au bailleur", vide);
        DonneesProduction.AssertRefuse(
            await clientBailleur.PosterFormulaireAsync(
                url,
                new Dictionary<string, string> { ["Message"] = "x" },
                url + "?handler=demander"
            )
        );
        Assert.Equal(
            0,
            await app.ExecuterAsync(db => db.DemandesComplement.CountAsync(d => d.OperationId == operationId))
        );

        using (
            var r = await clientDdtm.PosterFormulaireAsync(
                url,
                new Dictionary<string, string>
                {
                    ["Message"] = "Merci de joindre la promesse de vente signée.",
                    ["PiecesDemandees"] = "maitrise_fonciere",
                },
                url + "?handler=demander"
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        var demande = await app.ExecuterAsync(db =>
            db.DemandesComplement.AsNoTracking().SingleAsync(d => d.OperationId == operationId)
        );
        Assert.Equal("maitrise_fonciere", demande.Pieces);
        Assert.True(demande.Ouverte);

        // Constater la complétude est refusé : pièce manquante et demande ouverte.
        Assert.NotNull(await ConstaterAsync(operationId));
        return demande;
    }

    /// <summary>
    /// Le bailleur voit la demande, une réponse sans texte est refusée, puis il répond en joignant la pièce ; renvoie
    /// le jeton de la demande.
    /// </summary>
    private async Task<string> RepondreAvecLaPromesseAsync(
        HttpClient clientBailleur,
        string url,
        int operationId,
        int demandeId
    )
    {
        // Le bailleur voit la demande (dossier et page de programmation) et répond en joignant la pièce.
        var pageBailleur = await (await clientBailleur.GetAsync(url)).PageAsync();
        Assert.Contains("Merci de joindre la promesse de vente signée.", pageBailleur);
        Assert.Contains("data-testid=\"alerte-demandes\"", pageBailleur);
        Assert.Contains(
            "Merci de joindre la promesse",
            await (await clientBailleur.GetAsync("/programmation")).PageAsync()
        );
        Assert.Contains("1 demande(s) de pièces en attente", await (await clientBailleur.GetAsync("/")).PageAsync());
        var jeton = OutilsSru.ChampCache(pageBailleur, "form-repondre", "JetonDemande");
        var sansTexte = await (
            await clientBailleur.PosterFichierAsync(
                url,
                new Dictionary<string, string>
                {
                    ["DemandeId"] = demandeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["JetonDemande"] = jeton,
                    ["Reponse"] = "",
                    ["PieceReponse"] = "maitrise_fonciere",
                },
                "FichierReponse",
                "promesse.pdf",
                OutilsSru.Pdf,
                url + "?handler=repondre"
            )
        ).PageAsync();
        Assert.Contains("Écrivez votre réponse à l'instructeur.", sansTexte);
        Assert.Equal(
            3,
            await app.ExecuterAsync(db => db.DocumentsOperation.CountAsync(d => d.OperationId == operationId))
        );

        using (
            var r = await clientBailleur.PosterFichierAsync(
                url,
                new Dictionary<string, string>
                {
                    ["DemandeId"] = demandeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["JetonDemande"] = jeton,
                    ["Reponse"] = "Voici la promesse de vente.",
                    ["PieceReponse"] = "maitrise_fonciere",
                },
                "FichierReponse",
                "promesse.pdf",
                OutilsSru.Pdf,
                url + "?handler=repondre"
            )
        )
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        return jeton;
    }

    /// <summary>La demande est close avec la réponse et ses événements ; une seconde réponse ne passe pas.</summary>
    private async Task VerifierDemandeCloseAsync(
        HttpClient clientBailleur,
        string url,
        int operationId,
        int demandeId,
        string jeton
    )
    {
        var close = await app.ExecuterAsync(db =>
            db.DemandesComplement.AsNoTracking().SingleAsync(d => d.Id == demandeId)
        );
        Assert.False(close.Ouverte);
        Assert.Equal("Voici la promesse de vente.", close.Reponse);
        var types = await app.ExecuterAsync(db =>
            db.EvenementsOperation.Where(e => e.OperationId == operationId).Select(e => e.Type).ToListAsync()
        );
        Assert.Equal(4, types.Count(t => t == TypeEvenement.Document));
        Assert.Single(types, TypeEvenement.DemandeComplement);
        Assert.Single(types, TypeEvenement.ReponseComplement);

        // Une seconde réponse avec l'ancien jeton ne passe pas.
        var deuxieme = await (
            await clientBailleur.PosterFichierAsync(
                url,
                new Dictionary<string, string>
                {
                    ["DemandeId"] = demandeId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["JetonDemande"] = jeton,
                    ["Reponse"] = "encore",
                },
                "FichierReponse",
                "vide.pdf",
                [],
                url + "?handler=repondre"
            )
        ).PageAsync();
        Assert.Contains("Cette demande a déjà reçu une réponse.", deuxieme);
    }

    /// <summary>
    /// Applique « constater la complétude » comme l'instructeur ; renvoie l'erreur éventuelle (l'opération n'est pas
    /// enregistrée).
    /// </summary>
    private Task<string?> ConstaterAsync(int id) =>
        app.ExecuterAsync(async db =>
        {
            var o = await db.Operations.Include(x => x.Lots).Include(x => x.Financements).SingleAsync(x => x.Id == id);
            var aujourdhui = DateOnly.FromDateTime(DateTime.UtcNow);
            var contexte = await RequetesProduction.ContexteTransitionAsync(db, o, aujourdhui);
            return TransitionsOperation
                .Appliquer(
                    o,
                    new DemandeTransitionOperation(
                        ActionOperation.ConstaterCompletude,
                        ActeurOperation.Instructeur,
                        aujourdhui
                    ),
                    contexte
                )
                .Erreur;
        });
}

[Collection(Fournisseurs.Sqlite)]
public sealed class DossierSqlite(SqliteFactory app) : DossierTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class DossierPostgres(PostgresFactory app) : DossierTests(app);
