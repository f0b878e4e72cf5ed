using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Les logements libérés ou livrés à attribuer que l'acteur peut voir (son parc pour un bailleur, son territoire pour
/// une collectivité ou l'État), avec leur étape : orientation, désignation, commission, bail.
/// </summary>
public sealed class LogementsAAttribuerModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true, Name = "annee")]
    [ValeurAnnee]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true, Name = "etape")]
    public string? Etape { get; set; }

    [BindProperty(SupportsGet = true, Name = "commune")]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    public List<LigneAAttribuer> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public bool PeutDeclarer { get; private set; }
    public int AnneeCourante { get; private set; }

    public bool Filtree => Annee is not null || !string.IsNullOrEmpty(Etape) || !string.IsNullOrWhiteSpace(Commune);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || Habilitations.PorteeAccordee(acteur, Ressource.Logements, Acte.Lire) == Portee.Aucune)
            return Forbid();
        AnneeCourante = horloge.GetLocalNow().Year;
        PeutDeclarer = Habilitations.PorteeAccordee(acteur, Ressource.Logements, Acte.Modifier) != Portee.Aucune;
        (Lignes, Pagination) = await Requete(acteur).PaginerAsync(NumeroPage, ct);
        return Page();
    }

    /// <summary>Le bailleur retrouve un logement de son parc par son identifiant RPLS pour le déclarer.</summary>
    public async Task<IActionResult> OnGetDeclarerAsync(string? identifiant, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var id = await RequetesAttributionParc
            .Visibles(db, acteur, Acte.Modifier)
            .Where(l => l.IdentifiantRpls == (identifiant ?? "").Trim())
            .Select(l => (int?)l.Id)
            .FirstOrDefaultAsync(ct);
        if (id is null)
        {
            TempData["Introuvable"] =
                $"Aucun logement de votre parc n'a l'identifiant « {Francais.Extrait(identifiant)} ».";
            return Redirect("/attribution/a-attribuer");
        }
        return Redirect($"/attribution/a-attribuer/declarer/{id}");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct) => await ExporterAsync(false, ct);

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct) => await ExporterAsync(true, ct);

    private async Task<IActionResult> ExporterAsync(bool xlsx, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || Habilitations.PorteeAccordee(acteur, Ressource.Logements, Acte.Lire) == Portee.Aucune)
            return Forbid();
        var lignes = Requete(acteur).AsAsyncEnumerable();
        var nom = $"logements-a-attribuer-{DateTime.Today:yyyy-MM-dd}";
        return xlsx
            ? await Exports.XlsxAsync(nom + ".xlsx", "Logements à attribuer", Colonnes, lignes, ct)
            : Exports.Csv(nom + ".csv", Colonnes, lignes);
    }

    private static readonly ColonneExport<LigneAAttribuer>[] Colonnes =
    [
        new("Identifiant RPLS", l => l.IdentifiantRpls),
        new("Commune", l => l.Commune),
        new("Code commune", l => l.CommuneCode),
        new("Bailleur", l => l.Bailleur),
        new("Typologie", l => l.Typologie.Libelle()),
        new("Financement", l => l.Financement.Libelle()),
        new("QPV", l => l.EnQpv ? "oui" : "non"),
        new("Origine", l => l.Origine.Libelle()),
        new("Date du congé", l => l.DateConge),
        new("Disponibilité", l => l.DateDisponibilite),
        new("Flux", l => l.Exclusion.Libelle()),
        new("Étape", l => l.Etape.Libelle()),
        new("Réservataire", l => l.Reservataire),
        new("Contingent", l => l.Contingent?.Libelle()),
    ];

    private IQueryable<LigneAAttribuer> Requete(Acteur acteur)
    {
        var logements = RequetesAttributionParc.Visibles(db, acteur, Acte.Lire);
        if (!string.IsNullOrWhiteSpace(Commune))
        {
            var code = Commune.Trim();
            logements = logements.Where(l => l.CommuneCode == code);
        }
        var aAttribuer = db.LogementsAAttribuer.AsNoTracking();
        if (Annee is int annee)
        {
            var debut = new DateOnly(annee, 1, 1);
            var fin = new DateOnly(annee, 12, 31);
            aAttribuer = aAttribuer.Where(a => a.DateDisponibilite >= debut && a.DateDisponibilite <= fin);
        }
        if (LectureValeurs.Choix<EtapeAttribution>(Etape, out var etape))
            aAttribuer = aAttribuer.Where(a => a.Etape == etape);
        return LigneAAttribuer.Projeter(db, aAttribuer, logements);
    }
}
