using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// The status buttons of the operation page: the whole chain from draft to ENGAGEE (bailleur, then DDTM instructor and
/// validator), refusals with the domain's French reason and nothing changed, and the programming → agreement
/// comparison.
/// </summary>
public abstract class TransitionsPagesTests(PilotisFactory app)
{
    /// <summary>Documents of the default deposit list for a new-build operation with PLAI and PLUS lots.</summary>
    private static readonly string[] PiecesNeuf =
    [
        "plan_situation",
        "bilan_previsionnel",
        "permis_construire",
        "maitrise_fonciere",
    ];

    private static string Aujourdhui =>
        DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Posts the transition form of <paramref name="action"/> shown on the operation page (token of the page).
    /// </summary>
    private static async Task<HttpResponseMessage> TransitionAsync(
        HttpClient client,
        int id,
        ActionOperation action,
        string? motif = null,
        string? date = null
    )
    {
        var url = $"/operations/{id}";
        var page = await (await client.GetAsync(url)).TexteAsync();
        var jeton = OutilsSru.ChampCache(page, $"transition-{action}", "jeton");
        // The form's own antiforgery token, as the browser would send it.
        var debut = page.IndexOf($"data-testid=\"transition-{action}\"", StringComparison.Ordinal);
        var formulaire = page[debut..page.IndexOf("</form>", debut, StringComparison.Ordinal)];
        var champs = new Dictionary<string, string>
        {
            ["action"] = action.ToString(),
            ["jeton"] = jeton,
            ["date"] = date ?? Aujourdhui,
            ["__RequestVerificationToken"] = Formulaires.JetonAntiforgery(formulaire),
        };
        if (motif is not null)
            champs["motif"] = motif;
        using var contenu = new FormUrlEncodedContent(champs);
        return await client.PostAsync($"{url}?handler=transition", contenu);
    }

