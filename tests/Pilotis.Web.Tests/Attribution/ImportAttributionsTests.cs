extern alias cli;

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Attribution.OutilsAttribution;
using CommandesImportAttributions = cli::Pilotis.Cli.CommandesImportAttributions;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// « pilotis import attributions FICHIER.csv » (ticket 12, contrat public ; docs/formats/attributions.md) : un bon
/// fichier écrit ses baux et satisfait la demande nommée, le réimporter ne change rien, chaque famille de ligne fausse
/// est nommée avec son numéro et rien n'est écrit, et l'en-tête a exactement les colonnes du format.
/// </summary>
public abstract class ImportAttributionsTests(PilotisFactory app)
{
    [Fact]
    public async Task Un_bon_fichier_par_la_commande_ecrit_les_baux_satisfait_la_demande_et_le_reimport_ne_change_rien()
    {
        var (siren, bailleurId) = await BailleurAsync(app);
        var demande = await DemandeActiveAsync(new DateOnly(2026, 1, 10));
        var n = "A" + Guid.NewGuid().ToString("N")[..8];
        var chemin = Path.Combine(Path.GetTempPath(), $"attributions-{n}.csv");
        await File.WriteAllBytesAsync(
            chemin,
            [
                .. new byte[] { 0xEF, 0xBB, 0xBF },
                .. Fichier(
                    $"{n}-1;{siren};30189;N;BAILLEUR;2026-03-02;8500,50;N;O;N;{demande}",
                    $"{n}-2;{siren};30189;O;PREFET;15/04/2026;12000.00;O;N;N;",
                    $"{n}-3;{siren};30007;N;action_logement;2026-05-20;20000;N;N;O;030INCONNU{n}"
                ),
            ]
        );
        try
        {
            var (code, sortie) = await CommandeAsync(chemin);
            Assert.Equal(0, code);
            Assert.Contains(
                "3 ligne(s) : 3 ajouté(s), 0 modifié(s), 0 inchangé(s) ; 1 demande(s) satisfaite(s).",
                sortie
            );
            var baux = await app.ExecuterAsync(db =>
                db.BauxSignes.Where(b => b.BailleurId == bailleurId).OrderBy(b => b.NumeroAttribution).ToListAsync()
            );
            Assert.Equal(3, baux.Count);
            Assert.Equal(8500.50m, baux[0].RessourcesAnnuellesParUc);
            Assert.True(baux[0].Prioritaire);
            Assert.Equal(Contingent.Prefet, baux[1].Contingent);
            Assert.Equal(new DateOnly(2026, 4, 15), baux[1].DateSignatureBail);
            Assert.True(baux[1].LogementEnQpv && baux[1].Dalo);
            Assert.Null(baux[1].NumeroUnique);
            Assert.Equal(Contingent.ActionLogement, baux[2].Contingent);
            Assert.True(baux[2].RelogementRenouvellementUrbain);
            var d = await app.ExecuterAsync(db =>
                db.Demandes.AsNoTracking().SingleAsync(x => x.NumeroUnique == demande)
            );
            Assert.Equal(StatutDemande.Satisfaite, d.Statut);
            Assert.Equal(MotifRadiation.Attribution, d.MotifRadiation);
            Assert.Equal(new DateOnly(2026, 3, 2), d.DateRadiation);
            Assert.Equal("30189", d.CommuneAttributionCode);

            var modifiesAvant = baux.Select(b => b.ModifieLe).ToList();
            var (code2, sortie2) = await CommandeAsync(chemin);
            Assert.Equal(0, code2);
            Assert.Contains(
                "3 ligne(s) : 0 ajouté(s), 0 modifié(s), 3 inchangé(s) ; 0 demande(s) satisfaite(s).",
                sortie2
            );
            var apres = await app.ExecuterAsync(db =>
                db.BauxSignes.Where(b => b.BailleurId == bailleurId).OrderBy(b => b.NumeroAttribution).ToListAsync()
            );
            Assert.Equal(modifiesAvant, apres.Select(b => b.ModifieLe).ToList());
        }
        finally
        {
            File.Delete(chemin);
        }
    }

    [Fact]
    public async Task Une_ligne_changee_est_mise_a_jour_par_son_numero()
    {
        var (siren, bailleurId) = await BailleurAsync(app);
        var n = "M" + Guid.NewGuid().ToString("N")[..8];
        Assert.True((await ImporterAsync(app, Fichier($"{n};{siren};30189;N;BAILLEUR;2026-03-02;8500;N;N;N;"))).Reussi);
        var bilan = await ImporterAsync(app, Fichier($"{n};{siren};30189;N;BAILLEUR;2026-03-02;9100;O;N;N;"));
        Assert.Equal((0, 1, 0), (bilan.Ajoutes, bilan.Modifies, bilan.Inchanges));
        var bail = await app.ExecuterAsync(db => db.BauxSignes.SingleAsync(b => b.BailleurId == bailleurId));
        Assert.Equal(9100m, bail.RessourcesAnnuellesParUc);
        Assert.True(bail.Dalo);
    }

