using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Tests.Infrastructure;
using Pilotis.Web.Tests.Sru;

namespace Pilotis.Web.Tests.Demande;

/// <summary>
/// Le registre des demandes tenu par les guichets (CCH L441-2-1) : saisie avec erreurs par champ puis valide, numéro
/// unique en double, concurrence, périmètres (commune, autre commune, EPCI et réservataire en lecture, anonyme),
/// renouvellement (refusé trop tôt, accepté le dernier mois), radiation pour attribution, échéances (radiation à
/// 13 mois, purge après le délai de conservation, journal sans valeur personnelle) et exports.
/// Les dates sont relatives à l'horloge de l'application.
/// </summary>
public abstract partial class RegistreDemandesTests(PilotisFactory app)
{
    private const string Nimes = "30189";
    private const string Ales = "30007";

    [GeneratedRegex("name=\"Jeton\" value=\"([^\"]+)\"")]
    private static partial Regex MotifJeton();

    private static string NumeroUnique(string prefixe = "030") =>
        $"{prefixe}{Guid.NewGuid().ToString("N")[..12].ToUpperInvariant()}";

    private Task<DateOnly> AujourdhuiAsync() =>
        app.AvecServicesAsync(s =>
            Task.FromResult(DateOnly.FromDateTime(s.GetRequiredService<TimeProvider>().GetLocalNow().DateTime))
        );

    private static Dictionary<string, string> Formulaire(string numero, DateOnly depot, string commune = Nimes) =>
        new()
        {
            ["NumeroUnique"] = numero,
            ["DateDepot"] = depot.ToString("yyyy-MM-dd"),
            ["Membres[0].Lien"] = "Demandeur",
            ["Membres[0].Age"] = "34",
            ["Membres[1].Lien"] = "Enfant",
            ["Membres[1].Age"] = "8",
            ["Membres[1].ACharge"] = "true",
            ["Membres[2].Lien"] = "Enfant",
            ["Membres[2].Age"] = "",
            ["RevenuFiscalReference"] = "19 500",
            ["RessourcesMensuelles"] = "1650",
            ["SituationLogement"] = "LocataireParcPrive",
            ["Motifs"] = "LoyerTropCher",
            ["CommuneResidence"] = "Nîmes",
            ["Communes[0]"] = commune,
            ["Communes[1]"] = "30028",
            ["TypologiePrincipale"] = "T3",
            ["Typologies"] = "T2",
            ["Criteres"] = "MalLogeDefavorise",
        };

    /// <summary>Une demande enregistrée directement par le service d'écriture, pour le guichet donné.</summary>
    private Task<DemandeLogement> CreerAsync(
        int guichetId,
        DateOnly depot,
        string commune = Nimes,
        decimal revenu = 18_000m,
        string? numero = null
    ) =>
        app.AvecServicesAsync(async s =>
        {
            var demande = new DemandeLogement
            {
                NumeroUnique = numero ?? NumeroUnique(),
                DepartementCode = "30",
                DateDepot = depot,
                Membres = [new(LienMembre.Demandeur, 41, false, false), new(LienMembre.Enfant, 15, false, true)],
                RevenuFiscalReference = revenu,
                RessourcesMensuelles = 1_400m,
                SituationLogement = SituationLogement.Heberge,
                Communes = [new CommuneSouhaitee { Rang = 1, CommuneCode = commune }],
                TypologiePrincipale = Typologies.T2,
                TypologiesSouhaitees = Typologies.T2 | Typologies.T3,
            };
            var resultat = await s.GetRequiredService<EcritureDemandes>().CreerAsync(demande, guichetId, "30");
            Assert.True(resultat.Reussie, string.Join(" ; ", resultat.Erreurs.Select(e => e.Message)));
            return resultat.Demande!;
        });

    private async Task<int> GuichetAsync() =>
        (
            await app.CreerCompteAsync(TypeOrganisation.Bailleur, NiveauPerimetre.Departement, "30", Role.Agent)
        ).OrganisationId;

    private Task<DemandeLogement> RelireAsync(long id) =>
        app.ExecuterAsync(db => db.Demandes.AsNoTracking().Include(d => d.Communes).SingleAsync(d => d.Id == id));

