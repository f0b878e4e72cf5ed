using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Programmation pluriannuelle (seed 000, question 2) : les opérations pas encore agréées, rangées par année d'agrément
/// visée (N, N+1, N+2), avec leur maturité et leur risque de glissement ; le bailleur (ou l'instructeur) met à jour
/// année, mois prévu, foncier, permis et financement d'un petit formulaire par opération.
/// </summary>
public sealed class ProgrammationModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty]
    public int OperationId { get; set; }

    [BindProperty]
    public Guid Jeton { get; set; }

    [BindProperty]
    public string? AnneeProgrammation { get; set; }

    [BindProperty]
    public string? MoisAgrementPrevu { get; set; }

    [BindProperty]
    public bool FoncierMaitrise { get; set; }

    [BindProperty]
    public EtatPermis? Permis { get; set; }

    [BindProperty]
    public bool FinancementBoucle { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public int AnneeCourante { get; private set; }
    public List<GroupeProgrammation> Groupes { get; } = [];
    public HashSet<int> Modifiables { get; } = [];
    public List<DemandeEnAttente> Demandes { get; private set; } = [];
    public bool PeutConsolider { get; private set; }
    public bool PeutFixerObjectifs { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        ModelState.Clear();
        var operation = await db.Operations.FirstOrDefaultAsync(o => o.Id == OperationId, ct);
        if (operation is null)
            return NotFound();
        if (!await acteurCourant.AutoriseAsync(Ressource.Operations, Acte.Modifier, operation.Cible()))
            return Forbid();
        if (!operation.Statut.EstAvantAgrement())
        {
            ModelState.AddModelError(
                nameof(AnneeProgrammation),
                "Cette opération est agréée ou sortie de la programmation : sa programmation ne se modifie plus."
            );
            return Page();
        }
        var (annee, mois) = LireSaisie();
        if (!ModelState.IsValid)
            return Page();

        await MettreAJourAsync(operation, annee, mois);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                nameof(AnneeProgrammation),
                "Cette opération a été modifiée par quelqu'un d'autre entre-temps : "
                    + "rechargez la page. Vos saisies sont conservées dans le formulaire."
            );
            return Page();
        }
        Confirmation = $"Programmation de « {operation.Nom} » mise à jour.";
        return Redirect($"/programmation#operation-{operation.Id}");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireOperations(acteur))
            return Forbid();
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        AnneeCourante = aujourdhui.Year;
        PeutConsolider = AccesPages.LireProgrammation(acteur);
        PeutFixerObjectifs =
            Habilitations.PorteeAccordee(acteur, Ressource.Programmation, Acte.Modifier) != Portee.Aucune;

        var requete = db
            .Operations.Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Lire))
            .Where(CriteresOperation.AvantAgrement);
        var operations = await RequetesProduction.OperationsProgrammeesAsync(db, requete, aujourdhui, ct);
        foreach (
            var o in operations.Where(o =>
                Habilitations.Autorise(acteur, Ressource.Operations, Acte.Modifier, o.Operation.Cible())
            )
        )
        {
            Modifiables.Add(o.Operation.Id);
        }
        Grouper(operations);

        await ChargerDemandesAsync(acteur, ct);
        return null;
    }

    /// <summary>
    /// L'année visée (obligatoire, de N à N+5), le mois prévu et l'état du permis ; erreurs dans ModelState.
    /// </summary>
    private (int? Annee, int? Mois) LireSaisie()
    {
        int? annee = null;
        if (string.IsNullOrWhiteSpace(AnneeProgrammation))
            ModelState.AddModelError(nameof(AnneeProgrammation), "Indiquez l'année d'agrément visée.");
        else if (
            !int.TryParse(AnneeProgrammation.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var a)
            || a < AnneeCourante
            || a > AnneeCourante + 5
        )
        {
            ModelState.AddModelError(
                nameof(AnneeProgrammation),
                $"L'année d'agrément visée va de {AnneeCourante} à {AnneeCourante + 5}."
            );
        }
        else
            annee = a;
        int? mois = null;
        if (!string.IsNullOrWhiteSpace(MoisAgrementPrevu))
        {
            if (
                !int.TryParse(MoisAgrementPrevu.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var m)
                || m is < 1 or > 12
            )
            {
                ModelState.AddModelError(
                    nameof(MoisAgrementPrevu),
                    "Le mois d'agrément prévu va de 1 (janvier) à 12 (décembre)."
                );
            }
            else
                mois = m;
        }
        if (Permis is null || !Enum.IsDefined(Permis.Value))
            ModelState.AddModelError(nameof(Permis), "Indiquez l'état du permis de construire.");
        return (annee, mois);
    }

    /// <summary>Les champs de programmation, contrôlés par le jeton, et l'événement de la frise.</summary>
    private async Task MettreAJourAsync(Operation operation, int? annee, int? mois)
    {
        db.Entry(operation).Property(o => o.Jeton).OriginalValue = Jeton;
        operation.AnneeProgrammation = annee;
        operation.MoisAgrementPrevu = mois;
        operation.FoncierMaitrise = FoncierMaitrise;
        operation.Permis = Permis!.Value;
        operation.FinancementBoucle = FinancementBoucle;
        operation.Jeton = Guid.NewGuid();
        var maintenant = horloge.GetUtcNow();
        operation.ModifieeLe = maintenant;
        db.EvenementsOperation.Add(
            new EvenementOperation
            {
                OperationId = operation.Id,
                Quand = maintenant,
                Type = TypeEvenement.Modification,
                Auteur = OutilsProduction.Auteur(User, (await acteurCourant.OrganisationAsync())?.Nom),
                Libelle =
                    "Programmation mise à jour : agrément visé en "
                    + $"{(mois is null ? "" : OutilsProduction.NomMois(mois) + " ")}{annee}",
                Detail =
                    $"Foncier maîtrisé : {(FoncierMaitrise ? "oui" : "non")} ; permis : "
                    + $"{Permis.Value.Libelle()} ; financement bouclé : "
                    + $"{(FinancementBoucle ? "oui" : "non")}.",
            }
        );
    }

    /// <summary>Les opérations par année visée : en retard, N, N+1, N+2, au-delà ; les plus à risque d'abord.</summary>
    private void Grouper(List<OperationProgrammee> operations)
    {
        static IReadOnlyList<OperationProgrammee> Trier(IEnumerable<OperationProgrammee> l) =>
            l.OrderByDescending(o => o.Risque.Niveau)
                .ThenBy(o => o.Operation.MoisAgrementPrevu ?? 13)
                .ThenBy(o => o.Operation.Nom, StringComparer.CurrentCulture)
                .ToList();
        var n = AnneeCourante;
        Groupes.Clear();
        Groupes.Add(
            new(
                $"Programmées avant {n} et toujours pas agréées",
                "retard",
                Trier(operations.Where(o => o.Operation.AnneeProgrammation < n))
            )
        );
        for (var a = n; a <= n + 2; a++)
        {
            var annee = a;
            Groupes.Add(
                new(
                    $"{annee} (N{(annee == n ? "" : "+" + (annee - n))})",
                    annee.ToString(CultureInfo.InvariantCulture),
                    Trier(operations.Where(o => o.Operation.AnneeProgrammation == annee))
                )
            );
        }
        Groupes.Add(
            new(
                $"Au-delà de {n + 2} ou sans année visée",
                "autres",
                Trier(
                    operations.Where(o =>
                        o.Operation.AnneeProgrammation is null || o.Operation.AnneeProgrammation > n + 2
                    )
                )
            )
        );
    }

    /// <summary>Les demandes de pièces qui attendent le bailleur (pour lui, elles sont à traiter en premier).</summary>
    private async Task ChargerDemandesAsync(Acteur acteur, CancellationToken ct)
    {
        if (AccesOperations.EstPorteur(acteur))
        {
            var miennes = db.Operations.Where(AccesOperations.Filtre(acteur, Ressource.Operations, Acte.Modifier));
            Demandes = await db
                .DemandesComplement.AsNoTracking()
                .Where(DemandeComplement.EstOuverte)
                .Join(
                    miennes,
                    d => d.OperationId,
                    o => o.Id,
                    (d, o) =>
                        new
                        {
                            o.Id,
                            o.Numero,
                            o.Nom,
                            d.Message,
                            d.DemandeeLe,
                        }
                )
                .OrderBy(d => d.DemandeeLe)
                .Take(50)
                .Select(d => new DemandeEnAttente(d.Id, d.Numero, d.Nom, d.Message, d.DemandeeLe))
                .ToListAsync(ct);
        }
    }
}