    public static TheoryData<string, string> LignesFausses() =>
        new()
        {
            { "{n};000000000;30189;N;BAILLEUR;2026-03-02;8500;N;N;N;", "siren_bailleur : aucune organisation" },
            { "{n};{s};99999;N;BAILLEUR;2026-03-02;8500;N;N;N;", "code_commune : « 99999 » n'est pas une commune" },
            { "{n};{s};30189;X;BAILLEUR;2026-03-02;8500;N;N;N;", "logement_en_qpv : « X » au lieu de O ou N." },
            { "{n};{s};30189;N;ETAT;2026-03-02;8500;N;N;N;", "contingent : « ETAT » n'est pas un contingent connu" },
            { "{n};{s};30189;N;BAILLEUR;2026-02-31;8500;N;N;N;", "date_signature_bail : Le 31/02/2026 n'existe pas." },
            {
                "{n};{s};30189;N;BAILLEUR;2099-01-01;8500;N;N;N;",
                "date_signature_bail : le 01/01/2099 est dans le futur"
            },
            { "{n};{s};30189;N;BAILLEUR;2026-03-02;8 5OO;N;N;N;", "ressources_annuelles_par_uc : « 8 5OO »" },
            { "{n};{s};30189;N;BAILLEUR;2026-03-02;-1;N;N;N;", "ressources_annuelles_par_uc : « -1 »" },
            { "{n};{s};30189;N;BAILLEUR;2026-03-02;8500;oui;N;N;", "dalo : « oui » au lieu de O ou N." },
            { "{n};{s};30189;N;BAILLEUR;2026-03-02;8500;N;;N;", "prioritaire : valeur obligatoire (O ou N)." },
            { "{n};{s};30189;N;BAILLEUR;2026-03-02;8500;N;N;1;", "relogement_renouvellement_urbain : « 1 »" },
            { ";{s};30189;N;BAILLEUR;2026-03-02;8500;N;N;N;", "numero_attribution : valeur obligatoire." },
            { "{n};{s};30189;N;BAILLEUR;2026-03-02;8500;N;N;N", "champ(s) au lieu des" },
        };

    [Theory]
    [MemberData(nameof(LignesFausses))]
    public async Task Chaque_ligne_fausse_est_nommee_a_son_numero_et_rien_n_est_ecrit(string fausse, string message)
    {
        var (siren, bailleurId) = await BailleurAsync(app);
        var n = "F" + Guid.NewGuid().ToString("N")[..8];
        var bilan = await ImporterAsync(
            app,
            Fichier(
                $"{n}-1;{siren};30189;N;BAILLEUR;2026-03-02;8500;N;N;N;",
                fausse
                    .Replace("{n}", n + "-2", StringComparison.Ordinal)
                    .Replace("{s}", siren, StringComparison.Ordinal),
                $"{n}-3;{siren};30189;N;BAILLEUR;2026-03-02;8500;N;N;N;"
            )
        );
        var erreur = Assert.Single(bilan.Erreurs);
        Assert.Equal(3, erreur.Ligne);
        Assert.Contains(message, erreur.Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.ExecuterAsync(db => db.BauxSignes.CountAsync(b => b.BailleurId == bailleurId)));
    }

    [Fact]
    public async Task Toutes_les_lignes_fausses_sont_nommees_doublons_et_demande_radiee_compris()
    {
        var (siren, bailleurId) = await BailleurAsync(app);
        var demande = await DemandeActiveAsync(new DateOnly(2026, 2, 1));
        var n = "T" + Guid.NewGuid().ToString("N")[..8];
        var bilan = await ImporterAsync(
            app,
            Fichier(
                $"{n}-1;{siren};30189;N;BAILLEUR;2026-03-02;8500;N;N;N;",
                $"{n}-1;{siren};30189;N;BAILLEUR;2026-03-02;8500;N;N;N;",
                $"{n}-2;{siren};30189;Z;BAILLEUR;2026-03-02;8500;N;N;N;",
                $"{n}-3;{siren};30189;N;BAILLEUR;2026-01-15;8500;N;N;N;{demande}"
            )
        );
        Assert.Equal(new[] { 3, 4, 5 }, bilan.Erreurs.Select(e => e.Ligne).ToArray());
        Assert.Contains("Doublon : l'attribution", bilan.Erreurs[0].Message, StringComparison.Ordinal);
        Assert.Contains("ne peut pas précéder le dépôt", bilan.Erreurs[2].Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.ExecuterAsync(db => db.BauxSignes.CountAsync(b => b.BailleurId == bailleurId)));
        var statut = await app.ExecuterAsync(db =>
            db.Demandes.Where(d => d.NumeroUnique == demande).Select(d => d.Statut).SingleAsync()
        );
        Assert.Equal(StatutDemande.Active, statut);
    }

