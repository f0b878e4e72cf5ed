using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Sru;

/// <summary>
/// The département table (/sru), its export, and who sees what: figures are those of <see cref="CalculSru.Calculer"/>
/// on the same inputs (inventory, validated N−2 expenses, carence coefficient, median potentiel fiscal).
/// </summary>
public abstract class TableauSruTests(PilotisFactory app)
{
    private const int Annee = 2026;

    [Fact]
    public async Task Le_tableau_liste_les_communes_soumises_du_Gard_avec_les_chiffres_du_calcul()
    {
        using var client = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        using var reponse = await client.GetAsync($"/sru?annee={Annee}&format=csv");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        var lignes = OutilsSru.LireCsv(await reponse.Content.ReadAsByteArrayAsync()).ToDictionary(l => l["code_insee"]);

        // Expected: every subject Gard inventory of the year, computed here by the domain on the same inputs.
        var attendus = await app.ExecuterAsync(async db =>
        {
            var p = ParametresSru.Periode2023_2025;
            var inventaires = await (
                from i in db.InventairesSru
                join c in db.Communes on i.CommuneCode equals c.Code
                where i.Annee == Annee && i.Soumise && c.DepartementCode == "30"
                select i
            )
                .AsNoTracking()
                .ToListAsync();
            var tous = await db.InventairesSru.AsNoTracking().Where(i => i.Annee == Annee && i.Soumise).ToListAsync();
            var pf = tous.Where(i =>
                    i.Inventaire.Total(p.PlacesFoyerParLogement) < i.TauxCible * i.ResidencesPrincipales
                )
                .Select(i => i.PotentielFiscalParHabitant)
                .ToArray();
            var mediane = CalculSru.Mediane(pf);
            var depenses = await db
                .DepensesDeductiblesSru.AsNoTracking()
                .Where(d => d.Statut == StatutDepenseSru.Validee && d.AnneeDepense == Annee - 2)
                .ToListAsync();
            var procedures = await db.ProceduresCarenceSru.AsNoTracking().Include(x => x.Etapes).ToListAsync();
            return inventaires.ToDictionary(
                i => i.CommuneCode,
                i =>
                {
                    var procedure = procedures
                        .Where(x => x.CommuneCode == i.CommuneCode)
                        .OrderByDescending(x => x.DebutPeriode)
                        .FirstOrDefault();
                    var coefficient = procedure?.VersDomaine().CoefficientEnVigueurLe(new DateOnly(Annee, 1, 1));
                    var deductibles = depenses.Where(d => d.CommuneCode == i.CommuneCode).Sum(d => d.Montant);
                    return CalculSru.Calculer(i.VersDonnees(deductibles, coefficient, mediane), p);
                }
            );
        });

        Assert.True(attendus.Count >= 20, $"Seulement {attendus.Count} communes soumises semées dans le Gard.");
        Assert.Equal(attendus.Keys.Order(), lignes.Keys.Order());
        foreach (var (code, r) in attendus)
        {
            var l = lignes[code];
            Assert.Equal(r.ResidencesPrincipales, int.Parse(l["residences_principales"]));
            Assert.Equal(r.LogementsSociauxDecomptes, int.Parse(l["logements_sociaux_decomptes"]));
            Assert.Equal(r.Taux, OutilsSru.Nombre(l["taux"]));
            Assert.Equal(r.LogementsManquants, int.Parse(l["logements_manquants"]));
            Assert.Equal(r.ObjectifTriennal, int.Parse(l["objectif_triennal"]));
            Assert.Equal(r.ObjectifPlaiMinimum, int.Parse(l["objectif_plai_minimum"]));
            Assert.Equal(r.ObjectifPlsMaximum, int.Parse(l["objectif_pls_maximum"]));
            Assert.Equal(r.PrelevementBrut, OutilsSru.Nombre(l["prelevement_brut"]));
            Assert.Equal(r.PrelevementNet, OutilsSru.Nombre(l["prelevement_net"]));
        }

        // The HTML table shows the same communes, one row each, with a totals row.
        var html = await (await client.GetAsync($"/sru?annee={Annee}")).TexteAsync();
        Assert.Contains($"{attendus.Count} communes", html);
        foreach (var code in attendus.Keys.Take(50))
            Assert.Contains($"data-code=\"{code}\"", html);
        Assert.Contains("data-testid=\"totaux-sru\"", html);
    }

