using System.Net;
using System.Text;
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
/// Import of an extract of the national demand register (public contract: docs/formats/demandes.md), through the page
/// /demandes/import (DDTM administrator) and the importer used by `pilotis import demandes`: whole file checked, every
/// bad line numbered, all or nothing, same file twice changes nothing, a newer extract updates by numéro unique.
/// </summary>
public abstract class ImportDemandesTests(PilotisFactory app)
{
    private const string Page = "/demandes/import";
    private static readonly string Entete = FormatDemandes.Entete;

    [Fact]
    public async Task Un_bon_fichier_ecrit_les_demandes_et_leurs_colonnes_derivees()
    {
        var n = Numero();
        var journalAvant = await EntreesDuJournalAsync();
        using var client = await ClientDdtmAsync(Role.Administrateur);
        var premier = await ImporterParLaPageAsync(client, FichierDeTroisDemandes(n));
        Assert.Contains("3 demande(s) lue(s) : 3 ajoutée(s), 0 modifiée(s), 0 inchangée(s).", premier);

        var demandes = await LireAsync(n);
        Assert.Equal(3, demandes.Count);
        LaDemandeDUnCoupleAvecEnfantEstComplete(demandes[0]);

        var b = demandes[1];
        Assert.Equal((14200.50m, true, true, true), (b.RevenuFiscalReference, b.Mutation, b.Dalo, b.Handicap));
        Assert.Equal(CriteresPrioritaires.Handicap, b.CriteresPrioritaires);
        // la principale est ajoutée aux typologies acceptées
        Assert.Equal(Typologies.T1 | Typologies.T2, b.TypologiesSouhaitees);
        Assert.Equal("200066918", b.EpciSiren); // Alès Agglomération
        Assert.Equal(ProduitsEligibles.Plai | ProduitsEligibles.Plus | ProduitsEligibles.Pls, b.ProduitsEligibles);

        var c = demandes[2];
        Assert.Equal(
            (StatutDemande.Satisfaite, MotifRadiation.Attribution, new DateOnly(2025, 6, 30), "30189"),
            (c.Statut, c.MotifRadiation!.Value, c.DateRadiation!.Value, c.CommuneAttributionCode)
        );
        Assert.Equal(CriteresPrioritaires.MalLogeDefavorise | CriteresPrioritaires.Violences, c.CriteresPrioritaires);
        Assert.Equal(Typologies.T3, c.TypologiesSouhaitees);
        Assert.Equal(journalAvant + 1, await EntreesDuJournalAsync()); // une entrée de synthèse
        var entree = await app.ExecuterAsync(db =>
            db.Journal.Where(j => j.Action == ImportDemandes.ActionJournal).OrderByDescending(j => j.Id).FirstAsync()
        );
        Assert.DoesNotContain("28450", entree.Apres ?? ""); // des comptes, jamais les valeurs d'une demande
        Assert.DoesNotContain(n, entree.Apres ?? "");
        Assert.Contains("demandes.csv", entree.Apres ?? ""); // la source : le fichier importé
        Assert.Contains("\"ajoutees\":3", entree.Apres ?? "");
    }

    [Fact]
    public async Task Reimporter_le_meme_fichier_ne_change_rien()
    {
        var n = Numero();
        var journalAvant = await EntreesDuJournalAsync();
        using var client = await ClientDdtmAsync(Role.Administrateur);
        await ImporterParLaPageAsync(client, FichierDeTroisDemandes(n));
        var jetons = (await LireAsync(n)).Select(d => (d.Id, d.Jeton, d.ModifieeLe)).ToList();

        var second = await ImporterParLaPageAsync(client, FichierDeTroisDemandes(n));
        Assert.Contains("3 demande(s) lue(s) : 0 ajoutée(s), 0 modifiée(s), 3 inchangée(s).", second);
        Assert.Equal(jetons, (await LireAsync(n)).Select(d => (d.Id, d.Jeton, d.ModifieeLe)).ToList());
        Assert.Equal(journalAvant + 1, await EntreesDuJournalAsync());
    }

