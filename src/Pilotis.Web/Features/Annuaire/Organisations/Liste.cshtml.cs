using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Organisations;

/// <summary>Les organisations que l'acteur peut lire, filtrées, paginées et exportables (CSV, XLSX).</summary>
public sealed class ListeModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "type")]
    public TypeOrganisation? Type { get; set; }

    /// <summary>« actives », « inactives » ou vide (toutes).</summary>
    [BindProperty(SupportsGet = true, Name = "etat")]
    public string? Etat { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Recherche { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    public List<LigneOrganisation> Organisations { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public Dictionary<(NiveauPerimetre, string), string> LibellesPerimetres { get; private set; } = [];
    public bool PeutCreer { get; private set; }
    public bool Filtree => Type is not null || !string.IsNullOrEmpty(Etat) || !string.IsNullOrWhiteSpace(Recherche);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        PeutCreer = Habilitations.PorteeAccordee(acteur, Ressource.Organisations, Acte.Modifier) >= Portee.Departement;
        (Organisations, Pagination) = await Requete(acteur).PaginerAsync(NumeroPage, ct);
        LibellesPerimetres = await Perimetres.LibellesAsync(
            db,
            Organisations.Select(o => (o.PerimetreNiveau, o.PerimetreCode)),
            ct
        );
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        return Exports.Csv(NomFichier("csv"), Colonnes, Requete(acteur).AsAsyncEnumerable());
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        return await Exports.XlsxAsync(
            NomFichier("xlsx"),
            "Organisations",
            Colonnes,
            Requete(acteur).AsAsyncEnumerable(),
            ct
        );
    }

    private static readonly ColonneExport<LigneOrganisation>[] Colonnes =
    [
        new("Identifiant", o => o.Id),
        new("Nom", o => o.Nom),
        new("Type", o => o.Type.Libelle()),
        new("SIREN", o => o.Siren),
        new("Niveau du périmètre", o => Perimetres.LibelleNiveau(o.PerimetreNiveau)),
        new("Code du périmètre", o => o.PerimetreCode),
        new("Département de rattachement", o => o.DepartementCode),
        new("Active", o => o.Active),
        new("Utilisateurs", o => o.Utilisateurs),
    ];

    private string NomFichier(string extension) => $"organisations-{DateTime.Today:yyyy-MM-dd}.{extension}";

    private IQueryable<LigneOrganisation> Requete(Acteur acteur)
    {
        var requete = db
            .Organisations.AsNoTracking()
            .Where(PorteeRequetes.Organisations(acteur, Ressource.Organisations, Acte.Lire));
        if (Type is { } type)
            requete = requete.Where(o => o.Type == type);
        if (Etat == "actives")
            requete = requete.Where(o => o.Active);
        if (Etat == "inactives")
            requete = requete.Where(o => !o.Active);
        var saisie = Recherche?.Trim();
        if (!string.IsNullOrEmpty(saisie))
        {
            var siren = saisie.Replace(" ", "", StringComparison.Ordinal);
            var motif = saisie.ToLower();
            requete = requete.Where(o =>
                o.Nom.ToLower().Contains(motif) || (o.Siren != null && o.Siren.StartsWith(siren))
            );
        }
        return requete
            .OrderBy(o => o.Nom)
            .ThenBy(o => o.Id)
            .Select(o => new LigneOrganisation(
                o.Id,
                o.Nom,
                o.Type,
                o.Siren,
                o.PerimetreNiveau,
                o.PerimetreCode,
                o.DepartementCode,
                o.Active,
                db.Users.Count(u => u.OrganisationId == o.Id)
            ));
    }
}
