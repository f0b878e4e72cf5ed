using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Délais d'instruction (seed 000, question 3 : « délais médians dépôt → complet → agréé » mesurés par territoire
/// d'instruction et par bailleur) et taux de complétude au premier dépôt, pour les dossiers déposés une année donnée.
/// </summary>
public sealed class DelaisModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    public const string HorsEpci = "Hors EPCI";

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public IReadOnlyList<DelaisGroupe> ParEpci { get; private set; } = [];
    public IReadOnlyList<DelaisGroupe> ParBailleur { get; private set; } = [];
    public DelaisGroupe? Ensemble { get; private set; }
    public int Deposes { get; private set; }

    /// <summary>Moyenne de la complétude au premier dépôt (0 à 1), null sans dossier mesuré.</summary>
    public decimal? CompletudeMoyenne { get; private set; }
    public int CompletsAuDepot { get; private set; }
    public int Mesures { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireOperations(acteur))
            return Forbid();
        Annee ??= horloge.GetLocalNow().Year;
        var debut = new DateOnly(Annee.Value, 1, 1);
        var fin = new DateOnly(Annee.Value, 12, 31);

        // Projection : seules les dates et les clés de regroupement quittent la base.
        var dossiers = await db
            .Operations.AsNoTracking()
            .Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire))
            .Where(o => o.DateDepot >= debut && o.DateDepot <= fin && o.Statut != StatutOperation.Supprimee)
            .Select(o => new
            {
                o.EpciSiren,
                o.BailleurId,
                o.DateDepot,
                o.DateDossierComplet,
                o.DateAgrement,
                o.CompletudeAuDepot,
            })
            .ToListAsync(ct);
        var sirens = dossiers.Where(d => d.EpciSiren != null).Select(d => d.EpciSiren!).Distinct().ToList();
        var epcis = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        var bailleurIds = dossiers.Select(d => d.BailleurId).Distinct().ToList();
        var bailleurs = await db
            .Organisations.AsNoTracking()
            .Where(o => bailleurIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Nom, ct);

        ParEpci = DelaisInstruction.Calculer(
            dossiers.Select(d => new DatesInstruction(
                d.EpciSiren is null ? HorsEpci : epcis.GetValueOrDefault(d.EpciSiren, d.EpciSiren),
                d.DateDepot,
                d.DateDossierComplet,
                d.DateAgrement
            ))
        );
        ParBailleur = DelaisInstruction.Calculer(
            dossiers.Select(d => new DatesInstruction(
                bailleurs.GetValueOrDefault(d.BailleurId, $"Bailleur {d.BailleurId}"),
                d.DateDepot,
                d.DateDossierComplet,
                d.DateAgrement
            ))
        );
        var ensemble = DelaisInstruction.Calculer(
            dossiers.Select(d => new DatesInstruction("Ensemble", d.DateDepot, d.DateDossierComplet, d.DateAgrement))
        );
        Ensemble = ensemble.Count > 0 ? ensemble[0] : null;
        Deposes = dossiers.Count;
        var mesures = dossiers.Where(d => d.CompletudeAuDepot != null).Select(d => d.CompletudeAuDepot!.Value).ToList();
        Mesures = mesures.Count;
        CompletsAuDepot = mesures.Count(m => m >= 1m);
        CompletudeMoyenne = mesures.Count == 0 ? null : Math.Round(mesures.Average(), 4, MidpointRounding.AwayFromZero);

        if (Format is "csv" or "xlsx")
            return Exporter();
        return Page();
    }

    private FileContentResult Exporter()
    {
        string[] entetes =
        [
            "Regroupement",
            "Territoire ou bailleur",
            "Dossiers déposés",
            "Médiane dépôt → complet (jours)",
            "Médiane complet → agrément (jours)",
            "Médiane dépôt → agrément (jours)",
        ];
        var lignes = ParEpci
            .Select(g => Ligne("EPCI", g))
            .Concat(ParBailleur.Select(g => Ligne("Bailleur", g)))
            .ToList();
        var nom = $"delais-instruction-{Annee}";
        return Format == "csv"
            ? ExportTableau.Csv(nom, entetes, lignes)
            : ExportTableau.Xlsx(nom, "Délais", entetes, lignes);
    }

    private static IReadOnlyList<object?> Ligne(string regroupement, DelaisGroupe g) =>
        [regroupement, g.Groupe, g.Dossiers, g.MedianeDepotComplet, g.MedianeCompletAgrement, g.MedianeDepotAgrement];

    public static string Jours(double? jours) => jours is double j ? j.ToString("0.#", Affichage.Fr) + " j" : "—";
}