    [Fact]
    public async Task Un_guichet_enregistre_une_demande_apres_des_erreurs_en_francais_et_voit_ses_produits_eligibles()
    {
        using var client = await app.ClientConnecteAsync("commune@demo.pilotis.fr");
        var aujourdhui = await AujourdhuiAsync();
        var numero = NumeroUnique();

        var liste = await (await client.GetAsync("/demandes")).TexteAsync();
        Assert.Contains("Enregistrer une demande", liste);

        var champs = Formulaire(numero, aujourdhui);
        champs["Membres[0].Age"] = "douze";
        champs["Communes[0]"] = "Atlantide";
        champs["TypologiePrincipale"] = "";
        champs["RessourcesMensuelles"] = "";
        var erreur = await (await client.PosterFormulaireAsync("/demandes/nouvelle", champs)).TexteAsync();
        Assert.Contains("data-testid=\"erreur-demande\"", erreur);
        Assert.Contains("Personne 1 : « douze » n'est pas un âge en années.", erreur);
        Assert.Contains("Commune souhaitée inconnue : « Atlantide »", erreur);
        Assert.Contains($"value=\"{numero}\"", erreur); // la saisie est conservée
        Assert.Contains("value=\"19 500\"", erreur);
        Assert.Contains("Indiquez les ressources mensuelles actuelles du ménage (0 s'il n'en a aucune).", erreur);
        Assert.False(await app.ExecuterAsync(db => db.Demandes.AnyAsync(d => d.NumeroUnique == numero)));

        // Les erreurs du domaine (après lecture) : typologie manquante.
        champs = Formulaire(numero, aujourdhui);
        champs["TypologiePrincipale"] = "";
        var erreurDomaine = await (await client.PosterFormulaireAsync("/demandes/nouvelle", champs)).TexteAsync();
        Assert.Contains("Choisissez une typologie principale (T1 à T6 et plus).", erreurDomaine);

        using var reponse = await client.PosterFormulaireAsync("/demandes/nouvelle", Formulaire(numero, aujourdhui));
        Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);
        var demande = await app.ExecuterAsync(db =>
            db.Demandes.AsNoTracking().Include(d => d.Communes).SingleAsync(d => d.NumeroUnique == numero)
        );
        var commune = await app.ExecuterAsync(db =>
            db.Organisations.SingleAsync(o =>
                o.Demonstration && o.Type == TypeOrganisation.Commune && o.PerimetreCode == Nimes
            )
        );
        Assert.Equal(commune.Id, demande.GuichetId);
        Assert.Equal("30", demande.DepartementCode);
        Assert.Equal(2, demande.NombrePersonnes);
        Assert.Equal(1.3m, demande.UnitesConsommation);
        Assert.Equal(3, demande.Categorie); // une personne + un enfant à charge : catégorie 3
        Assert.Equal(
            ProduitsEligibles.Plai | ProduitsEligibles.Plus | ProduitsEligibles.Pls,
            demande.ProduitsEligibles
        ); // 19 500 ≤ PLAI cat. 3 (22 551)
        Assert.Equal(Nimes, demande.CommunePrincipaleCode);
        Assert.Equal("243000643", demande.EpciSiren);
        Assert.Equal(Nimes, demande.CommuneResidenceCode); // « Nîmes » saisi en toutes lettres
        Assert.Equal(["30189", "30028"], demande.Communes.OrderBy(c => c.Rang).Select(c => c.CommuneCode));
        Assert.Equal(Typologies.T2 | Typologies.T3, demande.TypologiesSouhaitees);
        Assert.Equal(aujourdhui.AddMonths(12), demande.DateFinValidite);

