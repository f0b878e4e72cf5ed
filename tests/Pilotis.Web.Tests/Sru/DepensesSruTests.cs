using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Web.Tests.Infrastructure;

namespace Pilotis.Web.Tests.Sru;

/// <summary>
/// Deductible expenses (CCH L302-7): the commune declares one with its supporting document, the DDTM validates it,
/// and the net levy of year N+2 drops by the amount (never below 0; CCH L302-7 tests the threshold before).
/// </summary>
public abstract class DepensesSruTests(PilotisFactory app)
{
    private const int AnneePrelevement = 2025;
    private const int AnneeDepense = AnneePrelevement - 2;
    private const decimal Montant = 12_345m;

    [Fact]
    public async Task Declarer_puis_valider_une_depense_baisse_le_prelevement_net_de_N_plus_2()
    {
        var (code, netAvant) = await CommunePreleveeSansDepenseAsync();
        using var commune = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Commune,
            NiveauPerimetre.Commune,
            code,
            Role.Agent
        );
        var depense = await DeclarerAvecSonJustificatifAsync(commune, code);
        Assert.Equal(netAvant, (await app.SituationsAsync(AnneePrelevement, code)).Single().Resultat.PrelevementNet);
        var fiche = $"/sru/communes/{code}/depenses/{depense.Id}";
        await LaCommuneRelitSonJustificatifSansPouvoirValiderAsync(commune, code, depense, fiche);

