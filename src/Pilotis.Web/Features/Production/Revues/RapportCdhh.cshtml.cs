using System.Globalization;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Information;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Production;
using Pilotis.Domain.Production.Revues;
using Pilotis.Web.Features.Information;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production.Revues;

/// <summary>
/// Rapport annuel au comité départemental de l'habitat et de l'hébergement (CDHH, CCH R364-1 et s.) : les revues de
/// l'année par EPCI, les blocages par catégorie, les remontées au préfet, les résolutions et l'indicateur « opérations
/// qui réussissent », calculés par <see cref="RapportCdhh.Calculer"/> sur des projections. Page imprimable et XLSX.
/// </summary>
public sealed class RapportCdhhModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    TimeProvider horloge,
    CalculFeuilleDeRoute calcul
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [ValeurAnnee(1900, 2100)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    public int AnneeAffichee { get; private set; }
    public string DepartementNom { get; private set; } = "";
    public RapportCdhh Rapport { get; private set; } = null!;
    public List<RevuesEpci> ParEpci { get; private set; } = [];
    public List<LigneRemontee> Remontees { get; private set; } = [];

    /// <summary>
    /// La feuille de route du département (ticket 14) : le rapport au CDHH en est la version imprimable.
    /// </summary>
    public TableauFeuilleDeRoute FeuilleDeRoute { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await ChargerAsync(ct) ?? Page();

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        var r = Rapport;
        using var classeur = new XLWorkbook();
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Synthèse"),
            ["Indicateur", "Valeur"],
            [
                ["Année", r.Annee],
                ["Département", $"{Departement} — {DepartementNom}"],
                ["Revues de projets", r.Revues],
                ["Opérations examinées", r.OperationsExaminees],
                ["Remontées au préfet", r.Escalades],
                ["Difficultés résolues", r.Resolues],
                ["Opérations qui atteignent l'agrément", r.AtteignentAgrement],
                ["Opérations qui ouvrent le chantier", r.OuvrentChantier],
                ["Opérations livrées", r.SontLivrees],
            ]
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Revues"),
            ["EPCI", "SIREN", "Revues prévues", "Revues tenues", "Difficultés examinées"],
            ParEpci.Select(e => (IReadOnlyList<object?>)[e.Nom, e.Siren, e.Prevues, e.Tenues, e.Difficultes])
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Blocages"),
            ["Catégorie", "Difficultés"],
            r.BlocagesParCategorie.Select(b => (IReadOnlyList<object?>)[b.Key.Libelle(), b.Value])
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Remontées"),
            ["Opération", "Nom", "Catégorie", "Remontée le", "Résolue le"],
            Remontees.Select(x =>
                (IReadOnlyList<object?>)[x.Numero, x.Nom, x.Categorie.Libelle(), x.EscaladeeLe, x.ResolueLe]
            )
        );
        ExportTableau.Remplir(
            classeur.Worksheets.Add("Feuille de route"),
            FeuilleDeRoute.Entetes,
            FeuilleDeRoute.LignesExport()
        );
        using var flux = new MemoryStream();
        classeur.SaveAs(flux);
        return File(flux.ToArray(), ExportTableau.TypeXlsx, $"rapport-cdhh-{Departement}-{AnneeAffichee}.xlsx");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (
            acteur is null
            || Habilitations.PorteeAccordee(acteur, Ressource.RevuesProjets, Acte.Lire) < Portee.Departement
        )
            return Forbid();
        AnneeAffichee = Annee ?? DateOnly.FromDateTime(horloge.GetLocalNow().DateTime).Year;
        Departement = string.IsNullOrWhiteSpace(Departement)
            ? acteur.DepartementCode
            : Departement.Trim().ToUpperInvariant();
        var dep = Departement;
        var departement = await db.Departements.AsNoTracking().FirstOrDefaultAsync(d => d.Code == dep, ct);
        if (departement is null)
        {
            // Un code inconnu dans l'adresse se dit sur la page, qui montre le département de l'acteur.
            ModelState.AddModelError(nameof(Departement), MessagesSaisie.DepartementInconnu(dep));
            Departement = dep = acteur.DepartementCode;
            departement = await db.Departements.AsNoTracking().FirstAsync(d => d.Code == dep, ct);
        }
        if (
            !Habilitations.Autorise(
                acteur,
                Ressource.RevuesProjets,
                Acte.Lire,
                new Cible(null, new Localisation(null, null, dep, departement.RegionCode))
            )
        )
            return Forbid();
        DepartementNom = departement.Nom;

        var annee = AnneeAffichee;
        var revues = (
            await db
                .RevuesProjets.AsNoTracking()
                .Where(r => r.DepartementCode == dep && r.Annee == annee)
                .Select(r => new { r.EpciSiren, r.Statut })
                .ToListAsync(ct)
        )
            .Select(r => (r.EpciSiren, r.Statut))
            .ToList();
        var lignes = await RequetesProduction.DifficultesVivantesAsync(db, dep, annee, ct);
        Rapport = RapportCdhh.Calculer(
            annee,
            revues.Count,
            lignes.Select(l => l.PourRapport()).ToList(),
            lignes.DistinctBy(l => l.OperationId).Select(l => l.OperationSuivie()).ToList()
        );
        await RemplirParEpciAsync(revues, lignes, ct);
        FeuilleDeRoute = await TableauFeuilleDeRoute.ChargerAsync(calcul, annee, dep, ct);
        Remontees = lignes
            .Where(l => l.EscaladeeLe?.Year == annee)
            .Select(l => new LigneRemontee(l.Id, l.Numero, l.Nom, l.Categorie, l.EscaladeeLe!.Value, l.ResolueLe))
            .OrderBy(l => l.EscaladeeLe)
            .ThenBy(l => l.Numero, StringComparer.Ordinal)
            .ToList();
        return null;
    }

    /// <summary>Par EPCI : revues prévues et tenues, difficultés suivies.</summary>
    private async Task RemplirParEpciAsync(
        List<(string EpciSiren, StatutRevue Statut)> revues,
        List<DifficulteVivante> lignes,
        CancellationToken ct
    )
    {
        var sirens = revues
            .Select(r => r.EpciSiren)
            .Concat(lignes.Where(l => l.EpciSiren != null).Select(l => l.EpciSiren!))
            .Distinct()
            .ToList();
        var noms = await db
            .Epcis.AsNoTracking()
            .Where(e => sirens.Contains(e.Siren))
            .ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        var fr = Francais.Ordre;
        ParEpci = sirens
            .Select(s => new RevuesEpci(
                s,
                noms.GetValueOrDefault(s, s),
                revues.Count(r => r.EpciSiren == s),
                revues.Count(r => r.EpciSiren == s && r.Statut == StatutRevue.Tenue),
                lignes.Count(l => l.EpciSiren == s)
            ))
            .OrderBy(e => e.Nom, fr)
            .ToList();
    }
}