        var fiche = await (await client.GetAsync(reponse.Headers.Location!.OriginalString)).TexteAsync();
        Assert.Contains("La demande a été enregistrée.", fiche);
        Assert.Contains("Produits éligibles : <strong>PLAI, PLUS, PLS</strong>", fiche);
        Assert.Contains("Plafonds 2026, géographie « Autres régions »", fiche);
        Assert.Contains("22 551 €", fiche.Replace('\u202F', ' ').Replace('\u00A0', ' '));
        Assert.Contains("CA de Nîmes Métropole", fiche);
        Assert.Contains("c) Personnes mal logées ou défavorisées", fiche);
        // Nîmes Métropole a une grille publiée : la demande est cotée dès son enregistrement (ADR 0020), sans
        // attendre la prochaine publication.
        Assert.NotNull(demande.Score);
        Assert.NotNull(demande.GrilleCotationId);
        Assert.Contains("Voir le détail du score", fiche);
    }

    [Fact]
    public async Task Ajouter_une_personne_sans_javascript_ajoute_une_ligne_sans_rien_enregistrer()
    {
        using var client = await app.ClientConnecteAsync("bailleur@demo.pilotis.fr");
        var numero = NumeroUnique();
        var champs = Formulaire(numero, await AujourdhuiAsync());
        champs["Ajouter"] = "1";
        var html = await (await client.PosterFormulaireAsync("/demandes/nouvelle", champs)).TexteAsync();
        Assert.Contains("name=\"Membres[3].Age\"", html);
        Assert.DoesNotContain("data-testid=\"erreur-demande\"", html);
        Assert.Contains($"value=\"{numero}\"", html);
        Assert.False(await app.ExecuterAsync(db => db.Demandes.AnyAsync(d => d.NumeroUnique == numero)));
    }

    [Fact]
    public async Task Un_numero_unique_deja_enregistre_est_refuse_sur_son_champ()
    {
        var existante = await CreerAsync(await GuichetAsync(), (await AujourdhuiAsync()).AddDays(-3));
        using var client = await app.ClientConnecteAsync("bailleur@demo.pilotis.fr");
        var html = await (
            await client.PosterFormulaireAsync(
                "/demandes/nouvelle",
                Formulaire(existante.NumeroUnique, await AujourdhuiAsync())
            )
        ).TexteAsync();
        Assert.Contains(
            $"Le numéro unique « {existante.NumeroUnique} » est déjà enregistré pour une autre demande.",
            html
        );
        Assert.Equal(
            1,
            await app.ExecuterAsync(db => db.Demandes.CountAsync(d => d.NumeroUnique == existante.NumeroUnique))
        );
    }

    [Fact]
    public async Task Une_modification_concurrente_est_refusee_sans_perdre_la_saisie_puis_la_modification_passe()
    {
        using var client = await app.ClientConnecteAsync("bailleur@demo.pilotis.fr");
        var numero = NumeroUnique();
        var aujourdhui = await AujourdhuiAsync();
        using (var creation = await client.PosterFormulaireAsync("/demandes/nouvelle", Formulaire(numero, aujourdhui)))
            Assert.Equal(HttpStatusCode.Redirect, creation.StatusCode);
        var id = await app.ExecuterAsync(db =>
            db.Demandes.Where(d => d.NumeroUnique == numero).Select(d => d.Id).SingleAsync()
        );

        var page = await (await client.GetAsync($"/demandes/{id}/modifier")).TexteAsync();
        var jeton = MotifJeton().Match(page).Groups[1].Value;
        Assert.NotEmpty(jeton);
        // Quelqu'un d'autre modifie la demande entre-temps.
        var lue = await RelireAsync(id);
        await app.AvecServicesAsync(async s =>
        {
            var autre = await s.GetRequiredService<EcritureDemandes>()
                .ModifierAsync(id, Guid.Parse(jeton), Copie(lue, revenu: 21_000m));
            Assert.True(autre.Reussie);
            return true;
        });

        var champs = Formulaire(numero, aujourdhui);
        champs["Jeton"] = jeton;
        champs["RessourcesMensuelles"] = "1777";
        var conflit = await (await client.PosterFormulaireAsync($"/demandes/{id}/modifier", champs)).TexteAsync();
        Assert.Contains("Cette demande a été modifiée par quelqu'un d'autre", conflit);
        Assert.Contains("value=\"1777\"", conflit);
        Assert.Equal(21_000m, (await RelireAsync(id)).RevenuFiscalReference);

        var actuelle = await (await client.GetAsync($"/demandes/{id}/modifier")).TexteAsync();
        champs["Jeton"] = MotifJeton().Match(actuelle).Groups[1].Value;
        champs["Communes[0]"] = "30028";
        champs["Communes[1]"] = "";
        using var ok = await client.PosterFormulaireAsync($"/demandes/{id}/modifier", champs);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var modifiee = await RelireAsync(id);
        Assert.Equal(1777m, modifiee.RessourcesMensuelles);
        Assert.Equal(["30028"], modifiee.Communes.Select(c => c.CommuneCode));
        Assert.Equal("30028", modifiee.CommunePrincipaleCode);
    }

    private static DemandeLogement Copie(DemandeLogement d, decimal revenu) =>
        new()
        {
            NumeroUnique = d.NumeroUnique,
            DepartementCode = d.DepartementCode,
            Membres = d.Membres,
            JeuneCouple = d.JeuneCouple,
            RevenuFiscalReference = revenu,
            RessourcesMensuelles = d.RessourcesMensuelles,
            SituationLogement = d.SituationLogement,
            Motifs = d.Motifs,
            CommuneResidenceCode = d.CommuneResidenceCode,
            CommuneTravailCode = d.CommuneTravailCode,
            Communes = d
                .Communes.Select(c => new CommuneSouhaitee { Rang = c.Rang, CommuneCode = c.CommuneCode })
                .ToList(),
            TypologiePrincipale = d.TypologiePrincipale,
            TypologiesSouhaitees = d.TypologiesSouhaitees,
            Mutation = d.Mutation,
            Dalo = d.Dalo,
            CriteresPrioritaires = d.CriteresPrioritaires,
            DateDepot = d.DateDepot,
        };

    [Fact]
    public async Task Chacun_ne_voit_que_les_demandes_de_son_perimetre_et_l_EPCI_et_le_reservataire_ne_modifient_rien()
    {
        var demande = await CreerAsync(await GuichetAsync(), (await AujourdhuiAsync()).AddMonths(-2));

        using (var commune = await app.ClientConnecteAsync("commune@demo.pilotis.fr"))
        {
            var fiche = await (await commune.GetAsync($"/demandes/{demande.Id}")).TexteAsync();
            Assert.Contains("data-testid=\"actions-demande\"", fiche);
            Assert.Contains(
                $"data-numero=\"{demande.NumeroUnique}\"",
                await (await commune.GetAsync($"/demandes?numero={demande.NumeroUnique}")).TexteAsync()
            );
        }

        var ales = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, Ales, Role.Agent);
        using (var autre = await app.ClientConnecteAsync(ales.Courriel, ales.MotDePasse))
        {
            using var fiche = await autre.GetAsync($"/demandes/{demande.Id}");
            Assert.Equal(HttpStatusCode.NotFound, fiche.StatusCode);
            using var modifier = await autre.GetAsync($"/demandes/{demande.Id}/modifier");
            Assert.Equal(HttpStatusCode.NotFound, modifier.StatusCode);
            var liste = await (await autre.GetAsync($"/demandes?numero={demande.NumeroUnique}")).TexteAsync();
            Assert.Contains("data-testid=\"aucune-demande\"", liste);
        }

        foreach (var lecteur in new[] { "epci@demo.pilotis.fr", "reservataire@demo.pilotis.fr" })
        {
            using var client = await app.ClientConnecteAsync(lecteur);
            var fiche = await (await client.GetAsync($"/demandes/{demande.Id}")).TexteAsync();
            Assert.DoesNotContain("data-testid=\"actions-demande\"", fiche);
            var liste = await (await client.GetAsync($"/demandes?numero={demande.NumeroUnique}")).TexteAsync();
            Assert.Contains($"data-numero=\"{demande.NumeroUnique}\"", liste);
            Assert.DoesNotContain("Enregistrer une demande", liste);
            using var modifier = await client.GetAsync($"/demandes/{demande.Id}/modifier");
            Assert.Equal("/acces-refuse", modifier.Headers.Location?.AbsolutePath);
            using var nouvelle = await client.GetAsync("/demandes/nouvelle");
            Assert.Equal("/acces-refuse", nouvelle.Headers.Location?.AbsolutePath);
            var jeton = MotifJeton().Match(fiche);
            Assert.False(jeton.Success); // aucun formulaire d'action pour un lecteur
            using var renouveler = await client.PosterFormulaireAsync(
                $"/demandes/{demande.Id}",
                new Dictionary<string, string> { ["Jeton"] = demande.Jeton.ToString() },
                $"/demandes/{demande.Id}?handler=Renouveler"
            );
            Assert.Equal("/acces-refuse", renouveler.Headers.Location?.AbsolutePath);
        }

        using var anonyme = app.ClientAnonyme();
        using var redirection = await anonyme.GetAsync("/demandes");
        Assert.Equal("/connexion", redirection.Headers.Location?.AbsolutePath);
        using var echeances = await (await app.ClientConnecteAsync("bailleur@demo.pilotis.fr")).GetAsync(
            "/demandes/echeances"
        );
        Assert.Equal("/acces-refuse", echeances.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Un_guichet_voit_aussi_ses_demandes_hors_de_son_territoire_et_les_totaux_suivent_chaque_ecriture()
    {
        // Le registre lit « territoire seul » tant qu'aucune demande du guichet n'en sort (ADR 0019) : une demande
        // enregistrée pour une autre commune doit rendre le filtre complet, et les totaux gardés doivent être relus.
        var ales = await app.CreerCompteAsync(TypeOrganisation.Commune, NiveauPerimetre.Commune, Ales, Role.Agent);
        var prefixe = "030" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var depot = (await AujourdhuiAsync()).AddMonths(-1);
        await CreerAsync(ales.OrganisationId, depot, Ales, numero: prefixe + "A00001");
        using var client = await app.ClientConnecteAsync(ales.Courriel, ales.MotDePasse);
        var avant = await (await client.GetAsync($"/demandes?numero={prefixe}")).TexteAsync();
        Assert.Contains("<strong>1 demande</strong>", avant);

        var horsTerritoire = await CreerAsync(ales.OrganisationId, depot, Nimes, numero: prefixe + "N00001");
        var apres = await (await client.GetAsync($"/demandes?numero={prefixe}")).TexteAsync();
        Assert.Contains($"data-numero=\"{horsTerritoire.NumeroUnique}\"", apres);
        Assert.Contains("<strong>2 demandes</strong>", apres);
    }

    [Fact]
    public async Task Le_renouvellement_est_refuse_trop_tot_et_accepte_le_dernier_mois()
    {
        var aujourdhui = await AujourdhuiAsync();
        var guichet = await GuichetAsync();
        var recente = await CreerAsync(guichet, aujourdhui.AddMonths(-6));
        var echeante = await CreerAsync(guichet, aujourdhui.AddMonths(-11).AddDays(-10));
        using var client = await app.ClientConnecteAsync("commune@demo.pilotis.fr");

        var fiche = await (await client.GetAsync($"/demandes/{recente.Id}")).TexteAsync();
        var attendu =
            $"La demande est valable jusqu'au {recente.DateFinValidite:dd/MM/yyyy} : elle se renouvelle à partir du "
            + $"{recente.DateFinValidite.AddMonths(-1):dd/MM/yyyy}.";
        Assert.Contains(attendu, fiche);
        var refus = await (
            await client.PosterFormulaireAsync(
                $"/demandes/{recente.Id}",
                new Dictionary<string, string> { ["Jeton"] = recente.Jeton.ToString() },
                $"/demandes/{recente.Id}?handler=Renouveler"
            )
        ).TexteAsync();
        Assert.Contains(attendu, refus);
        Assert.Null((await RelireAsync(recente.Id)).DateRenouvellement);

        var ficheEcheante = await (await client.GetAsync($"/demandes/{echeante.Id}")).TexteAsync();
        Assert.Contains($"À renouveler avant le {echeante.DateFinValidite:dd/MM/yyyy}", ficheEcheante);
        using var ok = await client.PosterFormulaireAsync(
            $"/demandes/{echeante.Id}",
            new Dictionary<string, string> { ["Jeton"] = MotifJeton().Match(ficheEcheante).Groups[1].Value },
            $"/demandes/{echeante.Id}?handler=Renouveler"
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var renouvelee = await RelireAsync(echeante.Id);
        Assert.Equal(aujourdhui, renouvelee.DateRenouvellement);
        Assert.Equal(aujourdhui.AddMonths(12), renouvelee.DateFinValidite);
        Assert.Contains(
            $"La demande a été renouvelée le {aujourdhui:dd/MM/yyyy}.",
            await (await client.GetAsync(ok.Headers.Location!.OriginalString)).TexteAsync()
        );

        // Le filtre « à renouveler » de la liste reconnaît la demande
        // échéante (avant son renouvellement) et pas la récente.
        var autre = await CreerAsync(guichet, aujourdhui.AddMonths(-11).AddDays(-5));
        var liste = await (
            await client.GetAsync($"/demandes?etat=a-renouveler&numero={autre.NumeroUnique}")
        ).TexteAsync();
        Assert.Contains($"data-numero=\"{autre.NumeroUnique}\"", liste);
        var actives = await (
            await client.GetAsync($"/demandes?etat=a-renouveler&numero={recente.NumeroUnique}")
        ).TexteAsync();
        Assert.Contains("data-testid=\"aucune-demande\"", actives);
    }

    [Fact]
    public async Task Une_radiation_pour_attribution_rend_la_demande_satisfaite()
    {
        var aujourdhui = await AujourdhuiAsync();
        var demande = await CreerAsync(await GuichetAsync(), aujourdhui.AddMonths(-3));
        using var client = await app.ClientConnecteAsync("commune@demo.pilotis.fr");
        var fiche = await (await client.GetAsync($"/demandes/{demande.Id}")).TexteAsync();
        var jeton = MotifJeton().Match(fiche).Groups[1].Value;

        var sansCommune = await (
            await client.PosterFormulaireAsync(
                $"/demandes/{demande.Id}",
                new Dictionary<string, string>
                {
                    ["Jeton"] = jeton,
                    ["Motif"] = "Attribution",
                    ["DateRadiation"] = aujourdhui.ToString("yyyy-MM-dd"),
                },
                $"/demandes/{demande.Id}?handler=Radier"
            )
        ).TexteAsync();
        Assert.Contains("Indiquez la commune du logement attribué.", sansCommune);

        using var ok = await client.PosterFormulaireAsync(
            $"/demandes/{demande.Id}",
            new Dictionary<string, string>
            {
                ["Jeton"] = jeton,
                ["Motif"] = "Attribution",
                ["DateRadiation"] = aujourdhui.AddDays(-1).ToString("yyyy-MM-dd"),
                ["CommuneAttribution"] = Nimes,
            },
            $"/demandes/{demande.Id}?handler=Radier"
        );
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var satisfaite = await RelireAsync(demande.Id);
        Assert.Equal(StatutDemande.Satisfaite, satisfaite.Statut);
        Assert.Equal(MotifRadiation.Attribution, satisfaite.MotifRadiation);
        Assert.Equal(aujourdhui.AddDays(-1), satisfaite.DateRadiation);
        Assert.Equal(Nimes, satisfaite.CommuneAttributionCode);
        var apres = await (await client.GetAsync($"/demandes/{demande.Id}")).TexteAsync();
        Assert.Contains("Satisfaite le", apres);
        Assert.Contains("Une demande satisfaite ne se renouvelle pas.", apres);
        Assert.Contains("Radiation impossible : seule une demande active peut être radiée.", apres);
    }

    [Fact]
    public async Task Les_echeances_radient_a_13_mois_purgent_apres_conservation_et_ne_journalisent_que_des_nombres()
    {
        var aujourdhui = await AujourdhuiAsync();
        var guichet = await GuichetAsync();
        const decimal revenuTemoin = 17_345.67m;
        var nonRenouvelee = await CreerAsync(guichet, aujourdhui.AddMonths(-13).AddDays(-2), revenu: revenuTemoin);
        var encoreValable = await CreerAsync(guichet, aujourdhui.AddMonths(-12).AddDays(-20));
        var ancienne = await CreerAsync(guichet, aujourdhui.AddDays(-800), revenu: revenuTemoin);
        await RadierAvantLaConservationAsync(ancienne, aujourdhui);
        var attendue = await RelireAsync(ancienne.Id);
        EcheancesDemande.Purger(attendue, aujourdhui);

        var avant = await app.ExecuterAsync(db => db.PurgesDemandes.CountAsync());
        await LaDdtmLanceLaPasseAsync();

        var radiee = await RelireAsync(nonRenouvelee.Id);
        Assert.Equal(StatutDemande.Radiee, radiee.Statut);
        Assert.Equal(MotifRadiation.NonRenouvellement, radiee.MotifRadiation);
        Assert.Equal(aujourdhui, radiee.DateRadiation);
        Assert.Null(radiee.DatePurge);
        Assert.NotEqual(nonRenouvelee.Jeton, radiee.Jeton);
        Assert.Equal(StatutDemande.Active, (await RelireAsync(encoreValable.Id)).Statut);

        LaPurgeEffaceCeQuEffaceLeDomaine(attendue, await RelireAsync(ancienne.Id), ancienne, aujourdhui);
        await LaTraceEtLeJournalNeGardentQueDesNombresAsync(avant, aujourdhui, ancienne);

        // La fiche dit que les données sont effacées ; la réactivation est refusée en clair.
        using var commune = await app.ClientConnecteAsync("commune@demo.pilotis.fr");
        var fiche = await (await commune.GetAsync($"/demandes/{ancienne.Id}")).TexteAsync();
        Assert.Contains($"Données effacées le {aujourdhui:dd/MM/yyyy}", fiche);
        Assert.Contains(
            "Les données de cette demande ont été effacées : le demandeur doit déposer une nouvelle demande.",
            fiche
        );
        var ficheRadiee = await (await commune.GetAsync($"/demandes/{nonRenouvelee.Id}")).TexteAsync();
        Assert.Contains($"Radiée le {aujourdhui:dd/MM/yyyy} pour non-renouvellement", ficheRadiee);
        Assert.Contains(">Réactiver</button>", ficheRadiee);
    }

    /// <summary>Radie la demande par renonciation un jour avant le début du délai de conservation.</summary>
    private Task RadierAvantLaConservationAsync(DemandeLogement demande, DateOnly aujourdhui) =>
        app.AvecServicesAsync(async s =>
        {
            var r = await s.GetRequiredService<EcritureDemandes>()
                .RadierAsync(
                    demande.Id,
                    demande.Jeton,
                    MotifRadiation.Renonciation,
                    aujourdhui.AddDays(-EcheancesDemande.JoursConservationParDefaut - 1),
                    null
                );
            Assert.True(r.Reussie);
            return true;
        });

    private async Task LaDdtmLanceLaPasseAsync()
    {
        using var ddtm = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        var page = await (await ddtm.GetAsync("/demandes/echeances")).TexteAsync();
        Assert.Contains("Délai de conservation après radiation : <strong>365 jours</strong>", page);
        using var lancer = await ddtm.PosterFormulaireAsync("/demandes/echeances", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, lancer.StatusCode);
        var bilan = await (await ddtm.GetAsync(lancer.Headers.Location!.OriginalString)).TexteAsync();
        Assert.Contains("Passe effectuée :", bilan);
        Assert.Contains("data-testid=\"table-purges\"", bilan);
    }

    /// <summary>La purge en masse efface exactement ce qu'efface le domaine (EcheancesDemande.Purger).</summary>
    private static void LaPurgeEffaceCeQuEffaceLeDomaine(
        DemandeLogement attendue,
        DemandeLogement purgee,
        DemandeLogement ancienne,
        DateOnly aujourdhui
    )
    {
        Assert.Equal(aujourdhui, purgee.DatePurge);
        Assert.Empty(purgee.Membres);
        Assert.Equal(attendue.RevenuFiscalReference, purgee.RevenuFiscalReference);
        Assert.Equal(attendue.RessourcesMensuelles, purgee.RessourcesMensuelles);
        Assert.Equal(attendue.RessourcesParUc, purgee.RessourcesParUc);
        Assert.Equal(attendue.CommuneResidenceCode, purgee.CommuneResidenceCode);
        Assert.Equal(attendue.Motifs, purgee.Motifs);
        Assert.Equal(attendue.CriteresPrioritaires, purgee.CriteresPrioritaires);
        Assert.Equal(attendue.ProduitsEligibles, purgee.ProduitsEligibles);
        Assert.Equal(attendue.Score, purgee.Score);
        Assert.Equal(2, purgee.NombrePersonnes); // la composition chiffrée reste pour les statistiques
        Assert.Equal(ancienne.NumeroUnique, purgee.NumeroUnique);
    }

    /// <summary>
    /// Une trace de passe de plus ; le journal compte les purges sans le revenu ni le numéro d'une demande.
    /// </summary>
    private async Task LaTraceEtLeJournalNeGardentQueDesNombresAsync(
        int avant,
        DateOnly aujourdhui,
        DemandeLogement ancienne
    )
    {
        var traces = await app.ExecuterAsync(db => db.PurgesDemandes.AsNoTracking().OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(avant + 1, traces.Count);
        var trace = traces[^1];
        Assert.Equal(aujourdhui, trace.DateReference);
        Assert.Equal(EcheancesDemande.JoursConservationParDefaut, trace.JoursConservation);
        Assert.True(trace.DemandesRadieesNonRenouvellement >= 1);
        Assert.True(trace.DemandesPurgees >= 1);

        var journal = await app.ExecuterAsync(db =>
            db.Journal.AsNoTracking().Select(e => (e.Avant ?? "") + "|" + (e.Apres ?? "")).ToListAsync()
        );
        Assert.Contains(journal, e => e.Contains("\"purgees\":", StringComparison.Ordinal));
        Assert.DoesNotContain(journal, e =>
            e.Contains("17345", StringComparison.Ordinal) || e.Contains("17 345", StringComparison.Ordinal)
        );
        Assert.DoesNotContain(journal, e => e.Contains(ancienne.NumeroUnique, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Les_filtres_du_registre_selectionnent_etat_commune_EPCI_typologie_priorite_et_mutation()
    {
        var aujourdhui = await AujourdhuiAsync();
        var prefixe = "FLT" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var guichet = await GuichetAsync();
        var nimes = await CreerAsync(guichet, aujourdhui.AddMonths(-1), numero: prefixe + "N");
        var ales = await CreerAsync(guichet, aujourdhui.AddMonths(-1), commune: Ales, numero: prefixe + "A");
        await app.ExecuterAsync(async db =>
        {
            var d = await db.Demandes.SingleAsync(x => x.Id == ales.Id);
            d.Dalo = true;
            d.Mutation = true;
            d.CriteresPrioritaires = CriteresPrioritaires.Violences;
            d.TypologiePrincipale = Typologies.T4;
            d.TypologiesSouhaitees = Typologies.T4;
            await db.SaveChangesAsync();
        });
        using var client = await app.ClientConnecteAsync("ddtm@demo.pilotis.fr");
        async Task<string[]> NumerosAsync(string filtres)
        {
            var html = await (await client.GetAsync($"/demandes?numero={prefixe}&{filtres}")).TexteAsync();
            return Regex
                .Matches(html, "data-numero=\"([^\"]+)\"")
                .Select(m => m.Groups[1].Value)
                .Order(StringComparer.Ordinal)
                .ToArray();
        }
        Assert.Equal([prefixe + "A", prefixe + "N"], await NumerosAsync(""));
        Assert.Equal([prefixe + "N"], await NumerosAsync("commune=30189"));
        Assert.Equal([prefixe + "N"], await NumerosAsync("commune=N%C3%AEmes"));
        Assert.Equal([prefixe + "N"], await NumerosAsync("epci=243000643"));
        Assert.Equal([prefixe + "A"], await NumerosAsync("typologie=T4"));
        Assert.Equal([prefixe + "A"], await NumerosAsync("dalo=true"));
        Assert.Equal([prefixe + "A"], await NumerosAsync("prioritaire=true"));
        Assert.Equal([prefixe + "A"], await NumerosAsync("mutation=oui"));
        Assert.Equal([prefixe + "N"], await NumerosAsync("mutation=non"));
        Assert.Equal([prefixe + "A", prefixe + "N"], await NumerosAsync("etat=active"));
        Assert.Empty(await NumerosAsync("etat=satisfaite"));
        Assert.Equal([prefixe + "N"], await NumerosAsync("produit=PLAI&typologie=T2"));
    }

    [Fact]
    public async Task Les_exports_CSV_et_XLSX_suivent_les_filtres_sans_ages_ni_ressources()
    {
        var aujourdhui = await AujourdhuiAsync();
        var prefixe = "EXP" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var guichet = await GuichetAsync();
        await CreerAsync(guichet, aujourdhui.AddMonths(-1), numero: prefixe + "A", revenu: 40_000m);
        await CreerAsync(guichet, aujourdhui.AddMonths(-2), numero: prefixe + "B");
        using var client = await app.ClientConnecteAsync("commune@demo.pilotis.fr");

        using var csv = await client.GetAsync($"/demandes?numero={prefixe}&produit=PLAI&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var texte = await csv.Content.ReadAsStringAsync();
        var lignes = texte.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Numéro unique;État;Date de dépôt", lignes[0]);
        Assert.Equal(2, lignes.Length); // seule la demande B (18 000 €) est éligible au PLAI
        Assert.Contains(prefixe + "B;Active;", lignes[1]);
        Assert.DoesNotContain("Âge", texte);
        Assert.DoesNotContain("Revenu", texte);
        Assert.DoesNotContain("18000", texte.Replace(" ", "").Replace("\u202F", "").Replace("\u00A0", ""));

        using var xlsx = await client.GetAsync($"/demandes?numero={prefixe}&format=xlsx");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            xlsx.Content.Headers.ContentType?.MediaType
        );
        using var classeur = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var feuille = classeur.Worksheet(1);
        Assert.Equal("Numéro unique", feuille.Cell(1, 1).GetString());
        Assert.Equal(3, feuille.LastRowUsed()!.RowNumber());
        Assert.Equal(prefixe + "A", feuille.Cell(2, 1).GetString()); // tri par défaut : dépôt le plus récent d'abord

        var page = await (await client.GetAsync($"/demandes?numero={prefixe}&tri=anciennete")).TexteAsync();
        Assert.True(
            page.IndexOf(prefixe + "B", StringComparison.Ordinal)
                < page.IndexOf(prefixe + "A", StringComparison.Ordinal)
        );
        Assert.Contains("2 demandes", page);
    }
}

[Collection(Fournisseurs.Sqlite)]
public sealed class RegistreDemandesSqlite(SqliteFactory app) : RegistreDemandesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class RegistreDemandesPostgres(PostgresFactory app) : RegistreDemandesTests(app);