        // The DDTM validates it.
        using var ddtm = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );
        var pageDdtm = await (await ddtm.GetAsync(fiche)).TexteAsync();
        var jeton = OutilsSru.ChampCache(pageDdtm, "form-valider", "Jeton");
        using var validation = await ddtm.PosterAsync(
            fiche,
            $"{fiche}?handler=valider",
            new Dictionary<string, string> { ["Jeton"] = jeton }
        );
        Assert.Equal(HttpStatusCode.Redirect, validation.StatusCode);
        Assert.Equal(
            StatutDepenseSru.Validee,
            await app.ExecuterAsync(db =>
                db.DepensesDeductiblesSru.Where(d => d.Id == depense.Id).Select(d => d.Statut).SingleAsync()
            )
        );
        await LePrelevementNetBaisseDuMontantAsync(commune, code, netAvant);

        // A second decision with the old token is refused (the expense is no longer « declared »).
        var refus = await (
            await ddtm.PosterAsync(
                fiche,
                $"{fiche}?handler=refuser",
                new Dictionary<string, string> { ["Jeton"] = jeton, ["MotifRefus"] = "trop tard" }
            )
        ).TexteAsync();
        Assert.Contains("ne peut plus être décidée", refus);
    }

    /// <summary>A Gard commune levied in 2025 well above the threshold, with no expense of 2023 yet.</summary>
    private async Task<(string Code, decimal NetAvant)> CommunePreleveeSansDepenseAsync()
    {
        var dejaDeclarees = await app.ExecuterAsync(db =>
            db.DepensesDeductiblesSru.Where(d => d.AnneeDepense == AnneeDepense)
                .Select(d => d.CommuneCode)
                .ToListAsync()
        );
        var situation = (await app.SituationsAsync(AnneePrelevement))
            .Where(s =>
                s.Resultat.PrelevementNet > Montant + 10_000m
                && s.DepensesDeductiblesValidees == 0
                && !dejaDeclarees.Contains(s.Inventaire.CommuneCode)
            )
            .OrderBy(s => s.Inventaire.CommuneCode, StringComparer.Ordinal)
            .First();
        return (situation.Inventaire.CommuneCode, situation.Resultat.PrelevementNet);
    }

    /// <summary>The commune declares a 12 345 € land subsidy of 2023 with its PDF: recorded as declared.</summary>
    private async Task<DepenseDeductibleSru> DeclarerAvecSonJustificatifAsync(HttpClient commune, string code)
    {
        var libelle = $"Subvention foncière test {Guid.NewGuid():N}";
        using var declaration = await commune.PosterFichierAsync(
            $"/sru/communes/{code}/depenses/declarer",
            new Dictionary<string, string>
            {
                ["AnneeDepense"] = AnneeDepense.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Nature"] = nameof(NatureDepenseSru.SubventionFonciere),
                ["Libelle"] = libelle,
                ["Montant"] = "12 345,00",
            },
            "Fichier",
            "délibération 2023.pdf",
            OutilsSru.Pdf
        );
        Assert.Equal(HttpStatusCode.Redirect, declaration.StatusCode);
        Assert.Equal($"/sru/communes/{code}?depense=declaree#depenses", declaration.Headers.Location?.OriginalString);

        var depense = await app.ExecuterAsync(db =>
            db.DepensesDeductiblesSru.AsNoTracking().SingleAsync(d => d.Libelle == libelle)
        );
        Assert.Equal(StatutDepenseSru.Declaree, depense.Statut);
        Assert.Equal(Montant, depense.Montant);
        Assert.Equal("délibération 2023.pdf", depense.Justificatif);
        return depense;
    }

    private static async Task LaCommuneRelitSonJustificatifSansPouvoirValiderAsync(
        HttpClient commune,
        string code,
        DepenseDeductibleSru depense,
        string fiche
    )
    {
        // The supporting document is served back to those who may read the commune's situation.
        using var piece = await commune.GetAsync($"{fiche}/justificatif");
        Assert.Equal(HttpStatusCode.OK, piece.StatusCode);
        Assert.Equal("application/pdf", piece.Content.Headers.ContentType?.MediaType);
        Assert.Equal(OutilsSru.Pdf, await piece.Content.ReadAsByteArrayAsync());

        // The commune cannot validate its own expense.
        var pageCommune = await (await commune.GetAsync(fiche)).TexteAsync();
        Assert.DoesNotContain("form-valider", pageCommune);
        using var tentative = await commune.PosterAsync(
            $"/sru/communes/{code}",
            $"{fiche}?handler=valider",
            new Dictionary<string, string> { ["Jeton"] = depense.Jeton.ToString() }
        );
        Assert.Equal(HttpStatusCode.Redirect, tentative.StatusCode);
        Assert.Equal("/acces-refuse", tentative.Headers.Location?.AbsolutePath);
    }

    /// <summary>
    /// Net levy of N+2 lowered by the amount, never below 0, on the commune page. The commune was levied before,
    /// so its capped gross is above the 4,000 € threshold, which is tested before deductions (CCH L302-7): a net
    /// below 4,000 € after deduction is still collected.
    /// </summary>
    private async Task LePrelevementNetBaisseDuMontantAsync(HttpClient commune, string code, decimal netAvant)
    {
        var apres = (await app.SituationsAsync(AnneePrelevement, code)).Single();
        var attendu = Math.Max(netAvant - Montant, 0m);
        Assert.Equal(attendu, apres.Resultat.PrelevementNet);
        Assert.Equal(Montant, apres.DepensesDeductiblesValidees);
        var pageCommuneApres = await (
            await commune.GetAsync($"/sru/communes/{code}?annee={AnneePrelevement}")
        ).TexteAsync();
        Assert.Contains(
            $"data-testid=\"net\"><strong>{attendu.ToString("N0", OutilsSru.Fr)} €</strong>",
            pageCommuneApres
        );
    }

    [Fact]
    public async Task Une_declaration_fausse_est_refusee_champ_par_champ_et_rien_n_est_ecrit()
    {
        var maire = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, "30189", Role.Agent);
        using var commune = await app.ClientConnecteAsync(maire.Courriel, maire.MotDePasse);
        var avant = await app.ExecuterAsync(db => db.DepensesDeductiblesSru.CountAsync());
        var html = await (
            await commune.PosterFichierAsync(
                "/sru/communes/30189/depenses/declarer",
                new Dictionary<string, string>
                {
                    ["AnneeDepense"] = "1999",
                    ["Nature"] = "",
                    ["Libelle"] = " ",
                    ["Montant"] = "0",
                },
                "Fichier",
                "photo.pdf",
                "GIF89a-pas-un-pdf"u8.ToArray()
            )
        ).TexteAsync();

        Assert.Contains("Indiquez l'année de la dépense, entre 2000 et", html);
        Assert.Contains("Choisissez la nature de la dépense.", html);
        Assert.Contains("Décrivez la dépense", html);
        Assert.Contains("Le montant doit être strictement positif.", html);
        Assert.Contains("Le justificatif doit être un fichier PDF, JPEG ou PNG.", html);
        Assert.Contains("fr-input-group--error", html);
        Assert.Equal(avant, await app.ExecuterAsync(db => db.DepensesDeductiblesSru.CountAsync()));
    }

    [Fact]
    public async Task Refuser_sans_motif_est_refuse_puis_avec_motif_enregistre()
    {
        var depense = new DepenseDeductibleSru
        {
            CommuneCode = "30189",
            AnneeDepense = 2021,
            Nature = NatureDepenseSru.TravauxViabilisation,
            Libelle = $"Travaux test {Guid.NewGuid():N}",
            Montant = 5_000m,
            Justificatif = "mandat.pdf",
            DeclareeLe = DateTimeOffset.UtcNow,
        };
        await app.ExecuterAsync(async db =>
        {
            db.DepensesDeductiblesSru.Add(depense);
            await db.SaveChangesAsync();
        });
        var agent = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var ddtm = await app.ClientConnecteAsync(agent.Courriel, agent.MotDePasse);
        var fiche = $"/sru/communes/30189/depenses/{depense.Id}";

        var sansMotif = await (
            await ddtm.PosterAsync(
                fiche,
                $"{fiche}?handler=refuser",
                new Dictionary<string, string> { ["Jeton"] = depense.Jeton.ToString(), ["MotifRefus"] = "" }
            )
        ).TexteAsync();
        Assert.Contains("Le motif du refus est obligatoire", sansMotif);
        Assert.Equal(
            StatutDepenseSru.Declaree,
            await app.ExecuterAsync(db =>
                db.DepensesDeductiblesSru.Where(d => d.Id == depense.Id).Select(d => d.Statut).SingleAsync()
            )
        );

        using var refus = await ddtm.PosterAsync(
            fiche,
            $"{fiche}?handler=refuser",
            new Dictionary<string, string>
            {
                ["Jeton"] = depense.Jeton.ToString(),
                ["MotifRefus"] = "Dépense hors du champ de R302-16.",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, refus.StatusCode);
        var enregistree = await app.ExecuterAsync(db =>
            db.DepensesDeductiblesSru.AsNoTracking().SingleAsync(d => d.Id == depense.Id)
        );
        Assert.Equal(StatutDepenseSru.Refusee, enregistree.Statut);
        Assert.Equal("Dépense hors du champ de R302-16.", enregistree.MotifRefus);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class DepensesSruSqlite(SqliteFactory app) : DepensesSruTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class DepensesSruPostgres(PostgresFactory app) : DepensesSruTests(app);