    /// <summary>La lecture CSV commune (ADR 0011) : encodage et classeur refusés à leur ligne, rien écrit.</summary>
    [Fact]
    public async Task Un_fichier_Windows_1252_ou_un_classeur_est_refuse_par_la_lecture_commune()
    {
        var (siren, bailleurId) = await BailleurAsync(app);
        var contenu = string.Join(
            "\r\n",
            Entete,
            $"A-1;{siren};30189;N;BAILLEUR;2026-03-02;8500;N;N;N;",
            $"Nîmes-2;{siren};30189;N;BAILLEUR;2026-03-02;8500;N;N;N;"
        );
        var windows1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
        var refus = Assert.Single((await ImporterAsync(app, windows1252.GetBytes(contenu))).Erreurs);
        Assert.Equal(3, refus.Ligne);
        Assert.Contains("Le fichier n'est pas encodé en UTF-8", refus.Message, StringComparison.Ordinal);

        var classeur = Assert.Single(
            (await ImporterAsync(app, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, .. "[Content_Types].xml"u8])).Erreurs
        );
        Assert.Equal(1, classeur.Ligne);
        Assert.Contains("classeur Excel .xlsx", classeur.Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.ExecuterAsync(db => db.BauxSignes.CountAsync(b => b.BailleurId == bailleurId)));
    }

    [Theory]
    [InlineData(";colonne_en_trop", "Colonnes inattendues dans l'en-tête : colonne_en_trop.")]
    [InlineData("-numero_unique", "Colonnes manquantes dans l'en-tête : numero_unique.")]
    public async Task L_en_tete_a_exactement_les_colonnes_du_format(string changement, string message)
    {
        var (siren, bailleurId) = await BailleurAsync(app);
        var entete = changement.StartsWith('-')
            ? Entete.Replace(";numero_unique", "", StringComparison.Ordinal)
            : Entete + changement;
        var ligne = $"X1;{siren};30189;N;BAILLEUR;2026-03-02;8500;N;N;N" + (changement.StartsWith('-') ? "" : ";;x");
        var octets = System.Text.Encoding.UTF8.GetBytes(entete + "\r\n" + ligne + "\r\n");
        var bilan = await ImporterAsync(app, octets);
        var erreur = Assert.Single(bilan.Erreurs);
        Assert.Equal(1, erreur.Ligne);
        Assert.Contains(message, erreur.Message, StringComparison.Ordinal);
        Assert.Equal(0, await app.ExecuterAsync(db => db.BauxSignes.CountAsync(b => b.BailleurId == bailleurId)));
    }

    private Task<(int Code, string Sortie)> CommandeAsync(string chemin) =>
        app.CommandeAsync((s, console) => CommandesImportAttributions.ImporterAsync(s, new FileInfo(chemin), console));

    private async Task<string> DemandeActiveAsync(DateOnly depot)
    {
        var guichet = (
            await app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", Role.Agent)
        ).OrganisationId;
        return await app.AvecServicesAsync(async s =>
        {
            var d = new DemandeLogement
            {
                NumeroUnique = "030ATT" + Guid.NewGuid().ToString("N")[..10],
                DepartementCode = "30",
                DateDepot = depot,
                Membres = [new(LienMembre.Demandeur, 40, false, false)],
                RevenuFiscalReference = 12_000m,
                Communes = [new CommuneSouhaitee { Rang = 1, CommuneCode = "30189" }],
                TypologiePrincipale = Typologies.T2,
                TypologiesSouhaitees = Typologies.T2,
            };
            var r = await s.GetRequiredService<EcritureDemandes>().CreerAsync(d, guichet, "30");
            Assert.True(r.Reussie, string.Join(" ", r.Erreurs.Select(e => e.Message)));
            return r.Demande!.NumeroUnique;
        });
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportAttributionsSqlite(SqliteFactory app) : ImportAttributionsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ImportAttributionsPostgres(PostgresFactory app) : ImportAttributionsTests(app);
