using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Calendrier de dépôt publié (seed 000, question 3 : des dates cibles connues de tous, pour que les dossiers
/// n'arrivent
/// pas tous en fin d'année). Page publique, sans compte.
/// </summary>
public sealed class CalendrierModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    public string NomDepartement { get; private set; } = "";
    public IReadOnlyList<EcheanceDepot> Echeances { get; private set; } = [];
    public bool PeutModifier { get; private set; }
    public DateOnly Aujourdhui { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        var parDefaut = acteur?.DepartementCode ?? "30";
        Departement = string.IsNullOrWhiteSpace(Departement) ? parDefaut : Departement.Trim().ToUpperInvariant();
        var departement = await db.Departements.AsNoTracking().FirstOrDefaultAsync(d => d.Code == Departement, ct);
        if (departement is null)
        {
            // Un code inconnu dans l'adresse se dit sur la page, qui montre le département par défaut (pas de 404 nu).
            ModelState.AddModelError(nameof(Departement), MessagesSaisie.DepartementInconnu(Departement));
            Departement = parDefaut;
            departement = await db.Departements.AsNoTracking().FirstAsync(d => d.Code == parDefaut, ct);
        }
        NomDepartement = departement.Nom;
        Aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        Annee ??= Aujourdhui.Year;
        var calendriers = await RequetesProduction.CalendriersDepotAsync(db, [Departement], Annee.Value, ct);
        Echeances = calendriers[Departement].Echeances;
        PeutModifier =
            acteur is not null && acteur.DepartementCode == Departement && ListeDepotAcces.PeutModifier(acteur);
        return Page();
    }
}