    private static async Task ReussirAsync(HttpClient client, int id, ActionOperation action, string? motif = null)
    {
        using var reponse = await TransitionAsync(client, id, action, motif);
        if (reponse.StatusCode != HttpStatusCode.Redirect)
        {
            var html = await reponse.Content.ReadAsStringAsync();
            var i = html.IndexOf("erreur-transition", StringComparison.Ordinal);
            var detail =
                i < 0
                    ? ((int)reponse.StatusCode).ToString(CultureInfo.InvariantCulture)
                    : WebUtility.HtmlDecode(html.Substring(i, Math.Min(400, html.Length - i)));
            Assert.Fail($"{action} refusée : {detail}");
        }
        Assert.Equal($"/operations/{id}?transition={action}#statut", reponse.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task De_la_creation_a_l_engagement_par_le_bailleur_puis_la_DDTM()
    {
        var a = await app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", Role.Agent);
        var op = await app.CreerOperationAsync(a.OrganisationId, "Chaîne complète " + OutilsProduction.Etiquette());
        await app.DeposerPiecesAsync(op.Id, PiecesNeuf);
        using var bailleur = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        using var ddtm = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );

        var transmise = await LeBailleurFinaliseEtDeposeAsync(bailleur, op.Id);
        foreach (
            var action in new[]
            {
                ActionOperation.PrendreEnInstruction,
                ActionOperation.ConstaterCompletude,
                ActionOperation.ValiderCompletude,
                ActionOperation.SoumettreApprobation,
                ActionOperation.Approuver,
                ActionOperation.Agreer,
                ActionOperation.ValiderChorus,
            }
        )
        {
            await ReussirAsync(ddtm, op.Id, action);
        }
        await LEngagementEstDateEtJournaliseAsync(op.Id, transmise);

        var ficheEngagee = await (await ddtm.GetAsync($"/operations/{op.Id}")).TexteAsync();
        Assert.Contains("data-testid=\"statut-code\">ENGAGEE", ficheEngagee);
        Assert.Contains(
            "Valider l'engagement dans Chorus : Agréée, engagement Chorus à valider → Engagée",
            ficheEngagee
        );
        var evolution = await (await ddtm.GetAsync($"/operations/{op.Id}/evolution")).TexteAsync();
        Assert.Contains("Aucun changement", evolution);
    }

    /// <summary>
    /// Le bailleur ne voit que ses étapes, finalise et dépose : dépôt daté du jour, complétude et instantané de
    /// programmation enregistrés, plus de modification ni d'étape DDTM ensuite. Rend l'opération transmise.
    /// </summary>
    private async Task<Operation> LeBailleurFinaliseEtDeposeAsync(HttpClient bailleur, int id)
    {
        var fiche = await (await bailleur.GetAsync($"/operations/{id}")).TexteAsync();
        Assert.Contains("data-testid=\"transition-FinaliserBrouillon\"", fiche);
        Assert.Contains("data-testid=\"transition-Supprimer\"", fiche);
        Assert.DoesNotContain("data-testid=\"transition-Annuler\"", fiche);
        Assert.Contains($"value=\"{Aujourdhui}\"", fiche); // date defaults to today
        Assert.Contains("Complétude au regard de la liste de dépôt : <strong>100 %</strong>", fiche);
        Assert.Contains("— dossier complet.", fiche);

        await ReussirAsync(bailleur, id, ActionOperation.FinaliserBrouillon);
        await ReussirAsync(bailleur, id, ActionOperation.Transmettre);
        var transmise = await app.LireOperationAsync(id);
        Assert.Equal(StatutOperation.Transmise, transmise.Statut);
        Assert.Equal(
            DateOnly.Parse(Aujourdhui, System.Globalization.CultureInfo.InvariantCulture),
            transmise.DateDepot
        );
        Assert.Equal(1m, transmise.CompletudeAuDepot);
        Assert.Single(
            await app.ExecuterAsync(db => db.InstantanesOperation.Where(i => i.OperationId == id).ToListAsync())
        );
        // No more edits once deposited, and no DDTM step for the bailleur.
        var ficheTransmise = await (await bailleur.GetAsync($"/operations/{id}")).TexteAsync();
        Assert.DoesNotContain("Modifier le dossier", ficheTransmise);
        Assert.DoesNotContain("data-testid=\"transitions\"", ficheTransmise);
        return transmise;
    }

    /// <summary>
    /// Engagée : dates d'agrément posées sur l'opération et ses lots, neuf transitions, deux instantanés.
    /// </summary>
    private async Task LEngagementEstDateEtJournaliseAsync(int id, Operation transmise)
    {
        var engagee = await app.LireOperationAsync(id);
        Assert.Equal(StatutOperation.Engagee, engagee.Statut);
        Assert.NotNull(engagee.DateDossierComplet);
        Assert.Equal(engagee.DateDepot, engagee.DateAgrement);
        Assert.All(engagee.Lots, l => Assert.Equal(engagee.DateAgrement, l.DateAgrement));
        Assert.True(engagee.ModifieeLe >= transmise.ModifieeLe);
        var transitions = engagee.Evenements.Where(e => e.Type == TypeEvenement.Transition).OrderBy(e => e.Id).ToList();
        Assert.Equal(9, transitions.Count);
        Assert.Equal(
            "Agréer (décision de subvention) : À agréer → Agréée, engagement Chorus à valider",
            transitions[7].Libelle
        );
        Assert.StartsWith("Utilisateur de test", transitions[8].Auteur);
        var phases = await app.ExecuterAsync(db =>
            db.InstantanesOperation.Where(i => i.OperationId == id)
                .OrderBy(i => i.Id)
                .Select(i => i.Phase)
                .ToListAsync()
        );
        Assert.Equal([PhaseOperation.Programmation, PhaseOperation.Agrement], phases);
    }

    [Fact]
    public async Task Une_etape_refusee_affiche_le_motif_du_domaine_et_ne_change_rien()
    {
        var a = await app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", Role.Agent);
        var op = await app.CreerOperationAsync(
            a.OrganisationId,
            "Refus " + OutilsProduction.Etiquette(),
            statut: StatutOperation.Transmise,
            ajuster: o => o.DateDepot = DateOnly.FromDateTime(DateTime.Now).AddDays(-10)
        );
        using var ddtm = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            "30",
            Role.Agent
        );

        // An instructor (agent) does not get the validator's buttons.
        await ReussirAsync(ddtm, op.Id, ActionOperation.PrendreEnInstruction);
        var fiche = await (await ddtm.GetAsync($"/operations/{op.Id}")).TexteAsync();
        Assert.Contains("data-testid=\"transition-ConstaterCompletude\"", fiche);
        Assert.Contains("data-testid=\"transition-RenvoyerAuBailleur\"", fiche);
        Assert.Contains("name=\"motif\"", fiche);

        await LeDossierIncompletLaDateFutureEtLeMotifVideSontRefusesAsync(ddtm, op.Id, fiche);
        await LEtapeDuValideurEtLeJetonPerimeSontRefusesAsync(ddtm, op.Id);

        var apres = await app.LireOperationAsync(op.Id);
        Assert.Equal(StatutOperation.ProgrammeeCompletudeInstructeur, apres.Statut);
        Assert.Single(apres.Evenements, e => e.Type == TypeEvenement.Transition);

        // The bailleur's transition from another actor is refused: the EPCI (reader) gets 403.
        using var clientEpci = await app.ClientNouveauCompteAsync(
            TypeOrganisation.Epci,
            NiveauPerimetre.Epci,
            OutilsProduction.SirenNimesMetropole,
            Role.Agent
        );
        using var interdit = await PosterTransitionAsync(
            clientEpci,
            op.Id,
            ActionOperation.RenvoyerAuBailleur,
            apres.Jeton.ToString(),
            "x"
        );
        Assert.Equal(HttpStatusCode.Redirect, interdit.StatusCode);
        Assert.Equal("/acces-refuse", interdit.Headers.Location?.AbsolutePath);

        // Sending back with a reason works and the bailleur may edit again.
        await ReussirAsync(ddtm, op.Id, ActionOperation.RenvoyerAuBailleur, "Plan de financement à préciser");
        var renvoyee = await app.LireOperationAsync(op.Id);
        Assert.Equal(StatutOperation.BrouillonATransmettre, renvoyee.Statut);
        Assert.Equal("Plan de financement à préciser", renvoyee.Motif);
        Assert.Contains(renvoyee.Evenements, e => e.Detail == "Plan de financement à préciser");
    }

