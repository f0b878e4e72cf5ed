using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

/// <summary>
/// La DDT(M) programme une revue de projets pour un EPCI de son département : trois par an au plus
/// (<see cref="LibellesRevues.ValiderRevue"/>), datée dans son année.
/// </summary>
public sealed class CreerModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty]
    public string? EpciSiren { get; set; }

    [BindProperty]
    public int? Annee { get; set; }

    [BindProperty]
    public int? Numero { get; set; }

    [BindProperty]
    public DateOnly? Date { get; set; }

    public List<(string Siren, string Nom)> ChoixEpci { get; private set; } = [];
    public string? Erreur { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await ChargerAsync(ct);
        if (acteur is null)
            return Forbid();
        Annee ??= DateOnly.FromDateTime(horloge.GetLocalNow().DateTime).Year;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var acteur = await ChargerAsync(ct);
        if (acteur is null)
            return Forbid();
        if (string.IsNullOrWhiteSpace(EpciSiren))
            ModelState.AddModelError(nameof(EpciSiren), "Choisissez l'EPCI dont on revoit les opérations.");
        else if (ChoixEpci.All(e => e.Siren != EpciSiren))
            ModelState.AddModelError(nameof(EpciSiren), "Cet EPCI n'a pas de commune dans votre département.");
        if (Annee is null)
            ModelState.AddModelError(nameof(Annee), "L'année est obligatoire.");
        else if (Annee is < 1900 or > 2100)
            ModelState.AddModelError(nameof(Annee), "L'année doit être comprise entre 1900 et 2100.");
        if (Numero is null)
            ModelState.AddModelError(nameof(Numero), "Le numéro de la revue (1, 2 ou 3) est obligatoire.");
        if (Date is null && !ModelState.ContainsKey(nameof(Date)))
            ModelState.AddModelError(nameof(Date), "La date de la revue est obligatoire (jj/mm/aaaa).");
        if (!ModelState.IsValid)
            return Echec();

        var siren = EpciSiren!;
        var annee = Annee!.Value;
        var existants = await db
            .RevuesProjets.AsNoTracking()
            .Where(r => r.EpciSiren == siren && r.Annee == annee)
            .Select(r => r.Numero)
            .ToListAsync(ct);
        if (LibellesRevues.ValiderRevue(annee, Numero!.Value, Date!.Value, existants) is string message)
        {
            var champ = message.StartsWith("La date", StringComparison.Ordinal) ? nameof(Date) : nameof(Numero);
            ModelState.AddModelError(champ, message);
            return Echec();
        }
        var revue = new RevueProjets
        {
            EpciSiren = siren,
            DepartementCode = acteur.DepartementCode,
            Annee = annee,
            Numero = Numero.Value,
            Date = Date.Value,
        };
        db.RevuesProjets.Add(revue);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Deux créations simultanées du même numéro : l'index unique (EPCI, année, numéro) refuse la seconde.
            ModelState.AddModelError(nameof(Numero), $"La revue n° {Numero} de {annee} existe déjà pour cet EPCI.");
            return Echec();
        }
        return Redirect($"/revues/{revue.Id}?revue=creee");
    }

    private PageResult Echec()
    {
        Erreur = "La revue n'a pas été créée : corrigez les champs signalés.";
        return Page();
    }

    /// <summary>
    /// L'acteur s'il peut animer des revues, et les EPCI ayant au moins une commune dans son département.
    /// </summary>
    private async Task<Acteur?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (
            acteur is null
            || Habilitations.PorteeAccordee(acteur, Ressource.RevuesProjets, Acte.Modifier) < Portee.Departement
        )
            return null;
        var departement = acteur.DepartementCode;
        var sirens = db
            .Communes.Where(c => c.DepartementCode == departement && c.EpciSiren != null)
            .Select(c => c.EpciSiren!)
            .Distinct();
        var fr = Francais.Ordre;
        ChoixEpci = (
            await db
                .Epcis.AsNoTracking()
                .Where(e => sirens.Contains(e.Siren))
                .Select(e => new { e.Siren, e.Nom })
                .ToListAsync(ct)
        )
            .OrderBy(e => e.Nom, fr)
            .Select(e => (e.Siren, e.Nom))
            .ToList();
        return acteur;
    }
}
