using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Commun;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Le flux de l'année d'un bailleur (toutes ses conventions et son reste non réservé) ou d'un réservataire (toutes les
/// conventions dont il est titulaire) : part, dû, orientés, attribués, écart, prévision de fin d'année (règle
/// <see cref="SuiviFlux"/>), ventilés par typologie et par EPCI ; export XLSX.
/// </summary>
public sealed class FluxModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Role { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public string Nom { get; private set; } = "";
    public DateOnly Reference { get; private set; }
    public List<LigneSuiviFlux> Lignes { get; } = [];
    public Dictionary<string, string> NomsEpci { get; private set; } = [];

    public bool EstBailleur => Role == "bailleur";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFlux(acteur))
            return Forbid();
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == Id, ct);
        if (organisation is null)
            return NotFound();
        if (!AccesFlux.LireOrganisation(acteur, Id, organisation.DepartementCode))
            return Forbid();
        Nom = organisation.Nom;
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().Date);
        if (Annee is null or < LectureValeurs.AnneeMinimum or > LectureValeurs.AnneeMaximum)
            Annee = aujourdhui.Year;
        var fin = new DateOnly(Annee.Value, 12, 31);
        Reference = aujourdhui < fin ? aujourdhui : fin;
        var debut = new DateOnly(Annee.Value, 1, 1);
        var conventions = await db
            .ConventionsFlux.AsNoTracking()
            .Where(c => EstBailleur ? c.BailleurId == Id : c.ReservataireId == Id)
            .Where(c => c.Statut != StatutConvention.Projet && c.DateDebut <= fin && c.DateFin >= debut)
            .OrderBy(c => c.DepartementCode)
            .ThenBy(c => c.Contingent)
            .ToListAsync(ct);
        var bailleurs = EstBailleur ? [Id] : conventions.Select(c => c.BailleurId).Distinct().ToList();
        var ids = conventions.SelectMany(c => new[] { c.BailleurId, c.ReservataireId }).Append(Id).Distinct().ToList();
        var noms = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Nom, ct);
        var lignes = await RequetesAttributionFlux.AgregerAsync(db, bailleurs, Annee.Value, Reference, ct);
        foreach (var c in conventions)
            Lignes.Add(
                Ligne(
                    lignes,
                    c.BailleurId,
                    c.DepartementCode,
                    c.ReservataireId,
                    c.Contingent,
                    c.PartFlux,
                    c.FluxAnnuelPrevisionnel,
                    noms
                )
            );
        if (EstBailleur)
            AjouterRestes(lignes, conventions, noms);
        var sirens = Lignes.SelectMany(l => l.ParEpci.Select(e => e.Epci)).Distinct().ToList();
        NomsEpci = await db.Epcis.Where(e => sirens.Contains(e.Siren)).ToDictionaryAsync(e => e.Siren, e => e.Nom, ct);
        if (Format == "xlsx")
            return ExportTableau.Xlsx(
                $"flux-{Role}-{Id}-{Annee}",
                $"Flux {Annee}",
                LigneSuiviFlux.Entetes,
                Lignes.Select(l => l.Export())
            );
        return Page();
    }

    /// <summary>Le reste non réservé du bailleur dans chacun de ses départements : 100 % moins les parts.</summary>
    private void AjouterRestes(
        List<LigneFluxAgregee> lignes,
        List<ConventionFlux> conventions,
        Dictionary<int, string> noms
    )
    {
        var departements = lignes
            .Where(l => l.DansLeFlux)
            .Select(l => l.DepartementCode ?? "")
            .Union(conventions.Select(c => c.DepartementCode));
        foreach (var d in departements.Distinct().Order(StringComparer.Ordinal))
        {
            var parts = conventions
                .Where(c => c.DepartementCode == d && c.Statut == StatutConvention.Signee)
                .Sum(c => c.PartFlux);
            Lignes.Add(Ligne(lignes, Id, d, null, Contingent.Bailleur, Math.Max(0m, 100m - parts), null, noms));
        }
    }

    private LigneSuiviFlux Ligne(
        List<LigneFluxAgregee> lignes,
        int bailleur,
        string departement,
        int? titulaire,
        Contingent contingent,
        decimal part,
        int? prevu,
        Dictionary<int, string> noms
    )
    {
        var flux = lignes
            .Where(l => l.BailleurId == bailleur && (l.DepartementCode ?? "") == departement && l.DansLeFlux)
            .ToList();
        var orientes = flux.Where(l =>
                l.Oriente
                && l.ReservataireId == titulaire
                && (titulaire is not null || l.Contingent == Contingent.Bailleur)
            )
            .ToList();
        var suivi = SuiviFlux.Calculer(
            part,
            flux.Sum(l => l.Nombre),
            orientes.Sum(l => l.Nombre),
            orientes.Where(l => l.Attribue).Sum(l => l.Nombre),
            prevu,
            Annee!.Value,
            Reference
        );
        return new LigneSuiviFlux(
            noms.GetValueOrDefault(bailleur, ""),
            titulaire is int t ? noms.GetValueOrDefault(t, "") : "Non réservé (bailleur)",
            contingent,
            departement,
            part,
            flux.Sum(l => l.Nombre),
            suivi,
            orientes.GroupBy(l => Orientation.Classe(l.Typologie)).ToDictionary(g => g.Key, g => g.Sum(l => l.Nombre)),
            orientes
                .GroupBy(l => l.EpciSiren ?? "")
                .Select(g => (g.Key, g.Sum(l => l.Nombre)))
                .OrderBy(e => e.Key, StringComparer.Ordinal)
                .ToList()
        );
    }

    public static string Dixieme(decimal valeur) => valeur.ToString("#,0.0", Francais.Culture);
}