    /// <summary>
    /// Un extrait national de trois demandes (BOM, fins de ligne CRLF) : un couple avec enfant à Nîmes, une personne
    /// seule DALO handicapée à Alès, une demande satisfaite par attribution.
    /// </summary>
    private static byte[] FichierDeTroisDemandes(string n) =>
        Encoding.UTF8.GetBytes(
            "\uFEFF"
                + string.Join(
                    "\r\n",
                    Entete,
                    $"{n}-1;30;2024-03-12;2026-03-12;ACTIVE;;;;demandeur|conjoint|enfant;38|36|8;non|non|non;non|non|"
                        + "oui;non;28450;2630;parc-prive;loyer-trop-cher|trop-petit;30189;30189;30189|30156|30258;T3;"
                        + "t3|t4;non;non;",
                    $"{n}-2;30;2025-09-02;;active;;;;demandeur;71;oui;non;non;14200,50;1190;parc-social;handicap|sante;"
                        + "30007;;30007;t2;t1;oui;oui;a",
                    $"{n}-3;30;2022-11-20;2024-11-20;satisfaite;;2025-06-30;30189;demandeur|enfant|enfant;29|6|3;;non|"
                        + "oui|oui;non;9800;1350;heberge;heberge|divorce;30341;;30189|30341;t3;;non;non;c|G"
                )
                + "\r\n"
        );

    private async Task<string> ImporterParLaPageAsync(HttpClient client, byte[] octets) =>
        WebUtility.HtmlDecode(
            await (await client.PosterFichierAsync(Page, Aucun, "Fichier", "demandes.csv", octets)).TexteAsync()
        );

    private Task<int> EntreesDuJournalAsync() =>
        app.ExecuterAsync(db => db.Journal.CountAsync(j => j.Action == ImportDemandes.ActionJournal));

    /// <summary>
    /// Le couple avec enfant : ménage, ressources, souhaits lus tels quels, colonnes dérivées calculées.
    /// </summary>
    private static void LaDemandeDUnCoupleAvecEnfantEstComplete(DemandeLogement a)
    {
        Assert.Equal("30", a.DepartementCode);
        Assert.Null(a.GuichetId); // extrait national : pas de guichet
        Assert.Equal(
            [
                new MembreMenage(LienMembre.Demandeur, 38, false, false),
                new MembreMenage(LienMembre.ConjointOuCoDemandeur, 36, false, false),
                new MembreMenage(LienMembre.Enfant, 8, false, true),
            ],
            a.Membres
        );
        Assert.Equal((28450m, 2630m), (a.RevenuFiscalReference, a.RessourcesMensuelles));
        Assert.Equal(SituationLogement.LocataireParcPrive, a.SituationLogement);
        Assert.Equal(MotifsDemande.LoyerTropCher | MotifsDemande.LogementTropPetit, a.Motifs);
        Assert.Equal(["30189", "30156", "30258"], a.Communes.OrderBy(c => c.Rang).Select(c => c.CommuneCode));
        Assert.Equal((Typologies.T3, Typologies.T3 | Typologies.T4), (a.TypologiePrincipale, a.TypologiesSouhaitees));
        Assert.Equal(new DateOnly(2027, 3, 12), a.DateFinValidite); // un an après le dernier renouvellement
        // Colonnes dérivées : 3 personnes dont 1 à charge → catégorie
        // 3 ; UC = 1 + 0,5 + 0,3 = 1,8 ; 2 630 × 12 / 1,8 = 17 533 €.
        Assert.Equal((3, 1, 3), (a.NombrePersonnes, a.PersonnesACharge, a.Categorie));
        Assert.Equal(1.8m, a.UnitesConsommation);
        Assert.Equal(17533m, a.RessourcesParUc);
        Assert.Equal(("30189", "243000643"), (a.CommunePrincipaleCode, a.EpciSiren));
        // 28 450 € pour 3 personnes (autres régions, 2026) : au-dessus du PLAI, sous le PLUS et le PLS.
        Assert.Equal(ProduitsEligibles.Plus | ProduitsEligibles.Pls, a.ProduitsEligibles);
    }

