using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Annuaire;
using Pilotis.Data.Demonstration;
using Pilotis.Data.Production;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>
/// Les commandes de `pilotis`. Chacune renvoie 0 si tout va bien, 1 si l'entrée est refusée (rien n'est écrit), 2 en
/// cas d'erreur.
/// </summary>
public static class Commandes
{
    public static Command Migrer()
    {
        var commande = new Command(
            "migrer",
            "Crée ou met à jour le schéma de la base (SQLite ou PostgreSQL selon la configuration)."
        );
        commande.Aliases.Add("migrate");
        commande.SetAction(
            async (_, ct) =>
                await Executer(async services =>
                {
                    var db = services.GetRequiredService<PilotisDbContext>();
                    var enAttente = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                    await AnsiConsole
                        .Status()
                        .StartAsync("Migration de la base…", async _ => await db.Database.MigrateAsync(ct));
                    await RolesIdentite.CreerAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
                    AnsiConsole.MarkupLine(
                        enAttente.Count == 0
                            ? "[green]Base déjà à jour.[/]"
                            : $"[green]{enAttente.Count} migration(s) appliquée(s) :[/] "
                                + Markup.Escape(string.Join(", ", enAttente))
                    );
                    return 0;
                })
        );
        return commande;
    }

    public static Command Import()
    {
        var import = new Command(
            "import",
            "Importe des données : territoires, attributs de communes, opérations, demandes, baux signés."
        );
        import.Add(ImportTerritoires());
        import.Add(ImportAttributsCommunes());
        import.Add(ImportOperationsCommande());
        import.Add(CommandesImportDemandes.Import());
        import.Add(CommandesImportAttributions.Import());
        import.Add(CommandesImportLogements.Import());
        import.Add(CommandesImportLiberations.Import());
        import.Add(CommandesImportAides.Import());
        import.Add(CommandesImportFoncier.Import());
        import.Add(CommandesImportOutilsFonciers.Import());
        return import;
    }

    /// <summary>« pilotis import territoires » : le référentiel territorial, avec sa progression.</summary>
    private static Command ImportTerritoires()
    {
        var territoires = new Command(
            "territoires",
            "Importe ou met à jour régions, départements, EPCI et communes depuis @etalab/decoupage-administratif "
                + "(idempotent)."
        );
        var dossier = new Option<string?>("--dossier")
        {
            Description = "Dossier data du paquet (par défaut : node_modules/@etalab/decoupage-administratif/data).",
        };
        territoires.Add(dossier);
        territoires.SetAction(
            async (resultat, ct) =>
                await Executer(async services =>
                {
                    var chemin = resultat.GetValue(dossier) ?? services.GetRequiredService<DossierReferentiel>().Chemin;
                    var db = services.GetRequiredService<PilotisDbContext>();
                    await db.Database.MigrateAsync(ct);
                    BilanImportReferentiel? bilan = null;
                    await AnsiConsole
                        .Progress()
                        .Columns(
                            new TaskDescriptionColumn(),
                            new ProgressBarColumn(),
                            new PercentageColumn(),
                            new ElapsedTimeColumn()
                        )
                        .StartAsync(async contexte =>
                        {
                            var tache = contexte.AddTask("Référentiel territorial", maxValue: 100);
                            var progression = new Progress<(string Etape, double Pourcentage)>(p =>
                            {
                                tache.Description = $"Référentiel : {p.Etape}";
                                tache.Value = p.Pourcentage;
                            });
                            bilan = await new ImportReferentiel(db).ExecuterAsync(chemin, progression, ct);
                            tache.Value = 100;
                        });
                    AfficherBilanReferentiel(bilan!);
                    return 0;
                })
        );
        return territoires;
    }

