using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Financement;
using Pilotis.Domain.Financement;

namespace Pilotis.Web.Features.Financement;

/// <summary>
/// Le formulaire d'une aide locale (création et modification) : mêmes champs qu'aides-territoires, listes saisies une
/// valeur par ligne, HTML nettoyé à l'écriture, un message par champ fautif et rien d'écrit tant qu'il en reste.
/// </summary>
public abstract class EditionAideModel(PilotisDbContext db) : PageModel
{
    [BindProperty]
    public string? Nom { get; set; }

    [BindProperty]
    public string? TitreCourt { get; set; }

    [BindProperty]
    public string? Financeurs { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Eligibilite { get; set; }

    [BindProperty]
    public string? Perimetre { get; set; }

    [BindProperty]
    public string? Categories { get; set; } = "Logement|Logement social";

    [BindProperty]
    public string? Publics { get; set; } = PublicsAides.BailleursSociaux;

    [BindProperty]
    public string? TypesAide { get; set; }

    [BindProperty]
    public DateOnly? DateOuverture { get; set; }

    [BindProperty]
    public DateOnly? DateEcheance { get; set; }

    [BindProperty]
    public int? TauxMin { get; set; }

    [BindProperty]
    public int? TauxMax { get; set; }

    [BindProperty]
    public long? MontantPret { get; set; }

    [BindProperty]
    public string? UrlOrigine { get; set; }

    [BindProperty]
    public string? Contact { get; set; }

    protected PilotisDbContext Db => db;

    protected static List<string> Lignes(string? texte) =>
        (texte ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    protected void Remplir(Aide a)
    {
        ArgumentNullException.ThrowIfNull(a);
        (Nom, TitreCourt, Description, Eligibilite, Perimetre) = (
            a.Nom,
            a.TitreCourt,
            a.Description,
            a.Eligibilite,
            a.Perimetre
        );
        Financeurs = string.Join("\n", a.Financeurs);
        Categories = string.Join("\n", a.Categories);
        Publics = string.Join("\n", a.PublicsCibles);
        TypesAide = string.Join("\n", a.TypesAide);
        (DateOuverture, DateEcheance, TauxMin, TauxMax, MontantPret, UrlOrigine, Contact) = (
            a.DateOuverture,
            a.DateEcheance,
            a.TauxSubventionMin,
            a.TauxSubventionMax,
            a.MontantPret,
            a.UrlOrigine,
            a.Contact
        );
    }

    /// <summary>Vérifie la saisie (erreurs dans ModelState) et, si elle est bonne, la recopie dans l'aide.</summary>
    protected async Task<bool> AppliquerAsync(Aide a, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(a);
        var saisie = new SaisieAide
        {
            Nom = Nom,
            TitreCourt = TitreCourt,
            Financeurs = Lignes(Financeurs),
            Description = Description,
            Eligibilite = Eligibilite,
            Perimetre = Perimetre,
            Categories = Lignes(Categories),
            Publics = Lignes(Publics),
            TypesAide = Lignes(TypesAide),
            DateOuverture = DateOuverture,
            DateEcheance = DateEcheance,
            TauxMin = TauxMin,
            TauxMax = TauxMax,
            MontantPret = MontantPret,
            UrlOrigine = UrlOrigine,
            Contact = Contact,
        };
        var index = await IndexAides.LireAsync(db, ct);
        var erreurs = ValidationAide.Verifier(saisie, p =>
            index.Territoires.Resoudre(p) is var r && (r.National || r.Regions.Count + r.Departements.Count > 0)
        );
        foreach (var (champ, message) in erreurs)
            ModelState.AddModelError(champ, message);
        if (!ModelState.IsValid)
            return false;
        a.Nom = Nom!.Trim();
        a.TitreCourt = string.IsNullOrWhiteSpace(TitreCourt) ? null : TitreCourt.Trim();
        a.Financeurs = [.. saisie.Financeurs];
        a.Description = NettoyageHtml.Nettoyer(Description);
        a.Eligibilite = NettoyageHtml.Nettoyer(Eligibilite);
        a.Perimetre = Perimetre!.Trim();
        a.Categories = [.. saisie.Categories];
        a.PublicsCibles = [.. saisie.Publics];
        a.TypesAide = [.. saisie.TypesAide];
        (a.DateOuverture, a.DateEcheance) = (DateOuverture, DateEcheance);
        (a.TauxSubventionMin, a.TauxSubventionMax, a.MontantPret) = (TauxMin, TauxMax, MontantPret);
        a.UrlOrigine = string.IsNullOrWhiteSpace(UrlOrigine) ? null : UrlOrigine.Trim();
        a.Contact = NettoyageHtml.Nettoyer(Contact);
        a.Locale = true;
        IndexationAide.Calculer(a);
        return true;
    }
}