    [Fact]
    public async Task Un_extrait_plus_recent_met_a_jour_par_numero_unique_et_reecrit_les_communes()
    {
        var n = Numero();
        var v1 = string.Join(
            "\n",
            Entete,
            $"{n}-1;30;2025-01-15;;active;;;;demandeur|enfant;40|12;;non|oui;non;18000;1500;parc-prive;"
                + "loyer-trop-cher;30189;;30189|30156|30258;t3;t3;non;non;",
            $"{n}-2;30;2025-02-01;;active;;;;demandeur;30;;;non;15000;1200;heberge;heberge;30007;;30007;t2;t2;non;non;"
        );
        var v2 = string.Join(
            "\n",
            Entete,
            $"{n}-1;30;2025-01-15;2026-01-15;active;;;;demandeur|enfant|enfant;40|12|1;;non|oui|oui;non;18000;1500;"
                + "parc-prive;trop-petit;30189;;30007|30189;t4;t3|t4;non;non;",
            $"{n}-2;30;2025-02-01;;active;;;;demandeur;30;;;non;15000;1200;heberge;heberge;30007;;30007;t2;t2;non;non;",
            $"{n}-3;30;2025-03-01;;radiee;renonciation;2026-02-01;;demandeur;50;;;non;20000;1700;parc-prive;;30189;;"
                + "30189;t2;t2;non;non;"
        );

        Assert.Equal((2L, 0L, 0L), Comptes(await ImporterAsync(v1)));
        var avant = (await LireAsync(n))[0];
        var garrigues = await app.ExecuterAsync(db =>
            db.Organisations.Where(o => o.Siren == "900000019").Select(o => o.Id).SingleAsync()
        );
        await app.ExecuterAsync(db =>
            db.Demandes.Where(d => d.Id == avant.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.GuichetId, garrigues))
        );