    private static void AfficherBilanReferentiel(BilanImportReferentiel bilan)
    {
        var table = new Table().AddColumns(
            "Version",
            "Régions",
            "Départements",
            "EPCI",
            "Communes",
            "Ajoutées",
            "Modifiées",
            "Supprimées",
            "Durée"
        );
        table.AddRow(
            bilan.Version,
            $"{bilan.Regions}",
            $"{bilan.Departements}",
            $"{bilan.Epci}",
            $"{bilan.Communes}",
            $"{bilan.Ajoutees}",
            $"{bilan.Modifiees}",
            $"{bilan.Supprimees}",
            $"{bilan.Duree.TotalSeconds:0.0} s"
        );
        AnsiConsole.Write(table);
    }

    /// <summary>« pilotis import attributs » : attributs datés des communes, tout ou rien.</summary>
    private static Command ImportAttributsCommunes()
    {
        var attributs = new Command(
            "attributs",
            "Importe des attributs datés de communes (CSV code_commune;attribut;valeur;valide_depuis;source). "
                + "Tout ou rien."
        );
        var fichier = new Argument<FileInfo>("fichier") { Description = "Fichier CSV (UTF-8, « ; »)." };
        attributs.Add(fichier);
        attributs.SetAction(
            async (resultat, ct) =>
                await Executer(async services =>
                {
                    var f = resultat.GetValue(fichier)!;
                    if (!f.Exists)
                    {
                        AnsiConsole.MarkupLine($"[red]Fichier introuvable :[/] {Markup.Escape(f.FullName)}");
                        return 1;
                    }
                    await using var flux = f.OpenRead();
                    var bilan = await new ImportAttributs(
                        services.GetRequiredService<PilotisDbContext>()
                    ).ExecuterAsync(flux, ct: ct);
                    return AfficherBilan(
                        bilan.Erreurs,
                        $"{bilan.Lignes} ligne(s) : {bilan.Ajoutes} ajoutée(s), {bilan.Modifies} modifiée(s), "
                            + $"{bilan.Inchanges} inchangée(s)."
                    );
                })
        );
        return attributs;
    }

