extern alias cli;

using System.Text;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Attribution;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Attribution.OutilsAttribution;
using CommandesImportLiberations = cli::Pilotis.Cli.CommandesImportLiberations;

namespace Pilotis.Web.Tests.Attribution;

/// <summary>
/// « pilotis import liberations FICHIER.csv » (docs/formats/liberations.md) : les logements libérés d'un bailleur
/// entrent dans le flux par la règle de la déclaration à l'unité ; réimporter ne change rien ; une ligne fausse est
/// nommée avec son numéro et rien n'est écrit ; le générateur national écrit des lignes que l'import accepte.
/// </summary>
public abstract class ImportLiberationsTests(PilotisFactory app)
{
    [Fact]
    public async Task Un_bon_fichier_declare_les_logements_et_le_reimport_ne_change_rien_sauf_la_ligne_changee()
    {
        var (_, bailleur) = await BailleurAsync(app);
        var commune = await OutilsAAttribuer.CommuneAsync(app);
        var conge = await app.LogementAsync(bailleur, commune);
        var neuf = await app.LogementAsync(bailleur, commune, l => l.Occupation = EtatOccupation.Vacant);
        var mutation = await app.LogementAsync(bailleur, commune);
        var j = Demande.OutilsCotation.Aujourdhui(app);
        string[] lignes =
        [
            $"{conge.IdentifiantRpls};LIBERATION;{j.AddDays(-40):yyyy-MM-dd};{j.AddDays(-10):yyyy-MM-dd};",
            $"{neuf.IdentifiantRpls};mise_en_service;;{j.AddDays(15):dd/MM/yyyy};",
            $"{mutation.IdentifiantRpls};LIBERATION;{j.AddDays(-30):yyyy-MM-dd};{j:yyyy-MM-dd};MUTATION_INTERNE",
        ];
        var chemin = await FichierAsync(lignes);

        var (code, sortie) = await CommandeAsync(chemin);
        Assert.Equal(0, code);
        Assert.Contains("3 logement(s) libéré(s) : 3 ajouté(s), 0 modifié(s), 0 inchangé(s).", sortie);
        var declares = await DeclaresAsync(bailleur);
        Assert.Equal(3, declares.Count);
        var c = declares.Single(a => a.LogementId == conge.Id);
        Assert.Equal(
            (OrigineDisponibilite.Liberation, j.AddDays(-40), j.AddDays(-10)),
            (c.Origine, c.DateConge, c.DateDisponibilite)
        );
        Assert.Equal(EtapeAttribution.Declare, c.Etape);
        var n = declares.Single(a => a.LogementId == neuf.Id);
        Assert.Equal((OrigineDisponibilite.MiseEnService, (DateOnly?)null), (n.Origine, n.DateConge));
        Assert.Equal(MotifExclusionFlux.MutationInterne, declares.Single(a => a.LogementId == mutation.Id).Exclusion);

        Assert.Contains(
            "3 logement(s) libéré(s) : 0 ajouté(s), 0 modifié(s), 3 inchangé(s).",
            (await CommandeAsync(chemin)).Sortie
        );

        lignes[2] = lignes[2].Replace("MUTATION_INTERNE", "ANRU", StringComparison.Ordinal);
        var (code3, sortie3) = await CommandeAsync(await FichierAsync(lignes));
        Assert.Equal(0, code3);
        Assert.Contains("3 logement(s) libéré(s) : 0 ajouté(s), 1 modifié(s), 2 inchangé(s).", sortie3);
        var apres = await DeclaresAsync(bailleur);
        Assert.Equal(3, apres.Count);
        Assert.Equal(MotifExclusionFlux.RelogementAnru, apres.Single(a => a.LogementId == mutation.Id).Exclusion);
    }

