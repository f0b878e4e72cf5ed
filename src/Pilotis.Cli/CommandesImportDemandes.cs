using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>`pilotis import demandes` (extrait du registre national) et `pilotis generer` (demandes
/// fictives).</summary>
public static class CommandesImportDemandes
{
    public static Command Import() =>
        Commandes.CommandeImport(
            "demandes",
            "Importe un extrait du registre des demandes (CSV « ; », une ligne par demande ; "
                + "docs/formats/demandes.md). Tout ou rien ; "
                + "une demande dont le numéro unique existe est mise à jour ; réimporter le même fichier ne change "
                + "rien.",
            Commandes.FichierCsv,
            (services, fichier, ct) => ImporterAsync(services, fichier, ct)
        );

    private static async Task<int> ImporterAsync(IServiceProvider services, FileInfo f, CancellationToken ct)
    {
        if (!f.Exists)
        {
            AnsiConsole.MarkupLine($"[red]Fichier introuvable :[/] {Markup.Escape(f.FullName)}");
            return 1;
        }
        var db = services.GetRequiredService<PilotisDbContext>();
        // Les produits éligibles se calculent avec le barème : une base migrée par la seule ligne de
        // commande n'en a pas encore.
        await BaremePlafonds.SemerAsync(db, ct);
        var chrono = Stopwatch.StartNew();
        var bilan = await ImporterAvecProgressionAsync(db, f, ct);
        foreach (var avertissement in bilan.Avertissements)
            AnsiConsole.MarkupLine($"[yellow]{Markup.Escape(avertissement)}[/]");
        if (bilan.NombreErreurs > bilan.Erreurs.Count)
        {
            AnsiConsole.MarkupLine(
                $"[red]{bilan.NombreErreurs:N0} ligne(s) en erreur ; les {bilan.Erreurs.Count} premières "
                    + $"sont listées.[/]"
            );
        }
        var debit = bilan.Lignes / Math.Max(0.001, chrono.Elapsed.TotalSeconds);
        return Commandes.AfficherBilan(
            bilan.Erreurs,
            $"{bilan.Lignes:N0} demande(s) : {bilan.Ajoutees:N0} ajoutée(s), {bilan.Modifiees:N0} "
                + $"modifiée(s), {bilan.Inchangees:N0} inchangée(s) "
                + $"en {chrono.Elapsed.TotalSeconds:0.0} s (une passe : lecture, vérification et "
                + (
                    bilan.DureeFusion > TimeSpan.Zero
                        ? $"COPY {bilan.DureeCopie.TotalSeconds:0.0} s, fusion {bilan.DureeFusion.TotalSeconds:0.0} s"
                        : $"écriture {bilan.DureeVerification.TotalSeconds:0.0} s"
                )
                + $" ; {debit:N0} lignes/s)."
        );
    }

    /// <summary>L'import avec deux barres : vérification (position dans le fichier), puis écriture.</summary>
    private static async Task<BilanImportDemandes> ImporterAvecProgressionAsync(
        PilotisDbContext db,
        FileInfo f,
        CancellationToken ct
    )
    {
        BilanImportDemandes? bilan = null;
        await AnsiConsole
            .Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn()
            )
            .StartAsync(async contexte =>
            {
                var verification = contexte.AddTask("Vérification", maxValue: Math.Max(1, f.Length));
                ProgressTask? ecriture = null;
                FileStream? courant = null;
                long lignes = 0;
                // Le rapport arrive sur un autre fil : la position
                // du fichier donne l'avancement de la vérification.
                var progression = new Progress<ProgressionImportDemandes>(p =>
                {
                    if (p.Phase == "Écriture")
                    {
                        verification.Value = verification.MaxValue;
                        ecriture ??= contexte.AddTask("Écriture", maxValue: Math.Max(1, lignes));
                        ecriture.Value = p.Lignes;
                    }
                    else
                    {
                        lignes = Math.Max(lignes, p.Lignes);
                        verification.Description = $"{p.Phase} ({p.Lignes:N0} lignes)";
                        if (courant is { CanSeek: true } flux)
                            verification.Value = Math.Min(verification.MaxValue, flux.Position);
                    }
                });
                bilan = await new ImportDemandes(db).ExecuterAsync(
                    () => courant = f.OpenRead(),
                    auteur: $"pilotis import demandes {f.Name}",
                    progression: progression,
                    ct: ct
                );
                verification.Value = verification.MaxValue;
                if (ecriture is not null)
                    ecriture.Value = ecriture.MaxValue;
            });
        return bilan!;
    }

    public static Command Generer()
    {
        var commande = new Command(
            "generer",
            "Génère des demandes fictives déterministes sur les communes réelles (pondérées par la population), au "
                + "format d'import des demandes."
        );
        var echelle = new Option<string>("--echelle")
        {
            Description = "gard (23 000 demandes) ou national (2,8 millions, toute la France).",
            Required = true,
        };
        echelle.AcceptOnlyFromAmong("gard", "national");
        var sortie = new Option<FileInfo?>("--sortie")
        {
            Description = "Fichier CSV écrit (par défaut : demandes-<echelle>.csv).",
        };
        var graine = new Option<int>("--graine")
        {
            Description = "Graine du tirage : même graine, même fichier (par défaut 2026).",
            DefaultValueFactory = _ => 2026,
        };
        var nombre = new Option<int?>("--nombre")
        {
            Description = "Nombre de demandes, pour une échelle réduite (par défaut celui de l'échelle).",
        };
        var logements = new Option<int?>("--logements")
        {
            Description =
                "Logements du parc écrits aussi (logements-<echelle>.csv, docs/formats/logements.md) : par "
                + "défaut 5,3 millions au national, 3 000 pour le Gard ; 0 : aucun.",
        };
        var sortieLogements = new Option<FileInfo?>("--sortie-logements")
        {
            Description = "Fichier CSV du parc (par défaut : logements-<echelle>.csv).",
        };
        commande.Add(echelle);
        commande.Add(sortie);
        commande.Add(logements);
        commande.Add(sortieLogements);
        commande.Add(graine);
        commande.Add(nombre);
        commande.SetAction(
            async (resultat, ct) =>
                await Commandes.Executer(async services =>
                {
                    var demandes = await GenererAsync(
                        services,
                        resultat.GetValue(echelle)!,
                        resultat.GetValue(sortie),
                        resultat.GetValue(graine),
                        resultat.GetValue(nombre),
                        ct
                    );
                    return demandes != 0
                        ? demandes
                        : await GenerationParc.GenererAsync(
                            services,
                            resultat.GetValue(echelle)!,
                            resultat.GetValue(sortieLogements),
                            resultat.GetValue(graine),
                            resultat.GetValue(logements),
                            ct
                        );
                })
        );
        return commande;
    }

    private static async Task<int> GenererAsync(
        IServiceProvider services,
        string echelle,
        FileInfo? sortie,
        int graine,
        int? nombre,
        CancellationToken ct
    )
    {
        var national = echelle == "national";
        var n = nombre ?? (national ? GenerateurDemandes.NombreNational : GenerateurDemandes.NombreGard);
        var f = sortie ?? new FileInfo($"demandes-{echelle}.csv");
        var db = services.GetRequiredService<PilotisDbContext>();
        var communes = await GenerateurDemandes.CommunesAsync(db, national ? null : "30", ct);
        if (communes.Count == 0)
        {
            AnsiConsole.MarkupLine(
                "[red]Aucune commune peuplée en base : importez d'abord le référentiel (pilotis import "
                    + "territoires).[/]"
            );
            return 1;
        }
        var aujourdhui = DateOnly.FromDateTime(
            (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime
        );
        var chrono = Stopwatch.StartNew();
        var ecrites = await EcrireAvecProgressionAsync(communes, n, graine, aujourdhui, f, ct);
        f.Refresh();
        var secondes = Math.Max(0.001, chrono.Elapsed.TotalSeconds);
        AnsiConsole.MarkupLine(
            $"[green]{ecrites:N0} demandes écrites dans {Markup.Escape(f.FullName)} "
                + $"({f.Length / 1024 / 1024:N0} Mo) en {secondes:0.0} s : {ecrites / secondes:N0} "
                + $"lignes/s ; {communes.Count:N0} communes.[/]"
        );
        return 0;
    }

    /// <summary>Génère les demandes et les écrit dans le fichier en affichant l'avancement.</summary>
    private static async Task<long> EcrireAvecProgressionAsync(
        IReadOnlyList<CommunePeuplee> communes,
        int n,
        int graine,
        DateOnly aujourdhui,
        FileInfo f,
        CancellationToken ct
    )
    {
        long ecrites = 0;
        await AnsiConsole
            .Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn()
            )
            .StartAsync(async contexte =>
            {
                var tache = contexte.AddTask($"{n:N0} demandes", maxValue: Math.Max(1, n));
                await using var flux = f.Create();
                await Task.Run(
                    () =>
                        ecrites = GenerateurDemandes.EcrireCsv(
                            new GenerateurDemandes(graine).Generer(communes, n, aujourdhui),
                            flux,
                            new Progress<long>(x => tache.Value = x)
                        ),
                    ct
                );
                tache.Value = tache.MaxValue;
            });
        return ecrites;
    }
}
