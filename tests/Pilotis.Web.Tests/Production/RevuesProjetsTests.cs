using System.Globalization;
using System.Net;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;
using static Pilotis.Web.Tests.Production.OutilsLissage;

namespace Pilotis.Web.Tests.Production;

/// <summary>
/// Project reviews (seed 001, solution 1): reviews per EPCI, difficulties flagged by the EPCI, DDTM follow-up, CDHH
/// report.
/// </summary>
public abstract class RevuesProjetsTests(PilotisFactory app)
{
    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Revue(string epci, int annee, int numero, DateOnly date) =>
        new()
        {
            ["EpciSiren"] = epci,
            ["Annee"] = annee.ToString(CultureInfo.InvariantCulture),
            ["Numero"] = numero.ToString(CultureInfo.InvariantCulture),
            ["Date"] = Iso(date),
        };

    [Fact]
    public async Task La_DDTM_cree_trois_revues_par_an_et_par_EPCI_la_quatrieme_est_refusee()
    {
        const int annee = 1971;
        var agent = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var ddtm = await app.ClientConnecteAsync(agent.Courriel, agent.MotDePasse);
        for (var n = 1; n <= 3; n++)
        {
            using var creation = await ddtm.PosterFormulaireAsync(
                "/revues/nouvelle",
                Revue(NimesMetropole, annee, n, J(annee, n * 4, 10))
            );
            Assert.Equal(HttpStatusCode.Redirect, creation.StatusCode);
            Assert.Matches("^/revues/\\d+\\?revue=creee$", creation.Headers.Location!.OriginalString);
        }
        var quatrieme = await (
            await ddtm.PosterFormulaireAsync("/revues/nouvelle", Revue(NimesMetropole, annee, 4, J(annee, 12, 1)))
        ).TexteAsync();
        Assert.Contains("Le numéro de revue va de 1 à 3 (trois revues par an).", quatrieme);
        var doublon = await (
            await ddtm.PosterFormulaireAsync("/revues/nouvelle", Revue(NimesMetropole, annee, 2, J(annee, 12, 1)))
        ).TexteAsync();
        Assert.Contains($"La revue n° 2 de {annee} existe déjà pour cet EPCI.", doublon);
        var horsAnnee = await (
            await ddtm.PosterFormulaireAsync("/revues/nouvelle", Revue(AlesAgglo, annee, 1, J(annee + 1, 1, 5)))
        ).TexteAsync();
        Assert.Contains($"La date doit tomber en {annee}.", horsAnnee);
        var horsDepartement = await (
            await ddtm.PosterFormulaireAsync("/revues/nouvelle", Revue("243400017", annee, 1, J(annee, 1, 5)))
        ).TexteAsync();
        Assert.Contains("Cet EPCI n'a pas de commune dans votre département.", horsDepartement);
        Assert.Equal(
            [1, 2, 3],
            await app.ExecuterAsync(db =>
                db.RevuesProjets.Where(r => r.Annee == annee && r.EpciSiren == NimesMetropole)
                    .Select(r => r.Numero)
                    .OrderBy(n => n)
                    .ToListAsync()
            )
        );
        Assert.False(
            await app.ExecuterAsync(db =>
                db.RevuesProjets.AnyAsync(r => r.Annee == annee && r.EpciSiren != NimesMetropole)
            )
        );

        var liste = await (await ddtm.GetAsync($"/revues?annee={annee}")).TexteAsync();
        Assert.Contains("Revue n° 1", liste);
        Assert.Contains("Revue n° 3", liste);
        Assert.Contains("CA de Nîmes Métropole", liste);

        // The EPCI reads its reviews but does not create them.
        var epci = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, NimesMetropole, Role.Agent);
        using var agentEpci = await app.ClientConnecteAsync(epci.Courriel, epci.MotDePasse);
        Assert.Contains("Revue n° 2", await (await agentEpci.GetAsync($"/revues?annee={annee}")).TexteAsync());
        await agentEpci.RefuseAsync("/revues/nouvelle");
        var alesEpci = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, AlesAgglo, Role.Agent);
        using var agentAles = await app.ClientConnecteAsync(alesEpci.Courriel, alesEpci.MotDePasse);
        Assert.DoesNotContain("Revue n° 2", await (await agentAles.GetAsync($"/revues?annee={annee}")).TexteAsync());
    }

    [Fact]
    public async Task L_EPCI_signale_sur_son_territoire_la_DDTM_decide_remonte_et_resout_le_bailleur_lit()
    {
        var b = await app.CreerBailleurAsync(Role.Agent);
        var nimes = await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Transmise,
            [new(Produit.Plus, 20, null)]
        );
        var ales = await app.CreerOperationAsync(
            b.OrganisationId,
            StatutOperation.Transmise,
            [new(Produit.Plus, 10, null)],
            commune: Ales,
            epci: AlesAgglo
        );
        var epci = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, NimesMetropole, Role.Agent);
        using var agentEpci = await app.ClientConnecteAsync(epci.Courriel, epci.MotDePasse);
        var difficulte = await L_EPCI_signale_sur_son_seul_territoire(agentEpci, nimes, ales);
        var resolueAvant = await Une_difficulte_deja_resolue(nimes);
        var agent = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var ddtm = await app.ClientConnecteAsync(agent.Courriel, agent.MotDePasse);
        var (revue, agenda) = await L_ordre_du_jour_de_la_revue_ne_liste_que_la_difficulte_ouverte(
            ddtm,
            difficulte,
            resolueAvant,
            ales
        );
        var fiche = $"/revues/difficultes/{difficulte.Id}";
        await La_DDTM_decide_en_revue(ddtm, revue, agenda, difficulte, fiche);
        var pageFiche = await La_DDTM_remonte_au_prefet_une_seule_fois(ddtm, revue, difficulte, fiche);
        var jeton = OutilsSru.ChampCache(pageFiche, $"form-resoudre-{difficulte.Id}", "Jeton");
        await Ni_l_EPCI_ni_le_bailleur_ne_decident(b, agentEpci, difficulte, fiche, jeton, nimes);
        agenda = await La_DDTM_resout_et_la_difficulte_quitte_l_ordre_du_jour(ddtm, revue, difficulte, fiche, jeton);
        await Chaque_etape_est_sur_la_frise_de_l_operation(nimes);
        await La_revue_est_tenue_avec_son_compte_rendu(ddtm, revue, agenda);
    }

    private async Task<Difficulte> L_EPCI_signale_sur_son_seul_territoire(HttpClient agentEpci, int nimes, int ales)
    {
        // Outside its territory: refused (page and post).
        await agentEpci.RefuseAsync($"/revues/difficultes/nouvelle?operation={ales}");
        // Missing fields: French messages, nothing written.
        var invalide = await (
            await agentEpci.PosterFormulaireAsync(
                $"/revues/difficultes/nouvelle?operation={nimes}",
                new Dictionary<string, string> { ["Description"] = " " }
            )
        ).TexteAsync();
        Assert.Contains("Choisissez la catégorie du blocage.", invalide);
        Assert.Contains("Décrivez la difficulté", invalide);
        using var signalement = await agentEpci.PosterFormulaireAsync(
            $"/revues/difficultes/nouvelle?operation={nimes}",
            new Dictionary<string, string>
            {
                ["Categorie"] = nameof(CategorieBlocage.TechniqueInondation),
                ["Description"] = "Terrain en zone rouge du PPRI : le permis est suspendu.",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, signalement.StatusCode);
        var difficulte = await app.ExecuterAsync(db =>
            db.Difficultes.AsNoTracking().SingleAsync(d => d.OperationId == nimes)
        );
        Assert.Equal(CategorieBlocage.TechniqueInondation, difficulte.Categorie);
        Assert.Equal(
            $"/revues/difficultes/{difficulte.Id}?suivi=signalee",
            signalement.Headers.Location!.OriginalString
        );
        return difficulte;
    }

    private async Task<int> Une_difficulte_deja_resolue(int nimes)
    {
        // A second, already solved difficulty of the same operation never appears on the agenda.
        var resolueAvant = await app.ExecuterAsync(async db =>
        {
            var d = new Difficulte
            {
                OperationId = nimes,
                Categorie = CategorieBlocage.Autre,
                Description = "Ancienne",
                SignaleeLe = J(2020, 1, 1),
                SignaleePar = "test",
                ResolueLe = J(2020, 6, 1),
                Resolution = "Levée",
            };
            db.Difficultes.Add(d);
            await db.SaveChangesAsync();
            return d.Id;
        });

        return resolueAvant;
    }

    private static async Task<(
        int Revue,
        string Agenda
    )> L_ordre_du_jour_de_la_revue_ne_liste_que_la_difficulte_ouverte(
        HttpClient ddtm,
        Difficulte difficulte,
        int resolueAvant,
        int ales
    )
    {
        // The DDTM creates a review of the EPCI; its agenda lists the open difficulty only.
        using var creation = await ddtm.PosterFormulaireAsync(
            "/revues/nouvelle",
            Revue(NimesMetropole, 1972, 1, J(1972, 5, 1))
        );
        var revue = int.Parse(
            creation.Headers.Location!.OriginalString.Split('/', '?')[2],
            CultureInfo.InvariantCulture
        );
        var agenda = await (await ddtm.GetAsync($"/revues/{revue}")).TexteAsync();
        var ordre = agenda[agenda.IndexOf("data-testid=\"ordre-du-jour\"", StringComparison.Ordinal)..];
        Assert.Contains($"data-testid=\"difficulte-{difficulte.Id}\"", ordre);
        Assert.DoesNotContain($"data-testid=\"difficulte-{resolueAvant}\"", agenda);
        Assert.DoesNotContain($"difficulte-{ales}\"", agenda);

        return (revue, agenda);
    }

    private async Task La_DDTM_decide_en_revue(
        HttpClient ddtm,
        int revue,
        string agenda,
        Difficulte difficulte,
        string fiche
    )
    {
        // Decision with an action, owner and due date, linked to the review.
        var echeance = DateOnly.FromDateTime(DateTime.Today).AddMonths(2);
        using var decision = await ddtm.PosterAsync(
            $"/revues/{revue}",
            fiche + "?handler=decision",
            new Dictionary<string, string>
            {
                ["Jeton"] = OutilsSru.ChampCache(agenda, $"form-decision-{difficulte.Id}", "Jeton"),
                ["Revue"] = revue.ToString(CultureInfo.InvariantCulture),
                ["Decision"] = "Étudier une implantation hors zone rouge.",
                ["Action"] = "Réunion avec le service risques",
                ["Responsable"] = "DDTM, service risques",
                ["Echeance"] = Iso(echeance),
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, decision.StatusCode);
        Assert.Equal(
            $"/revues/{revue}?suivi=decision#difficulte-{difficulte.Id}",
            decision.Headers.Location!.OriginalString
        );
        var suivi = await app.ExecuterAsync(db =>
            db.SuivisDifficulte.AsNoTracking().SingleAsync(s => s.DifficulteId == difficulte.Id)
        );
        Assert.Equal(revue, suivi.RevueProjetsId);
        Assert.Equal("DDTM, service risques", suivi.Responsable);
        Assert.Equal(echeance, suivi.Echeance);
    }

    private async Task<string> La_DDTM_remonte_au_prefet_une_seule_fois(
        HttpClient ddtm,
        int revue,
        Difficulte difficulte,
        string fiche
    )
    {
        // A stale token is refused with a French message, nothing lost.
        var perime = await (
            await ddtm.PosterAsync(
                fiche,
                fiche + "?handler=escalader",
                new Dictionary<string, string> { ["Jeton"] = difficulte.Jeton.ToString() }
            )
        ).TexteAsync();
        Assert.Contains("modifiée par quelqu'un d'autre", perime);
        // Escalation to the préfet, once.
        var agenda = await (await ddtm.GetAsync($"/revues/{revue}")).TexteAsync();
        Assert.Contains("Étudier une implantation hors zone rouge.", agenda);
        using var escalade = await ddtm.PosterAsync(
            $"/revues/{revue}",
            fiche + "?handler=escalader",
            new Dictionary<string, string>
            {
                ["Jeton"] = OutilsSru.ChampCache(agenda, $"form-escalader-{difficulte.Id}", "Jeton"),
                ["Revue"] = revue.ToString(CultureInfo.InvariantCulture),
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, escalade.StatusCode);
        Assert.NotNull(
            await app.ExecuterAsync(db =>
                db.Difficultes.Where(d => d.Id == difficulte.Id).Select(d => d.EscaladeeLe).SingleAsync()
            )
        );
        var pageFiche = await (await ddtm.GetAsync(fiche)).TexteAsync();
        Assert.DoesNotContain($"form-escalader-{difficulte.Id}", pageFiche);

        return pageFiche;
    }

    private async Task Ni_l_EPCI_ni_le_bailleur_ne_decident(
        (string Courriel, string MotDePasse, int OrganisationId) b,
        HttpClient agentEpci,
        Difficulte difficulte,
        string fiche,
        string jeton,
        int nimes
    )
    {
        // The EPCI and the bailleur may not decide; the bailleur reads its difficulty.
        using var bailleur = await app.ClientConnecteAsync(b.Courriel, b.MotDePasse);
        var liste = await (await bailleur.GetAsync("/revues/difficultes?etat=toutes")).TexteAsync();
        Assert.Contains($"href=\"/revues/difficultes/{difficulte.Id}\"", liste);
        var lueParBailleur = await (await bailleur.GetAsync(fiche)).TexteAsync();
        Assert.Contains("Terrain en zone rouge du PPRI", lueParBailleur);
        Assert.DoesNotContain("form-decision", lueParBailleur);
        using var refusBailleur = await bailleur.PosterAsync(
            fiche,
            fiche + "?handler=resoudre",
            new Dictionary<string, string> { ["Jeton"] = jeton, ["Resolution"] = "x" }
        );
        Assert.Equal("/acces-refuse", refusBailleur.Headers.Location?.AbsolutePath);
        using var refusEpci = await agentEpci.PosterAsync(
            fiche,
            fiche + "?handler=resoudre",
            new Dictionary<string, string> { ["Jeton"] = jeton, ["Resolution"] = "x" }
        );
        Assert.Equal("/acces-refuse", refusEpci.Headers.Location?.AbsolutePath);
        await bailleur.RefuseAsync($"/revues/difficultes/nouvelle?operation={nimes}");
    }

    private static async Task<string> La_DDTM_resout_et_la_difficulte_quitte_l_ordre_du_jour(
        HttpClient ddtm,
        int revue,
        Difficulte difficulte,
        string fiche,
        string jeton
    )
    {
        // Solved: requires the resolution text; then leaves the agenda.
        var sansTexte = await (
            await ddtm.PosterAsync(
                fiche,
                fiche + "?handler=resoudre",
                new Dictionary<string, string> { ["Jeton"] = jeton, ["Resolution"] = "" }
            )
        ).TexteAsync();
        Assert.Contains("Indiquez comment la difficulté a été levée.", sansTexte);
        using var resolution = await ddtm.PosterAsync(
            fiche,
            fiche + "?handler=resoudre",
            new Dictionary<string, string>
            {
                ["Jeton"] = jeton,
                ["Revue"] = revue.ToString(CultureInfo.InvariantCulture),
                ["Resolution"] = "Terrain de substitution trouvé.",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, resolution.StatusCode);
        var agenda = await (await ddtm.GetAsync($"/revues/{revue}")).TexteAsync();
        var ordre = agenda[
            agenda.IndexOf("data-testid=\"ordre-du-jour\"", StringComparison.Ordinal)..agenda.IndexOf(
                "data-testid=\"resolues\"",
                StringComparison.Ordinal
            )
        ];
        Assert.DoesNotContain($"difficulte-{difficulte.Id}\"", ordre);
        Assert.Contains("Terrain de substitution trouvé.", agenda);

        return agenda;
    }

    private async Task Chaque_etape_est_sur_la_frise_de_l_operation(int nimes)
    {
        // Each step is on the operation's timeline.
        var frise = await app.ExecuterAsync(db =>
            db.EvenementsOperation.AsNoTracking()
                .Where(e => e.OperationId == nimes && e.Type == TypeEvenement.Difficulte)
                .OrderBy(e => e.Id)
                .Select(e => e.Libelle)
                .ToListAsync()
        );
        Assert.Equal(
            [
                "Difficulté signalée : Technique (risque inondation, PPRI…)",
                "Décision en revue de projets : Technique (risque inondation, PPRI…)",
                "Difficulté remontée au préfet : Technique (risque inondation, PPRI…)",
                "Difficulté résolue : Technique (risque inondation, PPRI…)",
            ],
            frise
        );
    }

    private async Task La_revue_est_tenue_avec_son_compte_rendu(HttpClient ddtm, int revue, string agenda)
    {
        // The review is marked held with its minutes.
        var sansCompteRendu = await (
            await ddtm.PosterAsync(
                $"/revues/{revue}",
                $"/revues/{revue}?handler=tenue",
                new Dictionary<string, string>
                {
                    ["Jeton"] = OutilsSru.ChampCache(agenda, "form-tenue", "Jeton"),
                    ["CompteRendu"] = "",
                }
            )
        ).TexteAsync();
        Assert.Contains("Le compte rendu est obligatoire", sansCompteRendu);
        using var tenue = await ddtm.PosterAsync(
            $"/revues/{revue}",
            $"/revues/{revue}?handler=tenue",
            new Dictionary<string, string>
            {
                ["Jeton"] = OutilsSru.ChampCache(agenda, "form-tenue", "Jeton"),
                ["CompteRendu"] = "Présents : DDTM, EPCI. Une difficulté levée.",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, tenue.StatusCode);
        Assert.Equal(
            StatutRevue.Tenue,
            await app.ExecuterAsync(db =>
                db.RevuesProjets.Where(r => r.Id == revue).Select(r => r.Statut).SingleAsync()
            )
        );
    }

    [Fact]
    public async Task Rapport_CDHH_sur_un_jeu_connu_page_et_XLSX()
    {
        const int annee = 1975;
        const string lozere = "48";
        var epciMende = await Un_jeu_connu_en_Lozere(annee, lozere);

        var agent = await app.CreerCompteAsync(
            TypeOrganisation.Ddtm,
            NiveauPerimetre.Departement,
            lozere,
            Role.Lecteur
        );
        using var ddtm = await app.ClientConnecteAsync(agent.Courriel, agent.MotDePasse);
        var page = await (await ddtm.GetAsync($"/revues/rapport-cdhh?annee={annee}&departement={lozere}")).TexteAsync();
        foreach (
            var (id, valeur) in new[]
            {
                ("revues", 2),
                ("examinees", 3),
                ("escalades", 1),
                ("resolues", 1),
                ("agrement", 1),
                ("chantier", 1),
                ("livraison", 0),
                ("blocage-Foncier", 1),
                ("blocage-PermisOuRecours", 1),
                ("blocage-OppositionLocale", 1),
                ("blocage-Autre", 0),
            }
        )
        {
            Assert.Contains($"data-testid=\"{id}\">{valeur}<", page);
        }
        Assert.Contains("Lozère", page);

        using var export = await ddtm.GetAsync($"/revues/rapport-cdhh?handler=xlsx&annee={annee}&departement={lozere}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var flux = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        using var classeur = new XLWorkbook(flux);
        Assert.Equal(
            ["Synthèse", "Revues", "Blocages", "Remontées", "Feuille de route"],
            classeur.Worksheets.Select(f => f.Name)
        );
        var synthese = classeur.Worksheet("Synthèse");
        Assert.Equal("Remontées au préfet", synthese.Cell(6, 1).GetString());
        Assert.Equal(1, synthese.Cell(6, 2).GetValue<int>());
        Assert.Equal(1, synthese.Cell(8, 2).GetValue<int>());
        Assert.Equal(2, classeur.Worksheet("Revues").Cell(2, 3).GetValue<int>());
        Assert.Equal(1, classeur.Worksheet("Revues").Cell(2, 4).GetValue<int>());
        Assert.Equal(2, classeur.Worksheet("Remontées").RowsUsed().Count());

        // Another département's DDTM and an EPCI are refused.
        var gard = await app.CreerCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", Role.Agent);
        using var ddtmGard = await app.ClientConnecteAsync(gard.Courriel, gard.MotDePasse);
        await ddtmGard.RefuseAsync($"/revues/rapport-cdhh?annee={annee}&departement={lozere}");
        var epci = await app.CreerCompteAsync(TypeOrganisation.Epci, NiveauPerimetre.Epci, epciMende, Role.Agent);
        using var agentEpci = await app.ClientConnecteAsync(epci.Courriel, epci.MotDePasse);
        await agentEpci.RefuseAsync($"/revues/rapport-cdhh?annee={annee}&departement={lozere}");
    }

    private async Task<string> Un_jeu_connu_en_Lozere(int annee, string lozere)
    {
        var (mende, epciMende) = await app.ExecuterAsync(db =>
            db.Communes.AsNoTracking()
                .Where(c => c.Code == "48095")
                .Select(c => new { c.Code, c.EpciSiren })
                .SingleAsync()
                .ContinueWith(t => (t.Result.Code, t.Result.EpciSiren!), TaskScheduler.Default)
        );
        var b = await app.CreerBailleurAsync();
        async Task<int> Operation(StatutOperation statut, Action<Operation> completer) =>
            await app.CreerOperationAsync(
                b.OrganisationId,
                statut,
                [new(Produit.Plus, 10, null)],
                commune: mende,
                epci: epciMende,
                departement: lozere,
                completer: completer
            );
        var a = await Operation(StatutOperation.Engagee, o => o.DateAgrement = J(annee, 6, 1));
        var bb = await Operation(StatutOperation.Engagee, o => o.DateOuvertureChantier = J(annee, 4, 1));
        var c = await Operation(StatutOperation.Engagee, o => o.DateLivraison = J(annee, 4, 1));
        var d = await Operation(StatutOperation.Annulee, o => o.DateAgrement = J(annee, 2, 1));
        await Difficultes_et_revues_connues(annee, lozere, epciMende, a, bb, c, d);
        return epciMende;
    }

    private Task Difficultes_et_revues_connues(
        int annee,
        string lozere,
        string epciMende,
        int a,
        int bb,
        int c,
        int d
    ) =>
        app.ExecuterAsync(async db =>
        {
            db.Difficultes.AddRange(
                new Difficulte
                {
                    OperationId = a,
                    Categorie = CategorieBlocage.Foncier,
                    Description = "a",
                    SignaleeLe = J(annee, 2, 1),
                    SignaleePar = "t",
                    EscaladeeLe = J(annee, 3, 1),
                    ResolueLe = J(annee, 9, 1),
                    Resolution = "ok",
                },
                new Difficulte
                {
                    OperationId = bb,
                    Categorie = CategorieBlocage.PermisOuRecours,
                    Description = "b",
                    SignaleeLe = J(annee - 1, 5, 1),
                    SignaleePar = "t",
                },
                new Difficulte
                {
                    OperationId = c,
                    Categorie = CategorieBlocage.Foncier,
                    Description = "c",
                    SignaleeLe = J(annee - 2, 1, 1),
                    SignaleePar = "t",
                    ResolueLe = J(annee - 1, 6, 1),
                    Resolution = "ok",
                },
                new Difficulte
                {
                    OperationId = d,
                    Categorie = CategorieBlocage.OppositionLocale,
                    Description = "d",
                    SignaleeLe = J(annee, 1, 10),
                    SignaleePar = "t",
                }
            );
            db.RevuesProjets.AddRange(
                new RevueProjets
                {
                    EpciSiren = epciMende,
                    DepartementCode = lozere,
                    Annee = annee,
                    Numero = 1,
                    Date = J(annee, 3, 1),
                    Statut = StatutRevue.Tenue,
                    CompteRendu = "cr",
                },
                new RevueProjets
                {
                    EpciSiren = epciMende,
                    DepartementCode = lozere,
                    Annee = annee,
                    Numero = 2,
                    Date = J(annee, 10, 1),
                },
                new RevueProjets
                {
                    EpciSiren = epciMende,
                    DepartementCode = lozere,
                    Annee = annee - 1,
                    Numero = 1,
                    Date = J(annee - 1, 3, 1),
                }
            );
            await db.SaveChangesAsync();
        });
}

[Collection(Fournisseurs.Sqlite)]
public sealed class RevuesProjetsSqlite(SqliteFactory app) : RevuesProjetsTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class RevuesProjetsPostgres(PostgresFactory app) : RevuesProjetsTests(app);
