using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Commun;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Annuaire.Referents;

/// <summary>
/// L'annuaire des acteurs (seed 001, solution 9) : qui appeler, dans quelle structure, sur quel thème. Le public voit
/// les fiches publiques, un compte connecté toutes ; recherche sans accents ni majuscules sur une colonne normalisée
/// (même résultat sur SQLite et PostgreSQL), filtres par territoire, type et thème, pagination, exports CSV, XLSX et
/// vCard (RFC 6350, un fichier pour toutes les fiches filtrées).
/// </summary>
public sealed class IndexModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge) : PageModel
{
    public const int LongueurRechercheMaximum = 100;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Departement { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true)]
    public TypeOrganisation? Type { get; set; }

    [BindProperty(SupportsGet = true)]
    public ThemeReferent? Theme { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public List<LigneAnnuaire> Lignes { get; private set; } = [];
    public Pagination Pagination { get; private set; } = new(1, 0, Pagination.TailleParDefaut);
    public bool Connecte { get; private set; }
    public Acteur? Acteur { get; private set; }
    public DateOnly Aujourdhui { get; private set; }
    public bool PeutVoirIndicateurs { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Acteur = await acteurCourant.LireAsync();
        Connecte = Acteur is not null;
        PeutVoirIndicateurs = AccesPages.PeutOuvrir(Acteur, "/annuaire/indicateurs");
        Aujourdhui = Affichage.JourAParis(horloge.GetUtcNow());
        Valider();
        var requete = Requete();
        if (Format is "csv" or "xlsx" or "vcf")
            return Exporter(await requete.ToListAsync(ct));
        (Lignes, Pagination) = await requete.PaginerAsync(NumeroPage, ct);
        return Page();
    }

    /// <summary>Un compte connecté peut-il tenir les fiches de cette organisation ?</summary>
    public bool PeutModifier(LigneAnnuaire l) =>
        Acteur is not null && Habilitations.Autorise(Acteur, Ressource.Referents, Acte.Modifier, l.Cible);

    private void Valider()
    {
        if (Q is { Length: > LongueurRechercheMaximum })
            ModelState.AddModelError(nameof(Q), $"La recherche compte {LongueurRechercheMaximum} caractères au plus.");
        if (!string.IsNullOrWhiteSpace(Departement) && !RequetesTerritoire.CodeDepartementValide(Departement))
            ModelState.AddModelError(nameof(Departement), "Code de département inconnu (ex. 30, 2A, 971).");
        if (!string.IsNullOrWhiteSpace(Epci) && !RequetesTerritoire.SirenValide(Epci))
            ModelState.AddModelError(nameof(Epci), "Le SIREN de l'EPCI compte 9 chiffres.");
        if (!string.IsNullOrWhiteSpace(Commune) && !RequetesTerritoire.CodeCommuneValide(Commune))
            ModelState.AddModelError(nameof(Commune), "Le code INSEE de la commune compte 5 caractères (ex. 30007).");
    }

    /// <summary>Les fiches visibles filtrées ; un filtre refusé (message au champ) n'est pas appliqué.</summary>
    private IQueryable<LigneAnnuaire> Requete()
    {
        var fiches = db.Referents.AsNoTracking();
        // Le public ne voit que les fiches que l'organisation a rendues publiques.
        if (!Connecte)
            fiches = fiches.Where(r => r.Visibilite == VisibiliteReferent.Public);
        if (Theme is ThemeReferent theme && Enum.IsDefined(theme))
            fiches = fiches.Where(r => r.Theme == theme);
        // Chaque mot normalisé (accents, majuscules, ponctuation retirés) doit figurer dans la clé normalisée.
        foreach (var mot in MotsCherches())
            fiches = fiches.Where(r => r.CleRecherche.Contains(mot));
        var organisations = FiltrerOrganisations(db.Organisations.Where(o => o.Active));
        return fiches
            .Join(organisations, r => r.OrganisationId, o => o.Id, (r, o) => new { r, o })
            .OrderBy(x => x.o.Nom)
            .ThenBy(x => x.r.Theme)
            .ThenBy(x => x.r.Nom)
            .ThenBy(x => x.r.Id)
            .Select(x => new LigneAnnuaire(
                x.r.Id,
                x.o.Id,
                x.o.Nom,
                x.o.Type,
                x.o.DepartementCode,
                x.o.RegionCode,
                x.r.Theme,
                x.r.Nom,
                x.r.Fonction,
                x.r.Courriel,
                x.r.Telephone,
                x.r.Disponibilite,
                x.r.Visibilite,
                x.r.ConfirmeLe
            ));
    }

    private List<string> MotsCherches() =>
        ModelState.ContainsKey(nameof(Q)) && ModelState[nameof(Q)]!.Errors.Count > 0
            ? []
            : TexteRecherche.Normaliser(Q).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();

    private bool Accepte(string champ, string? valeur) =>
        !string.IsNullOrWhiteSpace(valeur) && !(ModelState.TryGetValue(champ, out var e) && e.Errors.Count > 0);

    /// <summary>
    /// Territoire : l'organisation rattachée au département ; celle dont le périmètre est l'EPCI ou l'une de ses
    /// communes ; celle dont le périmètre est la commune.
    /// </summary>
    private IQueryable<Pilotis.Domain.Annuaire.Organisation> FiltrerOrganisations(
        IQueryable<Pilotis.Domain.Annuaire.Organisation> organisations
    )
    {
        if (Type is TypeOrganisation type && Enum.IsDefined(type))
            organisations = organisations.Where(o => o.Type == type);
        if (Accepte(nameof(Departement), Departement))
            organisations = organisations.Where(o => o.DepartementCode == Departement);
        if (Accepte(nameof(Epci), Epci))
        {
            var communes = db
                .Communes.Where(c => c.EpciSiren == Epci && c.Type == Domain.Territoire.TypeCommune.Actuelle)
                .Select(c => c.Code);
            organisations = organisations.Where(o =>
                (o.PerimetreNiveau == NiveauPerimetre.Epci && o.PerimetreCode == Epci)
                || (o.PerimetreNiveau == NiveauPerimetre.Commune && communes.Contains(o.PerimetreCode))
            );
        }
        if (Accepte(nameof(Commune), Commune))
            organisations = organisations.Where(o =>
                o.PerimetreNiveau == NiveauPerimetre.Commune && o.PerimetreCode == Commune
            );
        return organisations;
    }

    private static readonly string[] Entetes =
    [
        "Organisation",
        "Type",
        "Thème",
        "Nom",
        "Fonction",
        "Courriel",
        "Téléphone",
        "Disponibilités",
        "Visibilité",
        "Confirmée le",
    ];

    private IActionResult Exporter(List<LigneAnnuaire> lignes)
    {
        if (Format == "vcf")
        {
            var texte = VCard.Ecrire(
                lignes.Select(l => new FicheVCard(
                    l.Nom,
                    l.Organisation,
                    l.Fonction,
                    l.Courriel,
                    l.Telephone,
                    $"{l.Theme.Libelle()}"
                        + (string.IsNullOrWhiteSpace(l.Disponibilite) ? "" : $" — disponible : {l.Disponibilite}")
                ))
            );
            return File(Encoding.UTF8.GetBytes(texte), "text/vcard; charset=utf-8", "annuaire.vcf");
        }
        var tableau = lignes.Select(l =>
            (IReadOnlyList<object?>)
                [
                    l.Organisation,
                    l.TypeOrganisation.Libelle(),
                    l.Theme.Libelle(),
                    l.Nom,
                    l.Fonction,
                    l.Courriel,
                    l.Telephone,
                    l.Disponibilite,
                    l.Visibilite == VisibiliteReferent.Public ? "publique" : "comptes connectés",
                    l.ConfirmeLe,
                ]
        );
        return Format == "csv"
            ? ExportTableau.Csv("annuaire", Entetes, tableau)
            : ExportTableau.Xlsx("annuaire", "Annuaire", Entetes, tableau);
    }
}
