using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Information;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Referents;

/// <summary>
/// Exhaustivité de l'annuaire et relances (seed 001, solution 9), pour la DDTM : par thème, la part des organisations
/// qui ont un référent à jour parmi celles qui en attendent un ; la liste des organisations à relancer (fiches non
/// confirmées depuis douze mois, ou thèmes attendus sans référent), exportable.
/// </summary>
public sealed class IndicateursModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public IReadOnlyList<ExhaustiviteTheme> ParTheme { get; private set; } = [];
    public decimal? Taux { get; private set; }
    public decimal? TauxAJour { get; private set; }
    public List<RelanceAnnuaire> Relances { get; private set; } = [];
    public string Departement { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (!AccesPages.PeutOuvrir(acteur, "/annuaire/indicateurs") || acteur is null)
            return Forbid();
        Departement = acteur.DepartementCode;
        var aujourdhui = Affichage.JourAParis(horloge.GetUtcNow());
        var organisations = await RequetesInformationPublique.OrganisationsAnnuaireAsync(db, Departement, ct);
        ParTheme = Exhaustivite.ParTheme(organisations, aujourdhui);
        Taux = Exhaustivite.Taux(organisations, aujourdhui);
        TauxAJour = Exhaustivite.TauxAJour(organisations, aujourdhui);
        var noms = await db
            .Organisations.AsNoTracking()
            .Where(o => o.DepartementCode == Departement)
            .ToDictionaryAsync(o => o.Id, o => o.Nom, ct);
        Relances = organisations
            .Select(o => new RelanceAnnuaire(
                o.Id,
                noms.GetValueOrDefault(o.Id, ""),
                o.Type.Libelle(),
                o.Fiches.Count(f => !FraicheurAnnuaire.AJour(f.ConfirmeLe, aujourdhui)),
                o.Fiches.Count == 0 ? null : o.Fiches.Min(f => f.ConfirmeLe),
                string.Join(
                    ", ",
                    ThemesAttendus.Pour(o.Type).Where(t => o.Fiches.All(f => f.Theme != t)).Select(t => t.Libelle())
                )
            ))
            .Where(r => r.AConfirmer > 0 || r.Manquants.Length > 0)
            .OrderByDescending(r => r.AConfirmer)
            .ThenBy(r => r.Nom, StringComparer.Ordinal)
            .ToList();
        if (Format == "csv")
            return ExportTableau.Csv(
                "annuaire-relances",
                ["Organisation", "Type", "Fiches à confirmer", "Plus ancienne confirmation", "Thèmes sans référent"],
                Relances.Select(r => (IReadOnlyList<object?>)[r.Nom, r.Type, r.AConfirmer, r.PlusAncienne, r.Manquants])
            );
        return Page();
    }
}
