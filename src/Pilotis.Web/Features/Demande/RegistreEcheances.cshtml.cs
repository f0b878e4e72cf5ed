using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Échéances des demandes (administrateur DDTM : ParametresDemande, modifier) : ce que ferait la prochaine passe
/// (radiations pour non-renouvellement, purges RGPD, délai de
/// conservation), « Lancer maintenant », historique des purges.
/// </summary>
public sealed class RegistreEcheancesModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    ServiceEcheancesDemandes service,
    TimeProvider horloge
) : PageModel
{
    public BilanEcheances Apercu { get; private set; } = null!;
    public List<PurgeDemandes> Historique { get; private set; } = [];
    public string? Succes { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? lancee, CancellationToken ct)
    {
        if (!await AutoriseAsync())
            return Forbid();
        if (lancee is not null)
        {
            var derniere = await db.PurgesDemandes.AsNoTracking().OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
            if (derniere is not null)
            {
                Succes =
                    $"Passe effectuée : {derniere.DemandesRadieesNonRenouvellement} demande(s) radiée(s) pour "
                    + $"non-renouvellement, {derniere.DemandesPurgees} demande(s) purgée(s).";
            }
        }
        await ChargerAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await AutoriseAsync())
            return Forbid();
        await service.ExecuterAsync(Aujourdhui, "lancée depuis la page Échéances des demandes", ct);
        return Redirect("/demandes/echeances?lancee=1");
    }

    public DateOnly Aujourdhui => DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);

    private async Task<bool> AutoriseAsync() =>
        await acteurCourant.PorteeAsync(Ressource.ParametresDemande, Acte.Modifier) != Portee.Aucune;

    private async Task ChargerAsync(CancellationToken ct)
    {
        Apercu = await service.ApercuAsync(Aujourdhui, ct);
        Historique = await db
            .PurgesDemandes.AsNoTracking()
            .OrderByDescending(p => p.Quand)
            .ThenByDescending(p => p.Id)
            .Take(50)
            .ToListAsync(ct);
    }
}
