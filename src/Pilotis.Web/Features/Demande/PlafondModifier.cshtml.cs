using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Base;
using Pilotis.Data.Demande;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Demande;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Demande;

/// <summary>
/// Un administrateur de la DDTM modifie une ligne du barème ou en ajoute une (année suivante, produit manquant) ;
/// les produits éligibles des demandes actives sont aussitôt recalculés avec le barème en vigueur.
/// </summary>
public sealed class PlafondModifierModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Geographie { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Produit { get; set; }

    [BindProperty]
    public string?[] Categories { get; set; } = new string?[6];

    [BindProperty]
    public string? ParPersonne { get; set; }

    [BindProperty]
    public string? Source { get; set; }

    [BindProperty]
    public Guid Jeton { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public PlafondRessourcesParametre? Existante { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var modele = Existante;
        if (
            modele is null
            && Geographies.ParCode.TryGetValue(Geographie ?? "", out var g)
            && Enum.TryParse<ProduitLogement>(Produit, true, out var p)
        )
        {
            // Nouvelle année : on part de la ligne de l'année précédente la plus récente, à corriger avec l'arrêté.
            modele = await db
                .PlafondsRessources.AsNoTracking()
                .Where(x => x.Geographie == g && x.Produit == p && x.Annee < Annee)
                .OrderByDescending(x => x.Annee)
                .FirstOrDefaultAsync(ct);
        }
        if (modele is not null)
        {
            Categories =
            [
                .. new[]
                {
                    modele.Categorie1,
                    modele.Categorie2,
                    modele.Categorie3,
                    modele.Categorie4,
                    modele.Categorie5,
                    modele.Categorie6,
                }.Select(Texte),
            ];
            ParPersonne = Texte(modele.ParPersonneSupplementaire);
            Source = Existante is null ? null : modele.Source;
            Jeton = Existante?.Jeton ?? Guid.Empty;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        ModelState.EffacerSauf(nameof(Annee));
        var ligne = Existante ?? new PlafondRessourcesParametre { Source = "" };
        LireCle(ligne);
        LireMontants(ligne);
        await ValiderAsync(ligne, ct);
        if (!ModelState.IsValid)
        {
            if (Existante is not null)
                db.Entry(Existante).State = EntityState.Unchanged;
            return Page();
        }
        ligne.ModifieeLe = horloge.GetUtcNow();
        if (Existante is null)
            db.PlafondsRessources.Add(ligne);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                "",
                "Cette ligne a été modifiée entre-temps par un autre administrateur : rechargez la page. Vos saisies "
                    + "sont conservées ci-dessous."
            );
            return Page();
        }
        var recalculees = await RecalculerEligibiliteAsync(
            db,
            DateOnly.FromDateTime(horloge.GetLocalNow().DateTime),
            ct
        );
        Confirmation =
            $"Plafonds {ligne.Produit.Code()} {ligne.Annee} « {ligne.Geographie.Libelle()} » enregistrés ; produits "
            + $"éligibles recalculés pour {recalculees.ToString("#,##0", Affichage.Fr)} demandes actives.";
        return Redirect($"/demandes/plafonds?annee={ligne.Annee}");
    }

    /// <summary>
    /// Une nouvelle ligne lit son année, sa géographie et son produit ; une ligne existante, son jeton.
    /// </summary>
    private void LireCle(PlafondRessourcesParametre ligne)
    {
        if (Existante is null)
        {
            if (Annee is null)
                ModelState.AddModelError(nameof(Annee), "Indiquez l'année du barème.");
            if (!Geographies.ParCode.TryGetValue(Geographie ?? "", out var g))
                ModelState.AddModelError(nameof(Geographie), "Choisissez la géographie.");
            if (!Enum.TryParse<ProduitLogement>(Produit, true, out var p) || !Enum.IsDefined(p))
                ModelState.AddModelError(nameof(Produit), "Choisissez le produit (PLAI, PLUS ou PLS).");
            ligne.Annee = Annee ?? 0;
            ligne.Geographie = g;
            ligne.Produit = p;
        }
        else
        {
            db.Entry(ligne).Property(x => x.Jeton).OriginalValue = Jeton;
        }
    }

