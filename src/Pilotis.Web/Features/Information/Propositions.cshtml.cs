using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Information;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Information;

/// <summary>
/// Suivi des propositions nationales de l'atelier (seed 001, II) dans un département : chaque proposition, son dernier
/// statut daté et commenté par la DDTM, et la simulation qui la chiffre quand il y en a une (ADR 0023, simulateur
/// SRU). Export XLSX.
/// </summary>
public sealed class PropositionsModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public string DepartementNom { get; private set; } = "";
    public IReadOnlyList<(PropositionNationale Proposition, SuiviPropositionNationale? Dernier)> Lignes
    {
        get;
        private set;
    } = [];
    public Acteur Acteur { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        return ExportTableau.Xlsx(
            $"propositions-nationales-{Departement}",
            "Propositions nationales",
            ["Code", "Axe", "Proposition", "Statut", "Depuis le", "Commentaire", "Simulation"],
            Lignes.Select(l =>
                (IReadOnlyList<object?>)
                    [
                        l.Proposition.Code,
                        l.Proposition.Axe,
                        l.Proposition.Intitule,
                        (l.Dernier?.Statut ?? StatutProposition.Proposee).Libelle(),
                        l.Dernier?.Date,
                        l.Dernier?.Commentaire,
                        l.Proposition.Simulation,
                    ]
            )
        );
    }

    /// <summary>Le lien de simulation, seulement si l'acteur peut ouvrir la page.</summary>
    public string? LienSimulation(PropositionNationale p) =>
        p.Simulation is { } s && AccesPages.PeutOuvrir(Acteur, s) ? s : null;

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LirePropositionsNationales(acteur))
            return Forbid();
        Acteur = acteur;
        var dep = await DepartementChoisi.LireAsync(
            db,
            acteur,
            Ressource.PropositionsNationales,
            Acte.Lire,
            Departement,
            ct
        );
        if (dep is null)
            return Forbid();
        (Departement, DepartementNom) = (dep.Value.Code, dep.Value.Nom);
        var code = Departement;
        var suivis = await db
            .SuivisPropositionsNationales.AsNoTracking()
            .Where(s => s.DepartementCode == code)
            .ToListAsync(ct);
        var derniers = suivis
            .GroupBy(s => s.CodeProposition)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Date).ThenByDescending(s => s.Id).First());
        Lignes = PropositionsNationales.Toutes.Select(p => (p, derniers.GetValueOrDefault(p.Code))).ToList();
        return null;
    }
}
