using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Sru;
using Spectre.Console;

namespace Pilotis.Cli;

/// <summary>
/// « pilotis sru » : obligations SRU des communes. « calculer » recalcule, pour une année, la situation de chaque
/// commune soumise selon la loi actuelle — le calcul même des pages (<see cref="RequetesSru"/>) — et en affiche la
/// synthèse et les dix prélèvements les plus forts. Rien n'est écrit en base.
/// </summary>
public static class CommandesSru
{
    public static Command Sru()
    {
        var sru = new Command("sru", "Obligations SRU des communes (CCH L302-5 et suivants).");
        var calculer = new Command(
            "calculer",
            "Recalcule la situation SRU (loi actuelle) de chaque commune soumise pour une année et affiche la synthèse."
        );
        calculer.Aliases.Add("compute");
        var annee = new Option<int>("--annee")
        {
            Description = "Année de l'inventaire (au 1er janvier) et du prélèvement, par exemple 2026.",
            Required = true,
        };
        var departement = new Option<string?>("--departement")
        {
            Description = "Code du département (30, 2A, 971…) ; par défaut toute la base.",
        };
        calculer.Add(annee);
        calculer.Add(departement);
        calculer.SetAction(
            async (resultat, ct) =>
            {
                try
                {
                    await using var racine = Contexte.Construire();
                    await using var scope = racine.CreateAsyncScope();
                    return await CalculerAsync(
                        scope.ServiceProvider,
                        resultat.GetValue(annee),
                        resultat.GetValue(departement),
                        AnsiConsole.Console,
                        ct
                    );
                }
                catch (Exception e)
                    when (e is InvalidOperationException or DbUpdateException or System.Data.Common.DbException)
                {
                    AnsiConsole.MarkupLine($"[red]Erreur :[/] {Markup.Escape(e.Message)}");
                    return 2;
                }
            }
        );
        sru.Add(calculer);
        return sru;
    }

    /// <summary>
    /// Le travail de « sru calculer » : 0 si tout va bien, 1 si l'entrée est refusée (département inconnu, année sans
    /// inventaire). Le calcul se fait département par département (une barre de progression en communes).
    /// </summary>
    public static async Task<int> CalculerAsync(
        IServiceProvider services,
        int annee,
        string? departement,
        IAnsiConsole console,
        CancellationToken ct = default
    )
    {
        var (code, synthese) = await ExecuterAsync(services, annee, departement, console, ct);
        if (synthese is null)
            return code;
        Afficher(console, annee, departement, synthese);
        return 0;
    }

