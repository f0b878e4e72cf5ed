using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Attribution;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Attribution;
using Pilotis.Domain.Commun;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Attribution;

/// <summary>
/// Bilan annuel de la gestion en flux (CCH R441-5-1) que le bailleur adresse à chaque réservataire avant le 28 février
/// de l'année suivante : logements proposés et attribués par réservataire, typologie, financement, QPV, commune et
/// trimestre, avec la prévision du flux de l'année nouvelle. Le bailleur voit les siens, le réservataire ceux qui lui
/// sont adressés, la DDTM ceux du département ; export XLSX.
/// </summary>
public sealed class BilanModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Bailleur { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Reservataire { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public DateOnly Echeance { get; private set; }
    public bool EcheancePassee { get; private set; }
    public List<BilanPaire> Paires { get; } = [];

    public string LienExport =>
        "/flux/bilan"
        + QueryString.Create(
            new Dictionary<string, string?>
            {
                ["annee"] = Annee?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["bailleur"] = Bailleur?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["reservataire"] = Reservataire?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["format"] = "xlsx",
            }.Where(v => v.Value is not null)
        );

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireFlux(acteur))
            return Forbid();
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().Date);
        if (Annee is null or < LectureValeurs.AnneeMinimum or > LectureValeurs.AnneeMaximum)
            Annee = aujourdhui.Year - 1;
        // CCH R441-5-1 : bilan de l'année écoulée transmis avant le 28 février.
        Echeance = new DateOnly(Annee.Value + 1, 2, 28);
        EcheancePassee = aujourdhui > Echeance;
        var (debut, fin) = (new DateOnly(Annee.Value, 1, 1), new DateOnly(Annee.Value, 12, 31));
        var conventions = await AccesFlux
            .Visibles(db, acteur)
            .AsNoTracking()
            .Where(c => c.Statut != StatutConvention.Projet && c.DateDebut <= fin && c.DateFin >= debut)
            .ToListAsync(ct);
        var bailleurs = conventions.Select(c => c.BailleurId).ToHashSet();
        if (AccesPages.ModifierFlux(acteur))
            bailleurs.Add(acteur.OrganisationId);
        if (Bailleur is int b)
            bailleurs.IntersectWith([b]);
        var flux = await RequetesAttributionFlux.AgregerAsync(db, bailleurs, Annee.Value, fin, ct);
        var lignes = flux.Where(l => l.Oriente && Visible(acteur, l))
            .Where(l => Reservataire is null || l.ReservataireId == Reservataire)
            .ToList();
        var codes = lignes.Select(l => l.CommuneCode).Distinct().ToList();
        nomsCommunes = await db
            .Communes.AsNoTracking()
            .Where(c => codes.Contains(c.Code) && c.Type == TypeCommune.Actuelle)
            .ToDictionaryAsync(c => c.Code, c => c.Nom, ct);
        var ids = bailleurs.Concat(lignes.Select(l => l.ReservataireId ?? 0)).Distinct().ToList();
        var noms = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Nom, ct);
        foreach (
            var g in lignes.GroupBy(l => (l.BailleurId, l.ReservataireId, l.Contingent)).OrderBy(g => g.Key.BailleurId)
        )
            Paires.Add(Paire(g.Key, g.ToList(), conventions, flux, noms));
        if (Format == "xlsx")
        {
            return ExportTableau.Xlsx(
                $"bilan-flux-{Annee}",
                $"Bilan {Annee}",
                BilanPaire.Entetes,
                Paires.SelectMany(p => p.Export(Annee.Value))
            );
        }
        return Page();
    }

    /// <summary>La portée de l'acteur sur une ligne : son organisation (bailleur ou titulaire), son
    /// département.</summary>
    private static bool Visible(Acteur acteur, LigneFluxAgregee l) =>
        Habilitations.PorteeAccordee(acteur, Ressource.Flux, Acte.Lire) switch
        {
            Portee.Aucune => false,
            Portee.Organisation or Portee.Perimetre => l.BailleurId == acteur.OrganisationId
                || l.ReservataireId == acteur.OrganisationId,
            Portee.Departement => l.DepartementCode == acteur.DepartementCode
                || l.BailleurId == acteur.OrganisationId
                || l.ReservataireId == acteur.OrganisationId,
            _ => true,
        };

    private Dictionary<string, string> nomsCommunes = [];

    private BilanPaire Paire(
        (int BailleurId, int? ReservataireId, Contingent? Contingent) cle,
        List<LigneFluxAgregee> lignes,
        List<ConventionFlux> conventions,
        List<LigneFluxAgregee> flux,
        Dictionary<int, string> noms
    )
    {
        var details = new List<(string, string, int, int)>();
        void Ventiler(string dimension, Func<LigneFluxAgregee, string> valeur)
        {
            foreach (var g in lignes.GroupBy(valeur).OrderBy(g => g.Key, StringComparer.Ordinal))
                details.Add((dimension, g.Key, g.Sum(l => l.Nombre), g.Where(l => l.Attribue).Sum(l => l.Nombre)));
        }
        Ventiler("Typologie", l => l.Typologie.ToString());
        Ventiler("Financement", l => l.Financement.Libelle());
        Ventiler("QPV", l => l.EnQpv ? "En QPV" : "Hors QPV");
        // Le nom lisible par le réservataire, le code INSEE pour rapprocher ses propres tableaux.
        Ventiler("Commune", l =>
            nomsCommunes.TryGetValue(l.CommuneCode, out var nom) ? $"{nom} ({l.CommuneCode})" : l.CommuneCode
        );
        Ventiler("Trimestre", l => $"T{((l.Mois - 1) / 3) + 1}");
        // Prévision de l'année nouvelle : part × flux de l'année écoulée (ou flux prévisionnel de la convention).
        var convention = conventions.FirstOrDefault(c =>
            c.BailleurId == cle.BailleurId && c.ReservataireId == cle.ReservataireId
        );
        ResultatSuiviFlux? prevision = null;
        if (convention is not null)
        {
            var base_ = flux.Where(l =>
                    l.BailleurId == cle.BailleurId && l.DansLeFlux && l.DepartementCode == convention.DepartementCode
                )
                .Sum(l => l.Nombre);
            prevision = SuiviFlux.Calculer(
                convention.PartFlux,
                base_,
                0,
                0,
                convention.FluxAnnuelPrevisionnel,
                Annee!.Value,
                new DateOnly(Annee.Value, 12, 31)
            );
        }
        return new BilanPaire(
            noms.GetValueOrDefault(cle.BailleurId, ""),
            cle.ReservataireId is int r ? noms.GetValueOrDefault(r, "") : "Non réservé (bailleur)",
            cle.Contingent,
            lignes.Sum(l => l.Nombre),
            lignes.Where(l => l.Attribue).Sum(l => l.Nombre),
            prevision,
            details
        );
    }
}
