using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Domain.Demande;
using Pilotis.Domain.Demande.Cotation;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande.Cotation;

/// <summary>
/// Modification d'un brouillon de grille par un agent de son EPCI : ajouter, retirer, modifier des critères ; erreurs
/// par champ en français ; concurrence optimiste par le jeton de la grille. Une grille publiée ou archivée ne se
/// modifie jamais (on crée une nouvelle version).
/// </summary>
public sealed class ModifierModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    public const string MessageConcurrence =
        "La grille a été modifiée par quelqu'un d'autre pendant votre saisie : rechargez la page pour repartir de sa "
        + "dernière version.";

    public sealed class LigneCritere
    {
        public TypeCritere Type { get; set; }
        public int Parametre { get; set; }
        public string? Points { get; set; }
        public string? Plafond { get; set; }
        public string? Libelle { get; set; }

        public static LigneCritere De(CritereCotation c) =>
            new()
            {
                Type = c.Type,
                Parametre = c.Parametre,
                Libelle = c.Libelle,
                Points = c.Points.ToString(Affichage.Fr),
                Plafond = c.Plafond?.ToString(Affichage.Fr),
            };
    }

    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public List<LigneCritere> Criteres { get; set; } = [];

    [BindProperty]
    public string? Commentaire { get; set; }

    [BindProperty]
    public string? Jeton { get; set; }

    [BindProperty]
    public string? Commande { get; set; }

    public GrilleCotation Grille { get; private set; } = null!;
    public string EpciNom { get; private set; } = "";
    public Dictionary<string, string> Erreurs { get; } = new(StringComparer.Ordinal);
    public string? Erreur { get; private set; }

    public string? ErreurDe(string champ) => Erreurs.GetValueOrDefault(champ);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(suivi: false, ct);
        if (refus is not null)
            return refus;
        Criteres = Grille.Criteres.Select(LigneCritere.De).ToList();
        Commentaire = Grille.Commentaire;
        Jeton = Grille.Jeton.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(suivi: true, ct);
        if (refus is not null)
            return refus;
        if (Grille.Statut != StatutGrille.Brouillon)
        {
            Erreur =
                "Cette version est publiée ou archivée : elle ne se modifie plus. Créez une nouvelle version depuis "
                + "la page Cotation.";
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        if (Commande == "ajouter")
        {
            Criteres.Add(
                new LigneCritere
                {
                    Type = TypeCritere.Motif,
                    Parametre = (int)MotifsDemande.Heberge,
                    Points = "10",
                }
            );
            return Page();
        }
        if (
            Commande?.StartsWith("supprimer-", StringComparison.Ordinal) == true
            && int.TryParse(
                Commande["supprimer-".Length..],
                NumberStyles.None,
                CultureInfo.InvariantCulture,
                out var indice
            )
            && indice >= 0
            && indice < Criteres.Count
        )
        {
            Criteres.RemoveAt(indice);
            return Page();
        }

        var criteres = Lire();
        foreach (var e in ValidationGrilleCotation.Valider(criteres))
            Erreurs.TryAdd(e.Champ, e.Message);
        if (Commentaire?.Length > 2000)
            Erreurs["Commentaire"] = "Le commentaire ne doit pas dépasser 2 000 caractères.";
        if (Erreurs.Count > 0)
        {
            Erreur = "La grille n'a pas été enregistrée : corrigez les champs signalés.";
            return Page();
        }
        var jeton = Guid.TryParse(Jeton, out var j) ? j : Guid.Empty;
        if (jeton != Grille.Jeton)
        {
            Erreur = MessageConcurrence + " Votre saisie est conservée ci-dessous.";
            return Page();
        }
        db.Entry(Grille).Property(g => g.Jeton).OriginalValue = jeton;
        Grille.Criteres = criteres;
        Grille.Commentaire = string.IsNullOrWhiteSpace(Commentaire) ? null : Commentaire.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Erreur = MessageConcurrence + " Votre saisie est conservée ci-dessous.";
            return Page();
        }
        return Redirect($"/cotation/grilles/{Grille.Id}?enregistree=1");
    }

    /// <summary>Lit les lignes saisies ; un nombre illisible est signalé sur son champ (« Critère 2 : … »).</summary>
    private List<CritereCotation> Lire()
    {
        var criteres = new List<CritereCotation>();
        for (var i = 0; i < Criteres.Count; i++)
        {
            var l = Criteres[i];
            var points = Nombre(
                l.Points,
                $"Criteres[{i}].Points",
                $"Critère {i + 1} : indiquez les points (un nombre, par exemple 10 ou 2,5).",
                obligatoire: true
            ) ?? 0m;
            var plafond = Nombre(
                l.Plafond,
                $"Criteres[{i}].Plafond",
                $"Critère {i + 1} : le plafond doit être un nombre (ou rester vide).",
                obligatoire: false
            );
            var libelle = string.IsNullOrWhiteSpace(l.Libelle)
                ? LibellesCotation.Defaut(l.Type, l.Parametre)
                : l.Libelle.Trim();
            var parametre = LibellesCotation.Parametres(l.Type).Count == 0 ? 0 : l.Parametre;
            criteres.Add(new CritereCotation(l.Type, parametre, points, plafond, libelle));
        }
        return criteres;
    }

    private decimal? Nombre(string? texte, string champ, string message, bool obligatoire)
    {
        var t = texte
            ?.Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal)
            .Replace(',', '.')
            .Trim();
        if (string.IsNullOrEmpty(t))
        {
            if (obligatoire)
                Erreurs[champ] = message;
            return null;
        }
        if (
            decimal.TryParse(
                t,
                NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var v
            )
        )
            return v;
        Erreurs[champ] = message;
        return null;
    }

    private async Task<IActionResult?> ChargerAsync(bool suivi, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var requete = suivi ? db.GrillesCotation : db.GrillesCotation.AsNoTracking();
        var grille = await requete.FirstOrDefaultAsync(g => g.Id == Id, ct);
        if (grille is null)
            return NotFound();
        if (!AccesCotation.PeutModifier(acteur, grille.EpciSiren))
            return Forbid();
        Grille = grille;
        EpciNom = await db
            .Epcis.AsNoTracking()
            .Where(e => e.Siren == grille.EpciSiren)
            .Select(e => e.Nom)
            .FirstOrDefaultAsync(ct)
            ?? grille.EpciSiren;
        return null;
    }
}