    [Fact]
    public async Task Tri_et_filtre_deficitaires_cote_serveur()
    {
        using var client = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var export = OutilsSru.LireCsv(
            await client.GetByteArrayAsync($"/sru?annee={Annee}&deficitaires=true&tri=-manquants&format=csv")
        );
        Assert.NotEmpty(export);
        Assert.All(export, l => Assert.True(int.Parse(l["logements_manquants"]) > 0));
        var manquants = export.Select(l => int.Parse(l["logements_manquants"])).ToList();
        Assert.Equal(manquants.OrderDescending(), manquants);
    }

    [Fact]
    public async Task L_export_CSV_a_un_BOM_et_le_separateur_point_virgule()
    {
        using var client = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        using var reponse = await client.GetAsync($"/sru?annee={Annee}&format=csv");
        Assert.Equal(HttpStatusCode.OK, reponse.StatusCode);
        Assert.Equal("text/csv", reponse.Content.Headers.ContentType?.MediaType);
        var octets = await reponse.Content.ReadAsByteArrayAsync();
        Assert.True(
            octets.Length > 3 && octets[0] == 0xEF && octets[1] == 0xBB && octets[2] == 0xBF,
            "Le CSV doit commencer par le BOM UTF-8."
        );
        var entete = System.Text.Encoding.UTF8.GetString(octets, 3, octets.Length - 3).Split('\n')[0];
        Assert.StartsWith("annee;code_insee;commune;", entete);

        using var xlsx = await client.GetAsync($"/sru?annee={Annee}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        var zip = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', zip[0]);
        Assert.Equal((byte)'K', zip[1]);
    }

    [Fact]
    public async Task Un_compte_commune_voit_sa_commune_et_pas_celle_d_une_autre()
    {
        using var client = await app.ClientConnecteAsync("commune@demo.pilotis.fr");
        var html = await (await client.GetAsync($"/sru?annee={Annee}")).TexteAsync();
        Assert.Contains("data-code=\"30189\"", html);
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(html, "data-code=\""));

        var fiche = await (await client.GetAsync("/sru/communes/30189")).TexteAsync();
        Assert.Contains("Loi SRU — Nîmes", fiche);
        Assert.Contains("Déclarer une dépense", fiche);
        Assert.DoesNotContain("Étapes possibles", fiche);

        await client.RefuseAsync("/sru/communes/30007");
        await client.RefuseAsync("/sru/inventaire/import");
        await client.RefuseAsync($"/sru/inventaire/30189/{Annee}");
        await client.RefuseAsync("/sru/epci/243000643");
    }

    [Fact]
    public async Task Un_compte_EPCI_voit_ses_communes_et_la_page_de_son_EPCI()
    {
        using var client = await app.ClientConnecteAsync("epci@demo.pilotis.fr");
        var csv = OutilsSru.LireCsv(await client.GetByteArrayAsync($"/sru?annee={Annee}&format=csv"));
        Assert.NotEmpty(csv);
        Assert.All(csv, l => Assert.Equal("243000643", l["siren_epci"]));

        var epci = await (await client.GetAsync($"/sru/epci/243000643?annee={Annee}")).TexteAsync();
        Assert.Contains("CA de Nîmes Métropole", epci);
        var situations = (await app.SituationsAsync(Annee)).Where(s => s.EpciSiren == "243000643").ToList();
        Assert.Equal(situations.Count, System.Text.RegularExpressions.Regex.Count(epci, "<tr data-code="));
        var manquants = situations.Sum(s => s.Resultat.LogementsManquants);
        Assert.Contains($"data-testid=\"manquants-epci\">{manquants.ToString("N0", OutilsSru.Fr)}<", epci);

        await client.RefuseAsync("/sru/epci/200066918");
        await client.RefuseAsync("/sru/communes/30007");
    }

    [Fact]
    public async Task Un_bailleur_n_a_pas_acces_au_SRU()
    {
        var compte = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var client = await app.ClientConnecteAsync(compte.Courriel, compte.MotDePasse);
        await client.RefuseAsync("/sru");
        var accueil = await (await client.GetAsync("/")).TexteAsync();
        Assert.DoesNotContain("href=\"/sru\"", accueil);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class TableauSruSqlite(SqliteFactory app) : TableauSruTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class TableauSruPostgres(PostgresFactory app) : TableauSruTests(app);