    private static async Task LeDossierIncompletLaDateFutureEtLeMotifVideSontRefusesAsync(
        HttpClient ddtm,
        int id,
        string fiche
    )
    {
        // Incomplete file (no documents): refused with the missing items.
        Assert.Contains("4 éléments manquants : plan de situation et plan masse", fiche);
        var refus = await (await TransitionAsync(ddtm, id, ActionOperation.ConstaterCompletude)).TexteAsync();
        Assert.Contains(
            "Le dossier est incomplet : plan de situation et plan masse, bilan financier prévisionnel",
            refus
        );
        // Future date, missing reason.
        var futur = DateOnly
            .FromDateTime(DateTime.Now)
            .AddDays(3)
            .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(
            "La date de l'acte ne peut pas être dans le futur.",
            await (
                await TransitionAsync(ddtm, id, ActionOperation.RenvoyerAuBailleur, "Pièces manquantes", futur)
            ).TexteAsync()
        );
        Assert.Contains(
            "Le motif est obligatoire.",
            await (await TransitionAsync(ddtm, id, ActionOperation.RenvoyerAuBailleur, " ")).TexteAsync()
        );
    }

    /// <summary>
    /// Une étape de valideur postée par un agent : le domaine dit à qui elle revient ; un jeton périmé (double envoi)
    /// est refusé aussi, et le jeton de l'opération reste le même.
    /// </summary>
    private async Task LEtapeDuValideurEtLeJetonPerimeSontRefusesAsync(HttpClient ddtm, int id)
    {
        var page = await (await ddtm.GetAsync($"/operations/{id}")).TexteAsync();
        var jeton = OutilsSru.ChampCache(page, "transition-ConstaterCompletude", "jeton");
        using var illegal = await PosterTransitionAsync(ddtm, id, ActionOperation.Approuver, jeton);
        Assert.Contains(
            "L'action « Approuver » n'est pas possible au statut « Complétude : instructeur ».",
            await illegal.TexteAsync()
        );
        var avant = await app.LireOperationAsync(id);
        using var perime = await PosterTransitionAsync(
            ddtm,
            id,
            ActionOperation.RenvoyerAuBailleur,
            Guid.NewGuid().ToString(),
            "x"
        );
        Assert.Contains(ServiceTransitionsOperation.MessageConcurrence, await perime.TexteAsync());
        Assert.Equal(avant.Jeton, (await app.LireOperationAsync(id)).Jeton);
    }