    [Fact]
    public async Task Chaque_ligne_fausse_est_nommee_avec_son_numero_et_rien_n_est_ecrit()
    {
        var (_, bailleur) = await BailleurAsync(app);
        var commune = await OutilsAAttribuer.CommuneAsync(app);
        var bon = await app.LogementAsync(bailleur, commune);
        var vendu = await app.LogementAsync(bailleur, commune, l => l.Occupation = EtatOccupation.HorsLocation);
        var enCours = await app.LogementAsync(bailleur, commune);
        await app.OrienteAsync(enCours);
        var autre = await app.LogementAsync(bailleur, commune);
        var j = Demande.OutilsCotation.Aujourdhui(app);
        var d = $"{j.AddDays(5):yyyy-MM-dd}";
        var chemin = await FichierAsync(
            $"{bon.IdentifiantRpls};LIBERATION;{j.AddDays(-20):yyyy-MM-dd};{d};",
            $"INCONNU-{Guid.NewGuid():N};LIBERATION;{j.AddDays(-20):yyyy-MM-dd};{d};",
            $"{vendu.IdentifiantRpls};LIBERATION;{j.AddDays(-20):yyyy-MM-dd};{d};",
            $"{enCours.IdentifiantRpls};LIBERATION;{j.AddDays(-20):yyyy-MM-dd};{d};",
            $"{autre.IdentifiantRpls};DEPART;{j.AddDays(-20):yyyy-MM-dd};32/13/2026;SAISIE",
            $"{autre.IdentifiantRpls};LIBERATION;{j.AddDays(9):yyyy-MM-dd};{d};",
            $"{bon.IdentifiantRpls};LIBERATION;{j.AddDays(-20):yyyy-MM-dd};{d};"
        );

        var (code, sortie) = await CommandeAsync(chemin);

        Assert.Equal(1, code);
        Assert.Contains("Refusé, rien n'a été écrit : 6 erreur(s).", sortie);
        Assert.Contains("Ligne 3 : identifiant_rpls : aucun logement « INCONNU-", sortie);
        Assert.Contains("Ligne 4 : identifiant_rpls : Ce logement est hors location", sortie);
        Assert.Contains("Ligne 5 : identifiant_rpls : Ce logement est déjà en cours d'attribution", sortie);
        Assert.Contains("Ligne 6 : origine : « DEPART » au lieu de LIBERATION, MISE_EN_SERVICE.", sortie);
        Assert.Contains("date_disponibilite :", sortie);
        Assert.Contains("motif_exclusion : « SAISIE » n'est pas un motif connu", sortie);
        Assert.Contains("Ligne 7 : date_conge : La date du congé ne peut pas être dans le futur.", sortie);
        Assert.Contains($"Ligne 8 : Doublon : le logement « {bon.IdentifiantRpls} » figure aussi ligne 2.", sortie);
        var declares = await DeclaresAsync(bailleur);
        Assert.Single(declares);
        Assert.Equal(enCours.Id, declares[0].LogementId);
    }

    [Fact]
    public async Task Le_fichier_dont_l_en_tete_n_a_pas_les_colonnes_du_format_est_refuse_a_la_ligne_1()
    {
        var chemin = Path.Combine(Path.GetTempPath(), $"liberations-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(chemin, "identifiant_rpls;date_disponibilite\r\nX;2026-01-01\r\n", Encoding.UTF8);
        var (code, sortie) = await CommandeAsync(chemin);
        Assert.Equal(1, code);
        Assert.Contains("Ligne 1 :", sortie);
        Assert.Contains("origine", sortie);
    }

    [Fact]
    public async Task Le_generateur_tire_une_annee_de_rotation_que_l_import_accepte()
    {
        var (_, bailleur) = await BailleurAsync(app);
        var commune = await OutilsAAttribuer.CommuneAsync(app);
        var j = Demande.OutilsCotation.Aujourdhui(app);
        var generateur = new GenerateurLiberations(42, j, j.Year);
        // Sur 20 000 logements en mémoire, la part tirée est la rotation annoncée (8,5 %, à 1 point près).
        var tires = Enumerable
            .Range(0, 20_000)
            .Select(i =>
                generateur.Ligne(
                    new Logement
                    {
                        IdentifiantRpls = $"G{i}",
                        BailleurId = bailleur,
                        CommuneCode = commune,
                        Adresse = "1 rue",
                        AnneeConstruction = 1990,
                        Occupation = EtatOccupation.Occupe,
                    }
                )
            )
            .Count(l => l is not null);
        Assert.InRange(tires, 1_500, 1_900);
        var lignes = new List<string>();
        var logements = new List<Logement>();
        while (lignes.Count < 5)
        {
            var l = await app.LogementAsync(bailleur, commune, x =>
                x.AnneeConstruction = lignes.Count == 0 ? j.Year : 1990
            );
            if (generateur.Ligne(l) is string ligne)
                lignes.Add(ligne);
            logements.Add(l);
        }
        var (code, sortie) = await CommandeAsync(await FichierAsync([.. lignes]));
        Assert.True(code == 0, sortie);
        Assert.Equal(5, (await DeclaresAsync(bailleur)).Count);
    }

    private Task<List<LogementAAttribuer>> DeclaresAsync(int bailleur) =>
        app.ExecuterAsync(db =>
            (
                from a in db.LogementsAAttribuer.AsNoTracking()
                join l in db.Logements on a.LogementId equals l.Id
                where l.BailleurId == bailleur
                select a
            ).ToListAsync()
        );

    private static async Task<string> FichierAsync(params string[] lignes)
    {
        var chemin = Path.Combine(Path.GetTempPath(), $"liberations-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(chemin, string.Join("\r\n", [FormatLiberations.Entete, .. lignes]) + "\r\n");
        return chemin;
    }

    private Task<(int Code, string Sortie)> CommandeAsync(string chemin) =>
        app.CommandeAsync((s, console) => CommandesImportLiberations.ImporterAsync(s, new FileInfo(chemin), console));
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportLiberationsSqlite(SqliteFactory app) : ImportLiberationsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ImportLiberationsPostgres(PostgresFactory app) : ImportLiberationsTests(app);