    private void LireMontants(PlafondRessourcesParametre ligne)
    {
        var montants = new decimal[6];
        for (var i = 0; i < 6; i++)
        {
            var m = LectureValeurs.Montant(Categories.ElementAtOrDefault(i));
            if (m is null)
                ModelState.AddModelError(
                    ValidationPlafonds.ChampCategorie(i + 1),
                    $"Catégorie {i + 1} : indiquez un montant en euros."
                );
            montants[i] = m ?? 0;
        }
        var parPersonne = LectureValeurs.Montant(ParPersonne);
        if (parPersonne is null)
            ModelState.AddModelError(
                nameof(PlafondRessourcesParametre.ParPersonneSupplementaire),
                "Indiquez le montant par personne supplémentaire, en euros."
            );
        ligne.Categorie1 = montants[0];
        ligne.Categorie2 = montants[1];
        ligne.Categorie3 = montants[2];
        ligne.Categorie4 = montants[3];
        ligne.Categorie5 = montants[4];
        ligne.Categorie6 = montants[5];
        ligne.ParPersonneSupplementaire = parPersonne ?? 0;
        ligne.Source = Source?.Trim() ?? "";
    }

    /// <summary>
    /// Règles du barème, même quand un montant est illisible (tout est dit au premier envoi), puis unicité (année,
    /// géographie, produit) d'une nouvelle ligne.
    /// </summary>
    private async Task ValiderAsync(PlafondRessourcesParametre ligne, CancellationToken ct)
    {
        ModelState.AjouterErreurs(ValidationPlafonds.Valider(ligne));
        if (
            ModelState.IsValid
            && Existante is null
            && await db.PlafondsRessources.AnyAsync(
                x => x.Annee == ligne.Annee && x.Geographie == ligne.Geographie && x.Produit == ligne.Produit,
                ct
            )
        )
        {
            ModelState.AddModelError(
                nameof(Produit),
                $"Le barème {ligne.Annee} a déjà une ligne {ligne.Produit.Code()} pour « "
                    + $"{ligne.Geographie.Libelle()} » : modifiez-la."
            );
        }
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Challenge();
        if (Habilitations.PorteeAccordee(acteur, Ressource.ParametresDemande, Acte.Modifier) == Portee.Aucune)
            return Forbid();
        if (Id is int id)
        {
            Existante = await db.PlafondsRessources.FirstOrDefaultAsync(x => x.Id == id, ct);
            if (Existante is null)
                return NotFound();
            Annee = Existante.Annee;
            Geographie = Existante.Geographie.Code();
            Produit = Existante.Produit.Code();
        }
        Annee ??= horloge.GetLocalNow().Year + 1;
        return null;
    }

    private static string Texte(decimal montant) => montant.ToString("0.##", CultureInfo.InvariantCulture);