    /// <summary>Poste une transition avec le jeton donné, sans passer par le bouton de la page.</summary>
    private static Task<HttpResponseMessage> PosterTransitionAsync(
        HttpClient client,
        int id,
        ActionOperation action,
        string jeton,
        string? motif = null
    )
    {
        var champs = new Dictionary<string, string>
        {
            ["action"] = action.ToString(),
            ["jeton"] = jeton,
            ["date"] = Aujourdhui,
        };
        if (motif is not null)
            champs["motif"] = motif;
        return client.PosterFormulaireAsync($"/operations/{id}", champs, $"/operations/{id}?handler=transition");
    }

    [Fact]
    public async Task L_evolution_montre_ce_qui_a_change_depuis_la_programmation()
    {
        var a = await app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", Role.Agent);
        var op = await app.CreerOperationAsync(a.OrganisationId, "Évolution " + OutilsProduction.Etiquette());
        using var bailleur = await app.ClientConnecteAsync(a.Courriel, a.MotDePasse);
        Assert.Contains(
            "Le dossier n'a pas encore été déposé",
            await (await bailleur.GetAsync($"/operations/{op.Id}/evolution")).TexteAsync()
        );

        // Programming snapshot with the building at 650 000 € and no fonds propres; the file now says 700 000 € and 200
        // 000 €.
        await app.ExecuterAsync(async db =>
        {
            var contenu = op.Contenu() with
            {
                CoutBatiment = 650_000m,
                Financements = [.. op.Contenu().Financements.Where(f => f.Type != TypeFinancement.FondsPropres)],
            };
            db.InstantanesOperation.Add(
                new InstantaneOperation
                {
                    OperationId = op.Id,
                    Phase = PhaseOperation.Programmation,
                    PrisLe = DateTimeOffset.UtcNow.AddDays(-30),
                    Contenu = InstantanesJson.Ecrire(contenu),
                }
            );
            await db.SaveChangesAsync();
        });
        var html = (await (await bailleur.GetAsync($"/operations/{op.Id}/evolution")).TexteAsync())
            .Replace('\u202f', ' ')
            .Replace('\u00a0', ' ');
        Assert.Contains("<th scope=\"row\">Bâtiment</th><td>650 000,00 €</td><td>700 000,00 €</td>", html);
        Assert.Contains("<th scope=\"row\">Fonds propres du bailleur</th><td>0,00 €</td><td>200 000,00 €</td>", html);
        Assert.Contains("le contenu actuel du dossier", html);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class TransitionsPagesSqlite(SqliteFactory app) : TransitionsPagesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class TransitionsPagesPostgres(PostgresFactory app) : TransitionsPagesTests(app);
