using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Financement;
using Pilotis.Web.Tests.Infrastructure;
using static Pilotis.Web.Tests.Financement.OutilsAides;

namespace Pilotis.Web.Tests.Financement;

/// <summary>
/// « pilotis import aides FICHIER.json » (docs/formats/aides.md) : une page de l'API d'aides-territoires ou un
/// tableau ; mise à jour par id ; réimport identique sans effet ; fichier mal formé refusé en entier avec la
/// position de la faute ; HTML nettoyé.
/// </summary>
public abstract class ImportAidesTests(PilotisFactory app)
{
    [Fact]
    public async Task Une_page_puis_un_tableau_ajoutent_modifient_et_laissent_inchange_par_id()
    {
        var (a, b) = (Aide(NouvelId(), "Aide alpha"), Aide(NouvelId(), "Aide beta"));
        var (code, sortie) = await app.ImporterAsync(Page(a, b));
        Assert.Equal(0, code);
        Assert.Contains("2 aide(s) : 2 ajouté(s), 0 modifié(s), 0 inchangé(s).", sortie);

        Assert.Contains(
            "2 aide(s) : 0 ajouté(s), 0 modifié(s), 2 inchangé(s).",
            (await app.ImporterAsync(Tableau(a, b))).Sortie
        );

        b["name"] = "Aide beta renommée";
        b["financers"] = new JsonArray("Banque des Territoires", "Action Logement");
        var (code3, sortie3) = await app.ImporterAsync(Tableau(a, b));
        Assert.Equal(0, code3);
        Assert.Contains("2 aide(s) : 0 ajouté(s), 1 modifié(s), 1 inchangé(s).", sortie3);
        var idB = b["id"]!.GetValue<long>();
        var lue = await app.ExecuterAsync(db => db.Aides.SingleAsync(x => x.IdSource == idB));
        Assert.Equal("Aide beta renommée", lue.Nom);
        Assert.Equal(["Banque des Territoires", "Action Logement"], lue.Financeurs);
        Assert.Equal(new DateOnly(2027, 12, 31), lue.DateEcheance);
        Assert.Equal((10, 30), (lue.TauxSubventionMin, lue.TauxSubventionMax));
        Assert.False(lue.Locale);
        // L'import écrit une entrée de synthèse au journal (historique), pas une par aide.
        var journal = await app.ExecuterAsync(db =>
            db.Journal.Where(j => j.Action == "Import du catalogue d'aides").OrderByDescending(j => j.Id).FirstAsync()
        );
        Assert.Contains("\"modifies\":1", journal.Apres, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Le_HTML_de_la_source_est_nettoye_avant_d_etre_range()
    {
        var a = Aide(
            NouvelId(),
            "Aide HTML",
            description: "<p onclick=\"vol()\">Texte <script>alert(1)</script><a href=\"javascript:vol()\">piège</a> "
                + "<a href=\"https://exemple.fr\">lien</a><img src=x onerror=vol()></p>"
        );
        a["eligibility"] = "<div style=\"color:red\"><iframe src=\"https://x\"></iframe>Éligible</div>";
        Assert.Equal(0, (await app.ImporterAsync(Page(a))).Code);
        var id = a["id"]!.GetValue<long>();
        var lue = await app.ExecuterAsync(db => db.Aides.SingleAsync(x => x.IdSource == id));
        Assert.DoesNotContain("script", lue.Description!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", lue.Description!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", lue.Description!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", lue.Description!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("href=\"https://exemple.fr\"", lue.Description!, StringComparison.Ordinal);
        Assert.Contains("rel=\"noopener noreferrer\"", lue.Description!, StringComparison.Ordinal);
        Assert.DoesNotContain("iframe", lue.Eligibilite!, StringComparison.Ordinal);
        Assert.DoesNotContain("style", lue.Eligibilite!, StringComparison.Ordinal);
        Assert.Contains("Éligible", lue.Eligibilite!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Un_fichier_mal_forme_est_refuse_en_entier_avec_la_ligne_et_l_octet_de_la_faute()
    {
        var a = Aide(NouvelId(), "Aide jamais écrite");
        var texte = Page(a, Aide(NouvelId(), "Autre"));
        // Une virgule manquante à la 3e ligne.
        var lignes = texte.Split('\n');
        var fautive = Array.FindIndex(lignes, l => l.Contains("\"previous\"", StringComparison.Ordinal));
        lignes[fautive] = lignes[fautive].TrimEnd().TrimEnd(',');
        var (code, sortie) = await app.ImporterAsync(string.Join('\n', lignes));
        Assert.Equal(1, code);
        Assert.Contains("Fichier refusé, rien n'a été écrit", sortie);
        Assert.Contains($"ligne {fautive + 2}, octet ", sortie);
        var id = a["id"]!.GetValue<long>();
        Assert.False(await app.ExecuterAsync(db => db.Aides.AnyAsync(x => x.IdSource == id)));

        var b = Aide(NouvelId(), "Type faux");
        b["loan_amount"] = "beaucoup";
        var (code2, sortie2) = await app.ImporterAsync(Tableau(b));
        Assert.Equal(1, code2);
        Assert.Contains("valeur d'un type inattendu", sortie2);
        Assert.Contains("$[0].loan_amount", sortie2);
        Assert.Contains("Le fichier n'est ni une page", (await app.ImporterAsync("\"texte\"")).Sortie);
        Assert.Contains("sans tableau « results »", (await app.ImporterAsync("{\"count\": 0}")).Sortie);
    }

    [Fact]
    public async Task Chaque_aide_fausse_est_nommee_par_son_rang_et_rien_n_est_ecrit()
    {
        var bonne = Aide(NouvelId(), "Bonne aide");
        var sansNom = Aide(NouvelId(), "");
        var doublon = Aide(bonne["id"]!.GetValue<long>(), "Doublon");
        doublon["slug"] = $"autre-{Guid.NewGuid():N}";
        var taux = Aide(NouvelId(), "Taux faux");
        taux["subvention_rate_upper_bound"] = 140;
        var slug = Aide(NouvelId(), "Slug faux");
        slug["slug"] = "Pas Un Slug";
        var (code, sortie) = await app.ImporterAsync(Tableau(bonne, sansNom, doublon, taux, slug));
        Assert.Equal(1, code);
        Assert.Contains("Refusé, rien n'a été écrit : 4 erreur(s).", sortie);
        Assert.Contains("Aide n° 2 : aide id", sortie);
        Assert.Contains("name : obligatoire.", sortie);
        Assert.Contains("Aide n° 3 : ", sortie);
        Assert.Contains("id : doublon, figure aussi en position 1.", sortie);
        Assert.Contains("Aide n° 4 : ", sortie);
        Assert.Contains("entre 0 et 100", sortie);
        Assert.Contains("Aide n° 5 : ", sortie);
        Assert.Contains("slug : obligatoire, lettres minuscules", sortie);
        var id = bonne["id"]!.GetValue<long>();
        Assert.False(await app.ExecuterAsync(db => db.Aides.AnyAsync(x => x.IdSource == id)));
    }

    [Fact]
    public async Task Le_fichier_d_exemple_de_la_documentation_s_importe()
    {
        var chemin = Path.Combine(RacineDepot(), "docs", "formats", "exemples", "aides.json");
        var (code, sortie) = await app.ImporterAsync(await File.ReadAllTextAsync(chemin));
        Assert.Equal(0, code);
        // Les deux aides d'exemple sont celles du catalogue de démonstration : déjà là, inchangées.
        Assert.Contains("2 aide(s) : 0 ajouté(s), 0 modifié(s), 2 inchangé(s).", sortie);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportAidesSqlite(SqliteFactory app) : ImportAidesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ImportAidesPostgres(PostgresFactory app) : ImportAidesTests(app);
