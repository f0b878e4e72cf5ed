using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Financement;
using Pilotis.Domain.Annuaire;
using Pilotis.Web.Api;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Financement;

/// <summary>
/// Le catalogue des aides, public (ticket 13, ADR 0022) : recherche avec les mots du logement social, filtres et leurs
/// comptes (facettes), pagination, exports. Le territoire du compte connecté fait passer ses aides devant.
/// </summary>
public sealed class IndexModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    public const int TaillePage = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Financeur { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Public { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Perimetre { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Ouvertes { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Echeance { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public ResultatRechercheAides Resultat { get; private set; } = null!;
    public Pagination Pagination { get; private set; } = null!;
    public bool PeutCreer { get; private set; }
    public bool PeutImporter { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Departement is not null && !Pilotis.Data.Territoire.RequetesTerritoire.CodeDepartementValide(Departement))
            ModelState.AddModelError(nameof(Departement), "Code de département inconnu (ex. 30, 2A, 971).");
        if (Q is { Length: > AidesApi.LongueurRequeteMaximum })
            ModelState.AddModelError(
                nameof(Q),
                $"La recherche compte {AidesApi.LongueurRequeteMaximum} caractères au plus."
            );
        var acteur = await acteurCourant.LireAsync();
        var organisation = await acteurCourant.OrganisationAsync();
        PeutCreer = AccesPages.CreerAide(acteur);
        PeutImporter = AccesPages.ImporterAides(acteur);
        var index = await IndexAides.LireAsync(db, ct);
        var criteres = new CriteresAides
        {
            Texte = ModelState.IsValid ? Q : null,
            Departement = ModelState.IsValid ? Departement : null,
            TypeAide = Vide(Type),
            Financeur = Vide(Financeur),
            Public = Vide(Public),
            Perimetre = Vide(Perimetre),
            OuvertesSeulement = Ouvertes,
            EcheanceAvant = Echeance,
            Page = Format is null ? Math.Max(1, NumeroPage) : 1,
            Taille = Format is null ? TaillePage : int.MaxValue,
            DepartementUtilisateur = acteur?.DepartementCode,
            EpciUtilisateur = organisation?.PerimetreNiveau == NiveauPerimetre.Epci ? organisation.PerimetreCode : null,
            CommuneUtilisateur =
                organisation?.PerimetreNiveau == NiveauPerimetre.Commune ? organisation.PerimetreCode : null,
        };
        Resultat = RechercheAides.Rechercher(index, criteres, AidesApi.Aujourdhui(db));
        if (Format is "csv" or "xlsx")
            return Exporter(Resultat);
        Pagination = new Pagination(Resultat.Page, Resultat.Total, Resultat.Taille);
        if (NumeroPage <= 1)
            await JournalRecherchesAides.NoterAsync(db, Q, Resultat.Total, ct);
        return Page();
    }

    private static string? Vide(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static readonly string[] Entetes =
    [
        "Id source",
        "Nom",
        "Financeurs",
        "Périmètre",
        "Types d'aide",
        "Échéance",
        "Locale",
        "Adresse",
    ];

    private IActionResult Exporter(ResultatRechercheAides r)
    {
        var lignes = r.Aides.Select(a =>
            (IReadOnlyList<object?>)
                [
                    a.IdSource,
                    a.Nom,
                    string.Join(", ", a.Financeurs),
                    a.Perimetre,
                    string.Join(", ", a.TypesAide),
                    a.DateEcheance,
                    a.Locale ? "oui" : "non",
                    $"/aides/{a.Slug}",
                ]
        );
        return Format == "csv"
            ? ExportTableau.Csv("aides", Entetes, lignes)
            : ExportTableau.Xlsx("aides", "Aides", Entetes, lignes);
    }

    /// <summary>Le lien de la page courante avec un filtre changé (null le retire), page remise à 1.</summary>
    public string Lien(string cle, string? valeur)
    {
        var p = Request
            .Query.Where(x =>
                x.Key is not ("p" or "format") && !string.Equals(x.Key, cle, StringComparison.OrdinalIgnoreCase)
            )
            .SelectMany(x => x.Value.Select(v => new KeyValuePair<string, string?>(x.Key, v)))
            .ToList();
        if (valeur is not null)
            p.Add(new(cle, valeur));
        return "/aides" + QueryString.Create(p).ToUriComponent();
    }
}
