using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Simulateur public d'éligibilité (sans compte) : la catégorie du ménage, les plafonds PLAI, PLUS et PLS de sa
/// géographie et une réponse en clair ; intégrable dans le site d'une commune (<c>?integre=1</c>, iframe).
/// Mêmes règles et mêmes contrôles que GET /api/v1/eligibilite (CCH R441-1, arrêté du 29 juillet 1987).
/// </summary>
public sealed class SimulateurEligibiliteModel(PilotisDbContext db) : PageModel
{
    public static CultureInfo Fr => Affichage.Fr;

    [BindProperty(SupportsGet = true)]
    public int Annee { get; set; } = 2026;

    [BindProperty(SupportsGet = true)]
    public string Geographie { get; set; } = "autres-regions";

    [BindProperty(SupportsGet = true)]
    public string? Personnes { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? PersonnesACharge { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool JeuneCouple { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Handicap { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RevenuFiscalReference { get; set; }

    /// <summary>« integre=1 » (ou true) : version sans en-tête, pour une iframe.</summary>
    [BindProperty(SupportsGet = true, Name = "integre")]
    public string? IntegreDemande { get; set; }

    public bool Integre => IntegreDemande is "1" or "true" or "True";

    public Dictionary<string, string> Erreurs { get; } = new(StringComparer.Ordinal);
    public CategorieMenage? Categorie { get; private set; }
    public ResultatEligibilite? Resultat { get; private set; }
    public decimal Revenu { get; private set; }
    public IReadOnlyList<PlafondsRessources> Bareme { get; private set; } = [];
    public IReadOnlyList<int> Annees { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Intégrable partout quand on le demande ; le reste du site
        // refuse d'être encadré (en-tête posé par Composition).
        if (Integre)
            Infrastructure.Securite.EntetesSecurite.AutoriserEncadrement(Response);
        var lignes = await BaremePlafonds.LireAsync(db, ct);
        Annees = lignes.Select(l => l.Annee).Distinct().Order().ToList();
        // « geographie= » vide (lien bricolé, formulaire tronqué) : la géographie par défaut, comme sans paramètre.
        if (string.IsNullOrWhiteSpace(Geographie))
            Geographie = "autres-regions";
        if (Geographies.ParCode.TryGetValue(Geographie, out var zone))
            Bareme = PlafondsRessources.Pour(lignes, Annee, zone);
        if (Personnes is null && RevenuFiscalReference is null)
            return Page();

        var personnes = Entier(nameof(Personnes), Personnes, obligatoire: true);
        var aCharge = Entier(nameof(PersonnesACharge), PersonnesACharge, obligatoire: false) ?? 0;
        decimal? revenu = null;
        // Les espaces de milliers (y compris insécables) et le symbole € sont tolérés : « 30 000 € ».
        var texte = RevenuFiscalReference
            ?.Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00A0", "", StringComparison.Ordinal)
            .Replace("\u202F", "", StringComparison.Ordinal)
            .Replace("€", "", StringComparison.Ordinal)
            .Trim();
        if (string.IsNullOrEmpty(texte))
            Erreurs[nameof(RevenuFiscalReference)] =
                "Indiquez le revenu fiscal de référence de l'avant-dernière année (en euros).";
        else if (
            decimal.TryParse(
                texte.Replace(',', '.'),
                NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
                CultureInfo.InvariantCulture,
                out var r
            )
        )
            revenu = r;
        else
            Erreurs[nameof(RevenuFiscalReference)] =
                $"« {Francais.Extrait(RevenuFiscalReference)} » n'est pas un montant en euros.";
        if (Erreurs.Count > 0 || personnes is null || revenu is null)
            return Page();

        var donnees = new DonneesEligibilite(
            Annee,
            Geographie,
            personnes.Value,
            aCharge,
            JeuneCouple,
            Handicap,
            revenu.Value
        );
        foreach (var e in ValidationEligibilite.Valider(donnees, lignes))
            Erreurs[Champ(e.Champ)] = e.Message;
        if (Erreurs.Count > 0)
            return Page();

        Revenu = revenu.Value;
        Categorie = CategorieMenage.Determiner(personnes.Value, aCharge, JeuneCouple, Handicap);
        Resultat = Eligibilite.Evaluer(Revenu, Categorie.Value, Bareme);
        return Page();
    }

    private int? Entier(string champ, string? texte, bool obligatoire)
    {
        if (string.IsNullOrWhiteSpace(texte))
        {
            if (obligatoire)
                Erreurs[champ] = "Indiquez le nombre de personnes du ménage.";
            return null;
        }
        if (int.TryParse(texte.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
            return v;
        Erreurs[champ] = $"« {Francais.Extrait(texte)} » n'est pas un nombre entier.";
        return null;
    }

    /// <summary>Nom du champ du formulaire pour un champ du contrat public (« personnesACharge » →
    /// PersonnesACharge).</summary>
    private static string Champ(string champApi) =>
        champApi switch
        {
            ChampsEligibilite.Personnes => nameof(Personnes),
            ChampsEligibilite.PersonnesACharge => nameof(PersonnesACharge),
            ChampsEligibilite.JeuneCouple => nameof(JeuneCouple),
            ChampsEligibilite.Handicap => nameof(Handicap),
            ChampsEligibilite.RevenuFiscalReference => nameof(RevenuFiscalReference),
            ChampsEligibilite.Geographie => nameof(Geographie),
            _ => nameof(Annee),
        };

    public static string Euros(decimal montant) => Affichage.Euros(montant);

    public string? Erreur(string champ) => Erreurs.GetValueOrDefault(champ);

    public static string LibelleGeographie(GeographiePlafonds g) =>
        g switch
        {
            GeographiePlafonds.Paris => "Paris et communes limitrophes",
            GeographiePlafonds.IleDeFrance => "Île-de-France hors Paris et communes limitrophes",
            _ => "Autres régions",
        };
}