    /// <summary>
    /// Calcule sans afficher la synthèse (la barre de progression et les refus, si) : pour les tests et les scripts.
    /// </summary>
    public static async Task<(int Code, SyntheseCalculSru? Synthese)> ExecuterAsync(
        IServiceProvider services,
        int annee,
        string? departement,
        IAnsiConsole console,
        CancellationToken ct = default
    )
    {
        var db = services.GetRequiredService<PilotisDbContext>();
        departement = string.IsNullOrWhiteSpace(departement) ? null : departement.Trim().ToUpperInvariant();
        if (annee is < 2000 or > 2100)
        {
            console.MarkupLine($"[red]L'année doit être comprise entre 2000 et 2100 (reçu : {annee}).[/]");
            return (1, null);
        }
        if (departement is not null && !await db.Departements.AnyAsync(d => d.Code == departement, ct))
        {
            console.MarkupLine($"[red]Département inconnu : « {Markup.Escape(departement)} ».[/]");
            return (1, null);
        }

        var parDepartement = await (
            from i in db.InventairesSru.AsNoTracking()
            join c in db.Communes.AsNoTracking() on i.CommuneCode equals c.Code
            where i.Annee == annee && i.Soumise && (departement == null || c.DepartementCode == departement)
            group i by c.DepartementCode into g
            orderby g.Key
            select new { Departement = g.Key, Communes = g.Count() }
        ).ToListAsync(ct);
        if (parDepartement.Count == 0)
        {
            var annees = await db
                .InventairesSru.AsNoTracking()
                .Where(i => i.Soumise)
                .Select(i => i.Annee)
                .Distinct()
                .OrderBy(a => a)
                .ToListAsync(ct);
            var ou = departement is null ? "" : $" dans le département {departement}";
            var disponibles =
                annees.Count == 0
                    ? "la base ne contient aucun inventaire SRU"
                    : $"années disponibles : {string.Join(", ", annees)}";
            console.MarkupLine(
                $"[red]Aucun inventaire SRU de commune soumise n'est enregistré pour {annee}{Markup.Escape(ou)} "
                    + $"({disponibles}) : rien à calculer.[/]"
            );
            return (1, null);
        }

        var situations = new RequetesSru(db);
        var toutes = new List<SituationSru>(parDepartement.Sum(d => d.Communes));
        await console
            .Progress()
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn()
            )
            .StartAsync(async contexte =>
            {
                var tache = contexte.AddTask(
                    $"Calcul SRU {annee}",
                    maxValue: Math.Max(1, parDepartement.Sum(d => d.Communes))
                );
                foreach (var d in parDepartement)
                {
                    tache.Description = $"Calcul SRU {annee} : département {d.Departement}";
                    toutes.AddRange(await situations.CalculerAsync(annee, d.Departement, ct: ct));
                    tache.Increment(d.Communes);
                }
                tache.Description = $"Calcul SRU {annee}";
            });
        return (0, Synthese(toutes, annee));
    }

    /// <summary>
    /// Totaux de la loi actuelle. Une commune exemptée par décret au 1er janvier compte parmi les soumises mais n'a ni
    /// logements manquants, ni objectif, ni prélèvement (CCH L302-5 III) — comme dans le simulateur des réformes.
    /// </summary>
    public static SyntheseCalculSru Synthese(IReadOnlyList<SituationSru> situations, int annee)
    {
        var debut = new DateOnly(annee, 1, 1);
        var calculees = situations.Where(s => !s.Inventaire.ExempteeLe(debut)).ToList();
        return new SyntheseCalculSru(
            situations.Count,
            situations.Count - calculees.Count,
            calculees.Count(s => s.Resultat.LogementsManquants > 0),
            calculees.Sum(s => (long)s.Resultat.LogementsManquants),
            calculees.Sum(s => (long)s.Resultat.ObjectifTriennal),
            calculees.Sum(s => s.Resultat.PrelevementBrut),
            calculees.Sum(s => s.Resultat.PrelevementNet),
            calculees.Count(s => s.Resultat.PrelevementNet > 0m),
            situations.Count(s => s.EtatCarence == EtatCarence.Carencee),
            situations.Count(s => s.EtatCarence is EtatCarence.Proposee or EtatCarence.ExamineeEnCommission),
            [
                .. calculees
                    .Where(s => s.Resultat.PrelevementNet > 0m)
                    .OrderByDescending(s => s.Resultat.PrelevementNet)
                    .ThenByDescending(s => s.Resultat.PrelevementBrut)
                    .ThenBy(s => s.Inventaire.CommuneCode, StringComparer.Ordinal)
                    .Take(10),
            ]
        );
    }

    private static void Afficher(IAnsiConsole console, int annee, string? departement, SyntheseCalculSru s)
    {
        var titre =
            $"SRU {annee} — loi actuelle — {(departement is null ? "toute la base" : $"département {departement}")}";
        var synthese = new Table()
            .Title(Markup.Escape(titre))
            .AddColumn("Indicateur")
            .AddColumn(new TableColumn("Valeur").RightAligned().NoWrap());
        synthese.AddRow("Communes soumises", Entier(s.Soumises));
        if (s.Exemptees > 0)
            synthese.AddRow("  dont exemptées par décret (non calculées)", Entier(s.Exemptees));
        synthese.AddRow("Communes en déficit", Entier(s.Deficitaires));
        synthese.AddRow("Logements sociaux manquants", Entier(s.LogementsManquants));
        synthese.AddRow("Objectif triennal (logements à financer)", Entier(s.ObjectifTriennal));
        synthese.AddRow("Prélèvement brut", Francais.Euros(s.PrelevementBrut));
        synthese.AddRow("Prélèvement net", Francais.Euros(s.PrelevementNet));
        synthese.AddRow("Communes prélevées", Entier(s.Prelevees));
        synthese.AddRow("Communes en carence (arrêté pris)", Entier(s.Carencees));
        synthese.AddRow("Procédures de carence en cours", Entier(s.CarencesEnCours));
        console.Write(synthese);

        if (s.PlusForts.Count == 0)
        {
            console.MarkupLine("Aucune commune n'est prélevée cette année.");
            return;
        }
        var top = new Table()
            .Title("Les 10 prélèvements nets les plus élevés")
            .AddColumn(new TableColumn("Rang").RightAligned().NoWrap())
            .AddColumn("Commune")
            .AddColumn(new TableColumn("INSEE").NoWrap())
            .AddColumn(new TableColumn("Taux").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Manquants").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Brut").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Net").RightAligned().NoWrap())
            .Border(TableBorder.Simple);
        // La colonne « Carence » n'apparaît que si l'une des dix communes est concernée (terminal de 80 colonnes).
        var avecCarence = s.PlusForts.Any(x => x.EtatCarence != EtatCarence.Aucune);
        if (avecCarence)
            top.AddColumn("Carence");
        for (var i = 0; i < s.PlusForts.Count; i++)
        {
            var x = s.PlusForts[i];
            var cellules = new List<string>
            {
                Entier(i + 1),
                Markup.Escape(x.Nom),
                x.Inventaire.CommuneCode,
                (x.Resultat.Taux * 100m).ToString("0.00", Francais.Culture) + " %",
                Entier(x.Resultat.LogementsManquants),
                Francais.Euros(x.Resultat.PrelevementBrut),
                Francais.Euros(x.Resultat.PrelevementNet),
            };
            if (avecCarence)
                cellules.Add(
                    x.EtatCarence switch
                    {
                        EtatCarence.Carencee => x.CoefficientCarence is decimal k
                            ? $"carencée × {Francais.Chiffre(k)}"
                            : "carencée",
                        EtatCarence.Proposee or EtatCarence.ExamineeEnCommission => "procédure en cours",
                        _ => "",
                    }
                );
            top.AddRow([.. cellules]);
        }
        console.Write(top);
    }

    private static string Entier(long valeur) => Francais.Nombre(valeur);
}