    // Recalcul des produits éligibles après une modification du barème : une seule page le déclenche. Il compare
    // les ressources retenues (N−2, N−1 ou douze derniers mois, arrêté du 29 juillet 1987, art. 3).
    public static async Task<int> RecalculerEligibiliteAsync(
        PilotisDbContext db,
        DateOnly date,
        CancellationToken ct = default
    )
    {
        // Lu en base, pas dans le cache : la transaction de la modification n'est peut-être pas encore validée.
        ct.ThrowIfCancellationRequested();
        var bareme = await BaremePlafonds.LireBaseAsync(db);
        var limitrophes = GeographieCommune.LimitrophesParis.ToArray();
        var total = 0;
        foreach (var geographie in Enum.GetValues<GeographiePlafonds>())
        {
            var lignes = BaremePlafonds.EnVigueur(bareme, date.Year, geographie);
            var plai = LignePlafonds(lignes, ProduitLogement.Plai);
            var plus = LignePlafonds(lignes, ProduitLogement.Plus);
            var pls = LignePlafonds(lignes, ProduitLogement.Pls);
            var demandes = ActivesDeLaGeographie(db, geographie, limitrophes);
            total += await demandes.ExecuteUpdateAsync(
                s =>
                    s.SetProperty(
                            d => d.ProduitsEligibles,
                            d =>
                                (
                                    d.RessourcesRetenues
                                    <= (
                                        d.Categorie <= 1 ? plai[0]
                                        : d.Categorie == 2 ? plai[1]
                                        : d.Categorie == 3 ? plai[2]
                                        : d.Categorie == 4 ? plai[3]
                                        : d.Categorie == 5 ? plai[4]
                                        : plai[5] + (d.Categorie - 6) * plai[6]
                                    )
                                        ? ProduitsEligibles.Plai
                                        : ProduitsEligibles.Aucun
                                )
                                | (
                                    d.RessourcesRetenues
                                    <= (
                                        d.Categorie <= 1 ? plus[0]
                                        : d.Categorie == 2 ? plus[1]
                                        : d.Categorie == 3 ? plus[2]
                                        : d.Categorie == 4 ? plus[3]
                                        : d.Categorie == 5 ? plus[4]
                                        : plus[5] + (d.Categorie - 6) * plus[6]
                                    )
                                        ? ProduitsEligibles.Plus
                                        : ProduitsEligibles.Aucun
                                )
                                | (
                                    d.RessourcesRetenues
                                    <= (
                                        d.Categorie <= 1 ? pls[0]
                                        : d.Categorie == 2 ? pls[1]
                                        : d.Categorie == 3 ? pls[2]
                                        : d.Categorie == 4 ? pls[3]
                                        : d.Categorie == 5 ? pls[4]
                                        : pls[5] + (d.Categorie - 6) * pls[6]
                                    )
                                        ? ProduitsEligibles.Pls
                                        : ProduitsEligibles.Aucun
                                )
                        )
                        // Colonne dérivée changée hors de l'import : l'empreinte ne la décrit plus (ADR 0018).
                        .SetProperty(d => EF.Property<long?>(d, "Empreinte"), (long?)null),
                ct
            );
        }
        CacheAgregats.Demandes.Invalider(db);
        return total;
    }

    /// <summary>Les demandes actives non purgées dont le premier choix est dans la géographie de plafonds.</summary>
    private static IQueryable<DemandeLogement> ActivesDeLaGeographie(
        PilotisDbContext db,
        GeographiePlafonds geographie,
        string[] limitrophes
    )
    {
        var demandes = db.Demandes.Where(d => d.Statut == StatutDemande.Active && d.DatePurge == null);
        return geographie switch
        {
            GeographiePlafonds.Paris => demandes.Where(d =>
                d.CommunePrincipaleCode == "75056"
                || d.CommunePrincipaleCode!.StartsWith("751")
                || limitrophes.Contains(d.CommunePrincipaleCode!)
            ),
            GeographiePlafonds.IleDeFrance => demandes.Where(d =>
                d.CommunePrincipaleCode != "75056"
                && !d.CommunePrincipaleCode!.StartsWith("751")
                && !limitrophes.Contains(d.CommunePrincipaleCode!)
                && db.Communes.Any(c => c.Code == d.CommunePrincipaleCode && c.RegionCode == "11")
            ),
            _ => demandes.Where(d =>
                d.CommunePrincipaleCode == null
                || !db.Communes.Any(c => c.Code == d.CommunePrincipaleCode && c.RegionCode == "11")
            ),
        };
    }

    /// <summary>Les six plafonds et le montant par personne supplémentaire ; un produit sans ligne a des plafonds
    /// négatifs (jamais éligible).</summary>
    private static decimal[] LignePlafonds(IReadOnlyList<PlafondsRessources> lignes, ProduitLogement produit)
    {
        var ligne = lignes.FirstOrDefault(l => l.Produit == produit);
        return ligne is null ? [-1, -1, -1, -1, -1, -1, 0] : [.. ligne.ParCategorie, ligne.ParPersonneSupplementaire];
    }
}