    private static Command ImportOperationsCommande()
    {
        var commande = new Command(
            "operations",
            "Importe des opérations existantes (CSV « ; », une ligne par lot ; docs/formats/operations.md). "
                + "Tout ou rien ; réimporter le même fichier ne change rien."
        );
        var fichier = new Argument<FileInfo>("fichier")
        {
            Description = "Fichier CSV (UTF-8, « ; », ligne d'en-tête).",
        };
        commande.Add(fichier);
        commande.SetAction(
            async (resultat, ct) =>
                await Executer(async services =>
                {
                    var f = resultat.GetValue(fichier)!;
                    if (!f.Exists)
                    {
                        AnsiConsole.MarkupLine($"[red]Fichier introuvable :[/] {Markup.Escape(f.FullName)}");
                        return 1;
                    }
                    var db = services.GetRequiredService<PilotisDbContext>();
                    BilanImportOperations? bilan = null;
                    var chrono = System.Diagnostics.Stopwatch.StartNew();
                    await AnsiConsole
                        .Progress()
                        .Columns(
                            new TaskDescriptionColumn(),
                            new ProgressBarColumn(),
                            new PercentageColumn(),
                            new ElapsedTimeColumn()
                        )
                        .StartAsync(async contexte =>
                        {
                            var lecture = contexte.AddTask("Lecture et vérification", maxValue: Math.Max(1, f.Length));
                            await using var flux = f.OpenRead();
                            bilan = await new ImportOperations(db).ExecuterAsync(
                                flux,
                                auteur: $"pilotis import operations {f.Name}",
                                progression: _ => lecture.Value = flux.Position,
                                ct: ct
                            );
                            lecture.Value = lecture.MaxValue;
                        });
                    foreach (var avertissement in bilan!.Avertissements)
                        AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(avertissement)}[/]");
                    return AfficherBilan(
                        bilan.Erreurs,
                        $"{bilan.Lignes} ligne(s), {bilan.Operations} opération(s) : {bilan.Ajoutees} ajoutée(s), "
                            + $"{bilan.Modifiees} modifiée(s), {bilan.Inchangees} inchangée(s) "
                            + $"en {chrono.Elapsed.TotalSeconds:0.0} s."
                    );
                })
        );
        return commande;
    }

    public static Command Demo()
    {
        var commande = new Command(
            "demo",
            "Sème les données de démonstration du Gard si la base n'a encore aucune organisation."
        );
        commande.Aliases.Add("seed-demo");
        commande.SetAction(
            async (_, ct) =>
                await Executer(async services =>
                {
                    var db = services.GetRequiredService<PilotisDbContext>();
                    await db.Database.MigrateAsync(ct);
                    if (!await db.Communes.AnyAsync(ct))
                    {
                        await new ImportReferentiel(db).ExecuterAsync(
                            services.GetRequiredService<DossierReferentiel>().Chemin,
                            ct: ct
                        );
                    }
                    var seme = await services.GetRequiredService<SemisDemonstration>().ExecuterAsync(ct);
                    var maintenant = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
                    await new SemisSru(db).ExecuterAsync("30", maintenant, ct);
                    await new SemisProduction(db).ExecuterAsync(maintenant, ct);
                    await new SemisAides(db).ExecuterAsync(ct);
                    await new SemisParc(db).ExecuterAsync(maintenant, ct);
                    await new SemisFoncier(db).ExecuterAsync(maintenant, ct);
                    await new SemisFormationEtConcertation(db).ExecuterAsync(maintenant, ct);
                    await new SemisInformation(db).ExecuterAsync(maintenant, ct);
                    await new SemisFeuilleDeRoute(db).ExecuterAsync(maintenant, ct);
                    await Pilotis.Data.Demande.BaremePlafonds.SemerAsync(db, ct);
                    await new SemisDemandes(db).ExecuterAsync(maintenant, ct: ct);
                    await new SemisObjectifsAttribution(db).ExecuterAsync(maintenant, ct);
                    await new SemisAttribution(db).ExecuterAsync(maintenant, ct);
                    await new SemisCaleol(db).ExecuterAsync(maintenant, ct);
                    if (!seme)
                    {
                        AnsiConsole.MarkupLine(
                            "[yellow]La base contient déjà des organisations : rien n'a été semé.[/]"
                        );
                        return 0;
                    }
                    var table = new Table().AddColumns("Courriel", "Organisation", "Rôle");
                    foreach (var c in SemisDemonstration.Comptes)
                        table.AddRow(c.Courriel, Markup.Escape(c.Organisation), c.Role.Libelle());
                    AnsiConsole.Write(table);
                    AnsiConsole.MarkupLine($"Mot de passe commun : [bold]{SemisDemonstration.MotDePasse}[/]");
                    return 0;
                })
        );
        return commande;
    }

    public static Command Utilisateur()
    {
        var utilisateur = new Command("utilisateur", "Gère les comptes.");
        var creer = new Command("creer", "Crée un compte rattaché à une organisation existante.");
        creer.Aliases.Add("create");
        var courriel = new Option<string>("--courriel")
        {
            Description = "Courriel (identifiant de connexion).",
            Required = true,
        };
        var nom = new Option<string>("--nom") { Description = "Nom complet.", Required = true };
        var organisation = new Option<string>("--organisation")
        {
            Description = "Identifiant numérique ou nom exact de l'organisation.",
            Required = true,
        };
        var role = new Option<string>("--role")
        {
            Description = "administrateur, agent ou lecteur.",
            DefaultValueFactory = _ => "agent",
        };
        role.AcceptOnlyFromAmong("administrateur", "agent", "lecteur");
        var motDePasse = new Option<string?>("--mot-de-passe")
        {
            Description = "Mot de passe (sinon lu de la variable PILOTIS_MOT_DE_PASSE, ou demandé).",
        };
        creer.Add(courriel);
        creer.Add(nom);
        creer.Add(organisation);
        creer.Add(role);
        creer.Add(motDePasse);
        creer.SetAction(
            async (resultat, ct) =>
                await Executer(async services =>
                {
                    var db = services.GetRequiredService<PilotisDbContext>();
                    var cle = resultat.GetValue(organisation)!;
                    var org = int.TryParse(cle, out var id)
                        ? await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, ct)
                        : await db.Organisations.FirstOrDefaultAsync(o => o.Nom == cle, ct);
                    if (org is null)
                    {
                        AnsiConsole.MarkupLine($"[red]Organisation introuvable :[/] {Markup.Escape(cle)}");
                        return 1;
                    }
                    var secret = resultat.GetValue(motDePasse)
                        ?? Environment.GetEnvironmentVariable("PILOTIS_MOT_DE_PASSE")
                        ?? AnsiConsole.Prompt(new TextPrompt<string>("Mot de passe :").Secret());
                    await RolesIdentite.CreerAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
                    var gestion = services.GetRequiredService<UserManager<Utilisateur>>();
                    var compte = new Utilisateur
                    {
                        UserName = resultat.GetValue(courriel)!.Trim(),
                        Email = resultat.GetValue(courriel)!.Trim(),
                        EmailConfirmed = true,
                        NomComplet = resultat.GetValue(nom)!.Trim(),
                        OrganisationId = org.Id,
                    };
                    // Le compte et son rôle sont créés ensemble ou pas du tout.
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    var creation = await gestion.CreateAsync(compte, secret);
                    if (!creation.Succeeded)
                        return AfficherBilan(
                            creation.Errors.Select(e => new ErreurLigne(0, e.Description)).ToList(),
                            ""
                        );
                    var ajout = await gestion.AddToRoleAsync(compte, resultat.GetValue(role)!);
                    if (!ajout.Succeeded)
                        return AfficherBilan(ajout.Errors.Select(e => new ErreurLigne(0, e.Description)).ToList(), "");
                    await transaction.CommitAsync(ct);
                    AnsiConsole.MarkupLine(
                        $"[green]Compte créé :[/] {Markup.Escape(compte.Email)} — {Markup.Escape(org.Nom)} "
                            + $"({resultat.GetValue(role)})"
                    );
                    return 0;
                })
        );
        utilisateur.Add(creer);
        return utilisateur;
    }

    internal static int AfficherBilan(IReadOnlyList<ErreurLigne> erreurs, string succes)
    {
        if (erreurs.Count == 0)
        {
            AnsiConsole.MarkupLine($"[green]{Markup.Escape(succes)}[/]");
            return 0;
        }
        AnsiConsole.MarkupLine($"[red]Refusé, rien n'a été écrit : {erreurs.Count} erreur(s).[/]");
        foreach (var e in erreurs)
            AnsiConsole.MarkupLine(
                e.Ligne > 0 ? $"  Ligne {e.Ligne} : {Markup.Escape(e.Message)}" : $"  {Markup.Escape(e.Message)}"
            );
        return 1;
    }

    /// <summary>Description commune de l'argument fichier des imports CSV.</summary>
    internal const string FichierCsv = "Fichier CSV (UTF-8, « ; », ligne d'en-tête).";

    /// <summary>
    /// Une commande « pilotis import NOM FICHIER » : l'argument fichier et l'action qui lance l'import dans un
    /// conteneur de services (<see cref="Executer"/>). Les imports ne diffèrent que par leur nom, leur aide et leur
    /// travail.
    /// </summary>
    internal static Command CommandeImport(
        string nom,
        string description,
        string descriptionFichier,
        Func<IServiceProvider, FileInfo, CancellationToken, Task<int>> importer
    )
    {
        var commande = new Command(nom, description);
        var fichier = new Argument<FileInfo>("fichier") { Description = descriptionFichier };
        commande.Add(fichier);
        commande.SetAction(
            async (resultat, ct) => await Executer(services => importer(services, resultat.GetValue(fichier)!, ct))
        );
        return commande;
    }

    internal static async Task<int> Executer(Func<IServiceProvider, Task<int>> action)
    {
        try
        {
            await using var racine = Contexte.Construire();
            await using var scope = racine.CreateAsyncScope();
            return await action(scope.ServiceProvider);
        }
        catch (ImportReferentielException e)
        {
            AnsiConsole.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 1;
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException or System.Data.Common.DbException)
        {
            AnsiConsole.MarkupLine($"[red]Erreur :[/] {Markup.Escape(e.Message)}");
            return 2;
        }
    }
}