        var bilan = await ImporterAsync(v2);
        Assert.True(bilan.Reussi);
        Assert.Equal((1L, 1L, 1L), Comptes(bilan)); // la 3 est nouvelle, la 1 a changé, la 2 est identique
        var apres = await LireAsync(n);
        var premiere = apres[0];
        Assert.Equal(avant.Id, premiere.Id); // même demande, mise à jour
        Assert.Equal(garrigues, premiere.GuichetId); // le guichet enregistreur est gardé
        Assert.NotEqual(avant.Jeton, premiere.Jeton);
        Assert.Equal(["30007", "30189"], premiere.Communes.OrderBy(c => c.Rang).Select(c => c.CommuneCode));
        Assert.Equal(("30007", "200066918"), (premiere.CommunePrincipaleCode, premiere.EpciSiren));
        Assert.Equal(
            (3, 2, MotifsDemande.LogementTropPetit, Typologies.T4),
            (premiere.NombrePersonnes, premiere.PersonnesACharge, premiere.Motifs, premiere.TypologiePrincipale)
        );
        Assert.Equal(new DateOnly(2027, 1, 15), premiere.DateFinValidite);
        Assert.Equal(
            (StatutDemande.Radiee, MotifRadiation.Renonciation),
            (apres[2].Statut, apres[2].MotifRadiation!.Value)
        );
    }

    [Fact]
    public async Task Un_fichier_faux_est_refuse_avec_chaque_ligne_et_rien_n_est_ecrit()
    {
        var n = Numero();
        const string Fin = "non;15000;1200;heberge;heberge;30189;;30189;t2;t2;non;non;";
        var fichier = string.Join(
            "\n",
            Entete,
            $"{n}-1;30;2025-01-10;;active;;;;demandeur;30;;;{Fin}", // 2 : bonne
            // 3 : commune inconnue
            $"{n}-2;30;2025-01-10;;active;;;;demandeur;30;;;non;15000;1200;heberge;heberge;30189;;99999;t2;t2;non;"
                + "non;",
            $"{n}-3;30;10/01/2025;;active;;;;demandeur;30;;;{Fin}", // 4 : date mal formée
            $"{n}-1;30;2025-01-10;;active;;;;demandeur;30;;;{Fin}", // 5 : numéro en double
            $"{n}-4;30;2025-01-10;;active;;;;demandeur|enfant;30;;;{Fin}", // 6 : âges
            $"{n}-5;30;2025-01-10;;en-cours;;;;demandeur;30;;;{Fin}", // 7 : statut inconnu
            $"{n}-6;34;2025-01-10;;active;;;;demandeur;30;;;{Fin}", // 8 : autre département
            // 9 : jeune couple sans âge
            $"{n}-7;30;2025-01-10;;active;;;;demandeur|conjoint;30;;;oui;15000;1200;heberge;heberge;30189;;30189;t2;"
                + "t2;non;non;",
            $"{n}-8;30;2025-01-10;;radiee;;2025-06-01;;demandeur;30;;;{Fin}", // 10 : radiée sans motif
            $"{n}-9;30;2025-01-10;;active;;;;demandeur|conjoint|conjoint;30|31|32;;;{Fin}", // 11 : deux conjoints
            $"{n}-10;30;2025-01-10;;active;;;;demandeur;30;;;non;-5;1200;heberge;heberge;30189;;30189;t2;t2;non;non;"
        ); // 12 : revenu négatif
        var avant = await app.ExecuterAsync(db => db.Demandes.CountAsync());

        using var client = await ClientDdtmAsync(Role.Administrateur);
        var html = WebUtility.HtmlDecode(
            await (
                await client.PosterFichierAsync(Page, Aucun, "Fichier", "demandes.csv", Encoding.UTF8.GetBytes(fichier))
            ).TexteAsync()
        );

        Assert.Contains("Rien n'a été importé : 10 ligne(s) en erreur", html);
        Assert.DoesNotContain("Ligne 2 :", html);
        Assert.Contains("Ligne 3 : Commune souhaitée inconnue : « 99999 » (code INSEE attendu).", html);
        Assert.Contains("Ligne 4 : date_depot : « 10/01/2025 » n'est pas une date au format AAAA-MM-JJ.", html);
        Assert.Contains(
            $"Ligne 5 : numero_unique : « {n}-1 » figure déjà ligne 2 ; un numéro unique ne peut apparaître qu'une "
                + $"fois.",
            html
        );
        Assert.Contains("Ligne 6 : ages : 1 âge(s) pour 2 personne(s) dans liens", html);
        Assert.Contains("Ligne 7 : statut : « en-cours » inconnu (attendu : active, radiee, satisfaite).", html);
        Assert.Contains("Ligne 8 : departement : le département 34 est hors de votre périmètre.", html);
        Assert.Contains("Ligne 9 : ages : 1 âge(s) pour 2 personne(s)", html);
        Assert.Contains("Ligne 10 : Indiquez le motif de radiation", html);
        Assert.Contains("Ligne 11 : Le ménage compte au plus un conjoint ou codemandeur.", html);
        Assert.Contains("Ligne 12 : Le revenu fiscal de référence ne peut pas être négatif.", html);
        Assert.Equal(avant, await app.ExecuterAsync(db => db.Demandes.CountAsync()));
        Assert.Empty(await LireAsync(n));
    }

    [Fact]
    public async Task En_tete_incomplet_fichier_vide_et_colonnes_inconnues()
    {
        var manquantes = await ImporterAsync("numero_unique;departement\nX;30\n");
        Assert.StartsWith(
            "Colonnes absentes de l'en-tête : date_depot, date_renouvellement, statut",
            Assert.Single(manquantes.Erreurs).Message
        );

        var vide = await ImporterAsync(Entete + "\n");
        Assert.Equal(
            "Le fichier ne contient aucune ligne de données après l'en-tête.",
            Assert.Single(vide.Erreurs).Message
        );

        var n = Numero();
        var extra = await ImporterAsync(
            Entete
                + ";nom_guichet\n"
                + $"{n};30;2025-01-10;;active;;;;demandeur;30;;;non;15000;1200;heberge;;30189;;30189;t2;;non;non;;"
                + "Guichet X\n"
        );
        Assert.Equal(1, extra.Ajoutees);
        Assert.Contains("Colonnes ignorées (inconnues du format) : nom_guichet.", extra.Avertissements);
    }

    [Fact]
    public async Task Le_fichier_d_exemple_du_format_s_importe()
    {
        var racine = new DirectoryInfo(AppContext.BaseDirectory);
        while (racine is not null && !File.Exists(Path.Combine(racine.FullName, "Pilotis.slnx")))
            racine = racine.Parent;
        var n = Numero();
        // Numéros rendus uniques pour ne pas dépendre des autres tests de la collection.
        var texte = (
            await File.ReadAllTextAsync(Path.Combine(racine!.FullName, "docs", "formats", "exemples", "demandes.csv"))
        ).Replace("\n0302", "\n" + n + "-0302", StringComparison.Ordinal);
        var bilan = await ImporterAsync(texte);
        Assert.True(bilan.Reussi, string.Join(" / ", bilan.Erreurs.Select(e => $"{e.Ligne} {e.Message}")));
        Assert.Equal(3, bilan.Ajoutees);
    }

    [Fact]
    public async Task Seul_un_administrateur_de_la_DDTM_importe()
    {
        using var anonyme = app.ClientAnonyme();
        using (var reponse = await anonyme.GetAsync(Page))
            Assert.Equal(HttpStatusCode.Redirect, reponse.StatusCode);

        using var agent = await ClientDdtmAsync(Role.Agent);
        await agent.RefuseAsync(Page);
        var bailleur = await app.CreerCompteAsync(
            TypeOrganisation.Bailleur,
            NiveauPerimetre.Departement,
            "30",
            Role.Administrateur
        );
        using var clientBailleur = await app.ClientConnecteAsync(bailleur.Courriel, bailleur.MotDePasse);
        await clientBailleur.RefuseAsync(Page);
        var epci = await app.CreerCompteAsync(
            TypeOrganisation.Epci,
            NiveauPerimetre.Epci,
            "243000643",
            Role.Administrateur
        );
        using var clientEpci = await app.ClientConnecteAsync(epci.Courriel, epci.MotDePasse);
        await clientEpci.RefuseAsync(Page);

        using var admin = await ClientDdtmAsync(Role.Administrateur);
        var html = await (await admin.GetAsync(Page)).TexteAsync();
        Assert.Contains("Importer un extrait du registre des demandes", html);
    }

    private static (long, long, long) Comptes(BilanImportDemandes b) => (b.Ajoutees, b.Modifiees, b.Inchangees);

    private Task<BilanImportDemandes> ImporterAsync(string contenu)
    {
        var octets = Encoding.UTF8.GetBytes(contenu);
        return app.AvecServicesAsync(s =>
            new ImportDemandes(s.GetRequiredService<PilotisDbContext>()).ExecuterAsync(() => new MemoryStream(octets))
        );
    }

    private Task<List<DemandeLogement>> LireAsync(string prefixe) =>
        app.ExecuterAsync(db =>
            db.Demandes.AsNoTracking()
                .Include(d => d.Communes)
                .Where(d => d.NumeroUnique.StartsWith(prefixe))
                .OrderBy(d => d.NumeroUnique.Length)
                .ThenBy(d => d.NumeroUnique)
                .ToListAsync()
        );

    private static readonly Dictionary<string, string> Aucun = [];

    private static string Numero() => "T" + Guid.NewGuid().ToString("N")[..12];

    private Task<HttpClient> ClientDdtmAsync(Role role) =>
        app.ClientNouveauCompteAsync(TypeOrganisation.Ddtm, NiveauPerimetre.Departement, "30", role);
}

[Collection(Fournisseurs.Sqlite)]
public sealed class ImportDemandesSqlite(SqliteFactory app) : ImportDemandesTests(app);

[Collection(Fournisseurs.Postgres)]
public sealed class ImportDemandesPostgres(PostgresFactory app) : ImportDemandesTests(app);
