using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Demande;
using Pilotis.Data.Territoire;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Classement des demandes candidates à un logement (commune, typologie, produit) pour préparer une commission
/// d'attribution : demandes actives qui souhaitent la commune à n'importe quel rang, acceptent la typologie, sont
/// éligibles au produit ; par score, puis ancienneté. Limité aux demandes que l'utilisateur peut lire ; export CSV.
/// </summary>
public sealed class ClassementModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    public const int LimiteAffichee = 200;

    [BindProperty(SupportsGet = true)]
    public string? Commune { get; set; }

    [BindProperty(SupportsGet = true)]
    public Typologies? Typologie { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProduitsEligibles? Produit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    public IReadOnlyList<(string Code, string Nom)> Communes { get; private set; } = [];
    public IReadOnlyList<CandidatLogement>? Candidats { get; private set; }
    public Dictionary<string, string> Erreurs { get; } = new(StringComparer.Ordinal);
    public string? CommuneNom { get; private set; }

    public static IReadOnlyList<Typologies> TypologiesPossibles { get; } =
        Enum.GetValues<Typologies>().Where(t => t != Typologies.Aucune).ToList();
    public static IReadOnlyList<ProduitsEligibles> ProduitsPossibles { get; } =
    [ProduitsEligibles.Plai, ProduitsEligibles.Plus, ProduitsEligibles.Pls];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !AccesPages.LireDemandes(acteur))
            return Forbid();
        // Les communes du département et le nom de la commune choisie viennent du référentiel en mémoire.
        var referentiel = await ReferentielDemandes.CommunesAsync(db);
        Communes =
        [
            .. (await ReferentielNoms.CommunesDepartementAsync(db, acteur.DepartementCode)).OrderBy(
                c => c.Nom,
                StringComparer.Ordinal
            ),
        ];
        if (Commune is null && Typologie is null && Produit is null)
            return Page();

        var code = Commune?.Trim() ?? "";
        CommuneNom = referentiel.GetValueOrDefault(code)?.Nom;
        if (code.Length == 0)
            Erreurs[nameof(Commune)] = "Choisissez la commune du logement.";
        else if (CommuneNom is null)
            Erreurs[nameof(Commune)] =
                $"La commune « {Francais.Extrait(code)} » est inconnue (code INSEE à 5 caractères).";
        if (Typologie is not Typologies t || !TypologiesPossibles.Contains(t))
            Erreurs[nameof(Typologie)] = "Choisissez la typologie du logement (T1 à T6 et plus).";
        if (Produit is not ProduitsEligibles p || !ProduitsPossibles.Contains(p))
            Erreurs[nameof(Produit)] = "Choisissez le financement du logement (PLAI, PLUS ou PLS).";
        if (Erreurs.Count > 0)
            return Page();

        var csv = string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase);
        Candidats = await RequetesDemande.ClasserPourLogementAsync(
            db,
            code,
            Typologie!.Value,
            Produit!.Value,
            csv ? RequetesDemande.LimiteClassement : LimiteAffichee,
            AccesDemandes.Filtre(acteur, Acte.Lire),
            ct
        );
        if (csv)
        {
            return ExportTableau.Csv(
                $"classement-{code}-{Typologie}-{Produit}.csv",
                [
                    "Rang",
                    "Numéro unique",
                    "Score",
                    "Date de dépôt",
                    "Personnes",
                    "Personnes à charge",
                    "Rang de la commune dans les souhaits",
                ],
                Candidats.Select(
                    (c, i) =>
                        (IReadOnlyList<object?>)
                            [
                                i + 1,
                                c.NumeroUnique,
                                c.Score,
                                c.DateDepot,
                                c.NombrePersonnes,
                                c.PersonnesACharge,
                                c.RangCommune,
                            ]
                )
            );
        }
        return Page();
    }

    public static string Libelle(ProduitsEligibles p) =>
        p switch
        {
            ProduitsEligibles.Plai => "PLAI",
            ProduitsEligibles.Plus => "PLUS",
            ProduitsEligibles.Pls => "PLS",
            _ => p.ToString(),
        };
}
