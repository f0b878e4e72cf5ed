using System.Globalization;
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
/// La DDTM ajuste le calendrier de dépôt de son département : ajout, modification, suppression d'une échéance.
/// </summary>
public sealed class CalendrierModifierModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    /// <summary>L'échéance en cours de modification (absente : ajout).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public string? Libelle { get; set; }

    [BindProperty]
    public string? MoisDebut { get; set; }

    [BindProperty]
    public string? MoisFin { get; set; }

    [BindProperty]
    public string? DateLimite { get; set; }

    [BindProperty]
    public string? Commentaire { get; set; }

    [BindProperty]
    public Guid Jeton { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public string Departement { get; private set; } = "";
    public List<EcheanceDepot> Echeances { get; private set; } = [];
    public EcheanceDepot? Courante { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (Courante is { } e)
        {
            Libelle = e.Libelle;
            Commentaire = e.Commentaire;
            Jeton = e.Jeton;
            MoisDebut = e.MoisDebut.ToString(CultureInfo.InvariantCulture);
            MoisFin = e.MoisFin.ToString(CultureInfo.InvariantCulture);
            DateLimite = e.DateLimite.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        ModelState.EffacerSauf(nameof(Annee));
        var annee = Annee!.Value;
        var (libelle, commentaire, debut, fin, date) = LireSaisie(annee);
        if (!ModelState.IsValid)
            return Page();

        Appliquer(annee, libelle, commentaire, debut, fin, date);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                "",
                "Cette échéance a été modifiée ou supprimée entre-temps : rechargez la "
                    + "page. Vos saisies sont conservées ci-dessous."
            );
            return Page();
        }
        Confirmation = $"Échéance « {libelle} » enregistrée.";
        return Redirect($"/production/calendrier/modifier?annee={annee}");
    }

    public async Task<IActionResult> OnPostSupprimerAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (Courante is null)
            return NotFound();
        db.Entry(Courante).Property(x => x.Jeton).OriginalValue = Jeton;
        db.EcheancesDepot.Remove(Courante);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                "",
                "Cette échéance a été modifiée entre-temps : rechargez la page avant de la supprimer."
            );
            return Page();
        }
        Confirmation = $"Échéance « {Courante.Libelle} » supprimée.";
        return Redirect($"/production/calendrier/modifier?annee={Annee}");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !ListeDepotAcces.PeutModifier(acteur))
            return Forbid();
        Departement = acteur.DepartementCode;
        Annee ??= horloge.GetLocalNow().Year;
        Echeances = await ChargerCalendrierAsync(Departement, Annee.Value, ct);
        if (Id is int id)
        {
            Courante = Echeances.FirstOrDefault(e => e.Id == id);
            if (Courante is null)
                return NotFound();
        }
        return null;
    }

    /// <summary>La période saisie ; chaque valeur refusée va dans ModelState, sous son champ.</summary>
    private (string Libelle, string? Commentaire, int Debut, int Fin, DateOnly Date) LireSaisie(int annee)
    {
        var libelle = Libelle?.Trim() ?? "";
        var commentaire = string.IsNullOrWhiteSpace(Commentaire) ? null : Commentaire.Trim();
        if (libelle.Length == 0)
            ModelState.AddModelError(
                nameof(Libelle),
                "Indiquez le libellé de la période (par exemple « 2e trimestre »)."
            );
        else if (libelle.Length > 100)
            ModelState.AddModelError(nameof(Libelle), "Le libellé ne peut pas dépasser 100 caractères.");
        if (commentaire?.Length > 500)
            ModelState.AddModelError(nameof(Commentaire), "Le commentaire ne peut pas dépasser 500 caractères.");
        var debutLu = LectureValeurs.Entier(MoisDebut, out var debut);
        var finLu = LectureValeurs.Entier(MoisFin, out var fin);
        var dateLue = LectureValeurs.Date(DateLimite, out var date);
        if (!debutLu)
            ModelState.AddModelError(nameof(MoisDebut), "Indiquez le mois de début (1 à 12).");
        if (!finLu)
            ModelState.AddModelError(nameof(MoisFin), "Indiquez le mois de fin (1 à 12).");
        if (!dateLue)
            ModelState.AddModelError(
                nameof(DateLimite),
                string.IsNullOrWhiteSpace(DateLimite)
                    ? "Indiquez la date limite de dépôt (jj/mm/aaaa)."
                    : LectureValeurs.ErreurDate(DateLimite)!
            );
        // Chaque valeur lue est contrôlée même si sa voisine est illisible : tout est dit au premier envoi.
        var controles = EcheanceDepot.Controler(
            debutLu ? debut : null,
            finLu ? fin : null,
            dateLue ? date : null,
            annee
        );
        foreach (var erreur in controles)
            ModelState.AddModelError(erreur.Champ, erreur.Message);
        return (libelle, commentaire, debut, fin, date);
    }

    /// <summary>Crée l'échéance ou modifie la courante (contrôle du jeton).</summary>
    private void Appliquer(int annee, string libelle, string? commentaire, int debut, int fin, DateOnly date)
    {
        var echeance = Courante;
        if (echeance is null)
        {
            echeance = new EcheanceDepot
            {
                DepartementCode = Departement,
                Annee = annee,
                Libelle = libelle,
                MoisDebut = debut,
                MoisFin = fin,
                DateLimite = date,
            };
            db.EcheancesDepot.Add(echeance);
        }
        else
        {
            db.Entry(echeance).Property(x => x.Jeton).OriginalValue = Jeton;
        }
        echeance.Libelle = libelle;
        echeance.MoisDebut = debut;
        echeance.MoisFin = fin;
        echeance.DateLimite = date;
        echeance.Commentaire = commentaire;
        echeance.Jeton = Guid.NewGuid();
    }

    /// <summary>Le calendrier du département pour l'année, semé depuis <see cref="EcheanceDepot.ParDefaut"/> quand la
    /// DDTM le modifie pour la première fois.</summary>
    private async Task<List<EcheanceDepot>> ChargerCalendrierAsync(
        string departementCode,
        int annee,
        CancellationToken ct
    )
    {
        var echeances = await LireCalendrierAsync(departementCode, annee, ct);
        if (echeances.Count > 0)
            return echeances;
        db.EcheancesDepot.AddRange(EcheanceDepot.ParDefaut(departementCode, annee));
        await db.SaveChangesAsync(ct);
        return await LireCalendrierAsync(departementCode, annee, ct);
    }

    private Task<List<EcheanceDepot>> LireCalendrierAsync(string departementCode, int annee, CancellationToken ct) =>
        db
            .EcheancesDepot.Where(e => e.DepartementCode == departementCode && e.Annee == annee)
            .OrderBy(e => e.MoisDebut)
            .ThenBy(e => e.Id)
            .ToListAsync(ct);
}
