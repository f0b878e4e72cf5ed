using System.Net;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// The operation pages: who sees which operations (the Habilitations table as an SQL filter), filters and exports,
/// the bailleur's form (errors per field, input kept, optimistic concurrency), the DDTM's read-only access to content.
/// </summary>
public abstract partial class OperationsPagesTests(PilotisFactory app)
{
    private Task<(string Courriel, string MotDePasse, int OrganisationId)> BailleurAsync(Role role = Role.Agent) =>
        app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", role);

    private Task<(string Courriel, string MotDePasse, int OrganisationId)> DdtmAsync(Role role = Role.Administrateur) =>
        app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", role);

    private static async Task<List<string>> NumerosAsync(HttpClient client, string url)
    {
        var html = await (await client.GetAsync(url)).TexteAsync();
        return NumeroLigne().Matches(html).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex("<tr data-numero=\"([^\"]+)\"")]
    private static partial Regex NumeroLigne();

    [Fact]
    public async Task Chacun_ne_voit_que_les_operations_que_la_table_des_habilitations_lui_ouvre()
    {
        var tag = OutilsProduction.Etiquette();
        var a = await BailleurAsync();
        var b = await BailleurAsync();
        var nimes = await app.CreerOperationAsync(a.OrganisationId, $"Les Arènes {tag}", OutilsProduction.Nimes);
        var ales = await app.CreerOperationAsync(b.OrganisationId, $"Le Gardon {tag}", OutilsProduction.Ales);

        using var bailleurA = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        Assert.Equal([nimes.Numero], await NumerosAsync(bailleurA, $"/operations?texte={tag}"));
        await bailleurA.RefuseAsync($"/operations/{ales.Id}");
        Assert.Equal(HttpStatusCode.OK, (await bailleurA.GetAsync($"/operations/{nimes.Id}")).StatusCode);

        var ddtm = await DdtmAsync(Role.Lecteur);
        using var clientDdtm = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        // « Le Gardon » < « Les Arènes »
        Assert.Equal([ales.Numero, nimes.Numero], await NumerosAsync(clientDdtm, $"/operations?texte={tag}&tri=nom"));

        var epci = await app.CreerCompteAsync(
            TypeOrganisation.Epci,
            NiveauPerimetre.Epci,
            OutilsProduction.SirenNimesMetropole,
            Role.Agent
        );
        using var clientEpci = await app.ClientConnecteAsync(epci.Courriel, epci.MotDePasse);
        Assert.Equal([nimes.Numero], await NumerosAsync(clientEpci, $"/operations?texte={tag}"));
        await clientEpci.RefuseAsync($"/operations/{ales.Id}");
        // Reading is not acting: no transition button for the EPCI.
        Assert.DoesNotContain(
            "data-testid=\"transitions\"",
            await (await clientEpci.GetAsync($"/operations/{nimes.Id}")).TexteAsync()
        );

        // A reservataire has no access to operations at all, and no menu entry.
        var reservataire = await app.CreerCompteAsync(
            TypeOrganisation.Reservataire,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        using var clientReservataire = await app.ClientConnecteAsync(reservataire.Courriel, reservataire.MotDePasse);
        await clientReservataire.RefuseAsync("/operations");
        Assert.DoesNotContain("href=\"/operations\"", await (await clientReservataire.GetAsync("/")).TexteAsync());
        Assert.Contains("href=\"/operations\"", await (await clientDdtm.GetAsync("/")).TexteAsync());

        Assert.Equal(HttpStatusCode.NotFound, (await clientDdtm.GetAsync("/operations/999999999")).StatusCode);
    }

    /// <summary>
    /// Trois opérations d'une même étiquette : PLAI seul transmise (programmée en 2027), PLAI + PLUS engagée
    /// (programmée en 2024, agréée le 30/06/2025) du même bailleur, et une à Alès d'un autre bailleur.
    /// </summary>
    private sealed record TroisOperations(
        string Tag,
        Operation Plai,
        Operation Agreee,
        Operation Autre,
        int AutreBailleur
    );

    private async Task<TroisOperations> CreerTroisOperationsAsync()
    {
        var tag = OutilsProduction.Etiquette();
        var a = await BailleurAsync();
        var b = await BailleurAsync();
        var plai = await app.CreerOperationAsync(
            a.OrganisationId,
            $"Plai seul {tag}",
            OutilsProduction.Nimes,
            StatutOperation.Transmise,
            o =>
            {
                o.Lots.RemoveAll(l => l.Produit == Produit.Plus);
                o.AnneeProgrammation = 2027;
            }
        );
        var agreee = await app.CreerOperationAsync(
            a.OrganisationId,
            $"Agréée {tag}",
            OutilsProduction.Nimes,
            StatutOperation.Engagee,
            o =>
            {
                o.AnneeProgrammation = 2024;
                o.DateDepot = new DateOnly(2024, 3, 1);
                o.DateAgrement = new DateOnly(2025, 6, 30);
            }
        );
        var autre = await app.CreerOperationAsync(b.OrganisationId, $"Autre bailleur {tag}", OutilsProduction.Ales);
        return new(tag, plai, agreee, autre, b.OrganisationId);
    }

    private async Task<HttpClient> DdtmLecteurAsync()
    {
        var ddtm = await DdtmAsync(Role.Lecteur);
        return await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
    }

    [Fact]
    public async Task Les_filtres_et_les_totaux_portent_sur_la_liste_filtree()
    {
        var (tag, plai, agreee, autre, autreBailleur) = await CreerTroisOperationsAsync();
        using var client = await DdtmLecteurAsync();
        var page = await (await client.GetAsync($"/operations?texte={tag}")).TexteAsync();
        Assert.Contains("3 opérations", page);
        Assert.Contains("24 logements", page); // 4 + (4 + 6) + (4 + 6)

        Assert.Equal([plai.Numero], await NumerosAsync(client, $"/operations?texte={tag}&statut=TRANSMISE"));
        Assert.Equal(
            [agreee.Numero, autre.Numero],
            await NumerosAsync(client, $"/operations?texte={tag}&produit=PLUS&tri=nom")
        );
        // year of agreement
        Assert.Equal([agreee.Numero], await NumerosAsync(client, $"/operations?texte={tag}&annee=2025"));
        // year of programming
        Assert.Equal([agreee.Numero], await NumerosAsync(client, $"/operations?texte={tag}&annee=2024"));
        Assert.Equal([plai.Numero], await NumerosAsync(client, $"/operations?texte={tag}&annee=2027"));
        Assert.Equal([autre.Numero], await NumerosAsync(client, $"/operations?texte={tag}&bailleur={autreBailleur}"));
        Assert.Equal([autre.Numero], await NumerosAsync(client, $"/operations?texte={tag}&commune=ales"));
        Assert.Equal(
            [autre.Numero],
            await NumerosAsync(client, $"/operations?texte={tag}&commune={OutilsProduction.Ales}")
        );
        Assert.Equal(
            [agreee.Numero, plai.Numero],
            await NumerosAsync(client, $"/operations?texte={tag}&epci={OutilsProduction.SirenNimesMetropole}&tri=nom")
        );
        Assert.Equal(
            [autre.Numero],
            await NumerosAsync(client, $"/operations?texte={autre.Numero.ToLowerInvariant()}")
        );
        var vide = await (await client.GetAsync($"/operations?texte={tag}&statut=SOLDEE")).TexteAsync();
        Assert.Contains("Aucune opération ne correspond à ces critères.", vide);
    }

    [Fact]
    public async Task L_export_csv_porte_toute_la_liste_filtree_en_francais()
    {
        var (tag, _, agreee, autre, _) = await CreerTroisOperationsAsync();
        using var client = await DdtmLecteurAsync();
        // CSV: the whole filtered list, « ; », UTF-8 with BOM, French headers.
        using var csv = await client.GetAsync($"/operations?texte={tag}&produit=PLUS&tri=nom&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var octets = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], octets[..3]);
        var lignes = OutilsSru.LireCsv(octets);
        Assert.Equal([agreee.Numero, autre.Numero], lignes.Select(l => l["Numéro"]));
        var l0 = lignes[0];
        Assert.Equal("Nîmes", l0["Commune"]);
        Assert.Equal("CA de Nîmes Métropole", l0["EPCI"]);
        Assert.Equal("ENGAGEE", l0["Statut (code SIAP)"]);
        Assert.Equal("Agrément", l0["Phase"]);
        Assert.Equal("10", l0["Logements"]);
        Assert.Equal("4", l0["PLAI"]);
        Assert.Equal("6", l0["PLUS"]);
        Assert.Equal("0", l0["PLS"]);
        Assert.Equal("30/06/2025", l0["Date d'agrément"]);
        Assert.Equal(1_000_000m, OutilsSru.Nombre(l0["Prix de revient (€)"]));
        Assert.Equal("Construction neuve", l0["Nature"]);
    }

    [Fact]
    public async Task L_export_xlsx_porte_les_memes_lignes_en_cellules_typees()
    {
        var (tag, _, agreee, _, _) = await CreerTroisOperationsAsync();
        using var client = await DdtmLecteurAsync();
        using var xlsx = await client.GetAsync($"/operations?texte={tag}&tri=nom&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var flux = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var classeur = new XLWorkbook(flux);
        var feuille = classeur.Worksheet(1);
        Assert.Equal("Numéro", feuille.Cell(1, 1).GetString());
        Assert.Equal(4, feuille.LastRowUsed()!.RowNumber());
        Assert.Equal(agreee.Numero, feuille.Cell(2, 1).GetString());
        var colLogements = feuille.Row(1).CellsUsed().First(c => c.GetString() == "Logements").Address.ColumnNumber;
        Assert.Equal(10, feuille.Cell(2, colLogements).GetValue<int>());
        Assert.Equal(4, feuille.Cell(4, colLogements).GetValue<int>());
    }

    [Fact]
    public async Task La_liste_se_pagine_cote_serveur_et_se_trie_par_numero()
    {
        var a = await BailleurAsync();
        var tag = OutilsProduction.Etiquette();
        for (var i = 0; i < 3; i++)
            await app.CreerOperationAsync(a.OrganisationId, $"Pagination {tag} {i}");
        using var client = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        Assert.Contains("Mes opérations", await (await client.GetAsync("/")).TexteAsync());

        // The demo département has more than one page of operations for the DDTM (seeded) : 50 per page, « p » moves.
        var ddtm = await DdtmAsync(Role.Lecteur);
        using var clientDdtm = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var total = await app.ExecuterAsync(db => db.Operations.CountAsync(o => o.DepartementCode == "30"));
        Assert.True(total > 50, $"{total} opérations dans le Gard : pas de deuxième page.");
        var page1 = await NumerosAsync(clientDdtm, "/operations?tri=numero");
        var page2 = await NumerosAsync(clientDdtm, "/operations?tri=numero&p=2");
        Assert.Equal(50, page1.Count);
        Assert.NotEmpty(page2);
        Assert.Empty(page1.Intersect(page2));
        Assert.Equal(page1.Order(StringComparer.Ordinal), page1);
        Assert.True(string.CompareOrdinal(page1[^1], page2[0]) < 0);
        var html = await (await clientDdtm.GetAsync("/operations?tri=numero&p=2")).TexteAsync();
        // fewer than 1 000: no thousands separator
        Assert.Contains($"{OutilsProduction.Texte(total)} opérations", html);
        Assert.Contains("aria-current=\"page\" title=\"Page 2\"", html);
        // An out-of-range page falls back to the last one.
        Assert.NotEmpty(await NumerosAsync(clientDdtm, "/operations?tri=numero&p=999"));

        var decroissant = await NumerosAsync(clientDdtm, $"/operations?texte={tag}&tri=-numero");
        Assert.Equal(3, decroissant.Count);
        Assert.Equal(decroissant.Order(StringComparer.Ordinal).Reverse(), decroissant);
    }

    [Fact]
    public async Task La_creation_refusee_reaffiche_la_saisie_avec_un_message_par_champ()
    {
        var a = await BailleurAsync();
        using var client = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        var champs = OutilsProduction.ChampsValides("");
        champs["CommuneCode"] = "99999";
        champs["Lots[0].T2"] = "2"; // 2 + 2 = 4 ≠ 3 units
        champs["Lots[2].LoyerM2"] = "abc";
        champs["Financements[3].Montant"] = "-5";
        champs["Financements[2].Financeur"] = "Nîmes Métropole"; // a row with a financer but no amount nor type
        using var reponse = await client.PosterFormulaireAsync("/operations/nouvelle", champs);
        var html = await reponse.TexteAsync();
        Assert.Contains("L'opération n'a pas été créée : corrigez les champs signalés.", html);
        Assert.Contains("Le nom de l'opération est obligatoire.", html);
        Assert.Contains("« 99999 » n'est pas le code INSEE d'une commune.", html);
        Assert.Contains("PLAI : La ventilation par typologie (4) doit égaler le nombre de logements (3).", html);
        Assert.Contains("PLUS : « abc » n'est pas un nombre", html);
        Assert.Contains("Le montant d'une ligne de financement doit être positif.", html);
        Assert.Contains("Choisissez le type de financement.", html);
        Assert.Contains("Le montant est obligatoire pour une ligne de financement.", html);
        // Input kept as typed.
        Assert.Contains("value=\"99999\"", html);
        Assert.Contains("value=\"5 avenue Jean Jaurès\"", html);
        Assert.Contains("value=\"abc\"", html);
        Assert.Contains("value=\"330,5\"", html);
        Assert.Contains("value=\"Banque des Territoires\"", html);
        Assert.Equal(0, await app.ExecuterAsync(db => db.Operations.CountAsync(o => o.BailleurId == a.OrganisationId)));

        // Only a bailleur creates operations.
        var ddtm = await DdtmAsync();
        using var clientDdtm = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        await clientDdtm.RefuseAsync("/operations/nouvelle");
    }

    [Fact]
    public async Task Le_bailleur_cree_une_operation_numerotee_avec_ses_lots_et_son_plan_de_financement()
    {
        var a = await BailleurAsync();
        using var client = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        var formulaire = await (await client.GetAsync("/operations/nouvelle")).TexteAsync();
        Assert.Contains("<option value=\"30189\">Nîmes</option>", formulaire);
        Assert.True(
            Regex.Count(formulaire, "name=\"Financements\\[\\d+\\]\\.Montant\"") >= 8,
            "Au moins 8 lignes de financement sans JavaScript."
        );

        var nom = "Résidence " + OutilsProduction.Etiquette();
        using var reponse = await client.PosterFormulaireAsync(
            "/operations/nouvelle",
            OutilsProduction.ChampsValides(nom)
        );
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var id = await app.ExecuterAsync(db => db.Operations.Where(o => o.Nom == nom).Select(o => o.Id).SingleAsync());
        Assert.Equal($"/operations/{id}?enregistree=1", reponse.Headers.Location?.OriginalString);

        var o = await app.LireOperationAsync(id);
        Assert.Matches(@"^30-\d{4}-\d{4}$", o.Numero);
        Assert.Equal(a.OrganisationId, o.BailleurId);
        Assert.Equal(StatutOperation.BrouillonCree, o.Statut);
        Assert.Equal(
            (OutilsProduction.Nimes, OutilsProduction.SirenNimesMetropole, "30", "76"),
            (o.CommuneCode, o.EpciSiren, o.DepartementCode, o.RegionCode)
        );
        Assert.Equal(NatureOperation.Neuf, o.Nature);
        Assert.Equal(1_000_000m, o.PrixDeRevient);
        Assert.Equal(60_000.50m, o.Honoraires);
        Assert.True(o.PlanEquilibre);
        Assert.Equal(
            [(Produit.Plai, 3), (Produit.Plus, 5)],
            o.Lots.OrderBy(l => l.Produit).Select(l => (l.Produit, l.NombreLogements))
        );
        var plus = o.Lots.Single(l => l.Produit == Produit.Plus);
        Assert.Equal(330.5m, plus.SurfaceHabitable);
        Assert.Equal(341m, plus.SurfaceUtile);
        Assert.Equal(6.60m, plus.LoyerM2);
        Assert.Equal(3, o.Financements.Count);
        Assert.Equal(
            (2026, 9, EtatPermis.Depose, true, false),
            (o.AnneeProgrammation!.Value, o.MoisAgrementPrevu!.Value, o.Permis, o.FoncierMaitrise, o.FinancementBoucle)
        );
        var creation = Assert.Single(o.Evenements);
        Assert.Equal(TypeEvenement.Creation, creation.Type);
        Assert.StartsWith("Utilisateur de test", creation.Auteur);
        Assert.NotEqual(default, o.ModifieeLe);

        var fiche = await (await client.GetAsync($"/operations/{id}")).TexteAsync();
        Assert.Contains("Plan de financement équilibré", fiche);
        Assert.Contains("Création de l'opération (brouillon)", fiche);
        Assert.Contains("data-col=\"su\">341</td>", fiche);
        Assert.Contains(
            "data-col=\"loyer-mensuel\">2 250,60 €</td>",
            fiche.Replace('\u202f', ' ').Replace('\u00a0', ' ')
        );
        Assert.Contains("Modifier le dossier", fiche);
        Assert.Contains("id=\"dossier\"", fiche);

        // A second creation takes the next number.
        var nom2 = "Résidence " + OutilsProduction.Etiquette();
        using var deuxieme = await client.PosterFormulaireAsync(
            "/operations/nouvelle",
            OutilsProduction.ChampsValides(nom2, OutilsProduction.Ales)
        );
        Assert.Equal(HttpStatusCode.Redirect, deuxieme.StatusCode);
        var numero2 = await app.ExecuterAsync(db =>
            db.Operations.Where(x => x.Nom == nom2).Select(x => x.Numero).SingleAsync()
        );
        Assert.True(string.CompareOrdinal(numero2, o.Numero) > 0, $"{numero2} après {o.Numero}");
    }

    [Fact]
    public async Task Deux_modifications_concurrentes_la_seconde_est_refusee_sans_perdre_la_saisie()
    {
        var a = await BailleurAsync();
        var op = await app.CreerOperationAsync(a.OrganisationId, "Concurrence " + OutilsProduction.Etiquette());
        using var premier = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        using var second = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        var url = $"/operations/{op.Id}/modifier";
        var pageSecond = await (await second.GetAsync(url)).TexteAsync();
        var jetonSecond = OutilsSru.ChampCache(pageSecond, "form-operation", "Jeton");
        Assert.Contains("value=\"700000\"", pageSecond);

        var champs = OutilsProduction.ChampsValides(op.Nom);
        var page = await (await premier.GetAsync(url)).TexteAsync();
        champs["Jeton"] = OutilsSru.ChampCache(page, "form-operation", "Jeton");
        champs["CoutBatiment"] = "810000";
        using var ok = await premier.PosterFormulaireAsync(url, champs);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);

        var champsSecond = OutilsProduction.ChampsValides("Nom changé par le second");
        champsSecond["Jeton"] = jetonSecond;
        champsSecond["Adresse"] = "Adresse du second";
        var refus = await (await second.PosterFormulaireAsync(url, champsSecond)).TexteAsync();
        Assert.Contains("Cette opération a été modifiée par quelqu'un d'autre depuis l'affichage de la page", refus);
        Assert.Contains("value=\"Nom changé par le second\"", refus);
        Assert.Contains("value=\"Adresse du second\"", refus);

        var apres = await app.LireOperationAsync(op.Id);
        Assert.Equal(op.Nom, apres.Nom);
        Assert.Equal(810_000m, apres.CoutBatiment);
        Assert.True(apres.ModifieeLe > op.ModifieeLe);
        var modification = Assert.Single(apres.Evenements, e => e.Type == TypeEvenement.Modification);
        Assert.Contains(
            "Prix de revient, Bâtiment : 700 000,00 € → 810 000,00 €",
            modification.Detail?.Replace('\u202f', ' ').Replace('\u00a0', ' ')
        );
    }

    [Fact]
    public async Task La_DDTM_lit_le_dossier_mais_ne_le_modifie_pas_et_le_bailleur_ne_modifie_plus_apres_depot()
    {
        var a = await BailleurAsync();
        var op = await app.CreerOperationAsync(a.OrganisationId, "Lecture DDTM " + OutilsProduction.Etiquette());
        var ddtm = await DdtmAsync();
        using var clientDdtm = await app.ClientConnecteAsync(ddtm.Courriel, ddtm.MotDePasse);
        var fiche = await (await clientDdtm.GetAsync($"/operations/{op.Id}")).TexteAsync();
        Assert.DoesNotContain("Modifier le dossier", fiche);
        await clientDdtm.RefuseAsync($"/operations/{op.Id}/modifier");
        using var post = await clientDdtm.PosterFormulaireAsync(
            $"/operations/{op.Id}",
            OutilsProduction.ChampsValides("Piraté"),
            $"/operations/{op.Id}/modifier"
        );
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/acces-refuse", post.Headers.Location?.AbsolutePath);
        Assert.Equal(op.Nom, (await app.LireOperationAsync(op.Id)).Nom);

        // Another bailleur cannot even read it.
        var b = await BailleurAsync();
        using var autre = await app.ClientConnecteAsync(b.Courriel, b.MotDePasse);
        await autre.RefuseAsync($"/operations/{op.Id}/modifier");

        // Once deposited, the bailleur's edit page sends back to the file.
        var deposee = await app.CreerOperationAsync(
            a.OrganisationId,
            "Déposée " + OutilsProduction.Etiquette(),
            statut: StatutOperation.Transmise
        );
        using var bailleur = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        using var redirection = await bailleur.GetAsync($"/operations/{deposee.Id}/modifier");
        Assert.Equal(HttpStatusCode.Redirect, redirection.StatusCode);
        Assert.Equal($"/operations/{deposee.Id}?nonmodifiable=1", redirection.Headers.Location?.OriginalString);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class OperationsPagesSqlite(SqliteFactory app) : OperationsPagesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class OperationsPagesPostgres(PostgresFactory app) : OperationsPagesTests(app);
