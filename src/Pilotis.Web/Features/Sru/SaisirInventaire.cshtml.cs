using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;
using C = Pilotis.Domain.Sru.ColonnesInventaireSru;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Saisie par la DDTM de l'inventaire SRU d'une commune pour une année (création ou modification de la ligne).
/// Les champs portent les noms des colonnes du fichier d'import ; les contrôles sont ceux de l'import
/// (<see cref="ValidationInventaireSru"/>), avec un message par champ. Concurrence optimiste par le jeton.
/// </summary>
public sealed class SaisirInventaireModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Annee { get; set; }

    /// <summary>Valeurs saisies, par nom de colonne (texte brut : on redonne exactement ce qui a été tapé).</summary>
    public Dictionary<string, string?> Valeurs { get; } = new(StringComparer.Ordinal);
    public bool Soumise { get; private set; }
    public bool CouverteParPlh { get; private set; }
    public bool Dsu { get; private set; }
    public Guid? Jeton { get; private set; }

    public Commune Commune { get; private set; } = null!;
    public InventaireSru? Existant { get; private set; }
    public bool RepriseAnneePrecedente { get; private set; }
    public string? Erreur { get; private set; }

    public static readonly IReadOnlyList<string> ChampsTexte =
    [
        C.ResidencesPrincipales,
        C.Plai,
        C.Plus,
        C.Pls,
        C.PlacesFoyer,
        C.PslaBrs,
        C.Autres,
        C.TauxCible,
        C.Motif,
        C.DecretExemption,
        C.ExemptionDebut,
        C.ExemptionFin,
        C.PotentielFiscal,
        C.DepensesReellesFonctionnement,
        C.AgreesPlai,
        C.AgreesPlus,
        C.AgreesPls,
        C.Source,
    ];

    public string? Valeur(string champ) => Valeurs.GetValueOrDefault(champ);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(suivi: false, ct);
        if (refus is not null)
            return refus;
        var modele = Existant;
        if (modele is null)
        {
            // Nouvelle année : on reprend la précédente (la DDTM corrige ce qui a changé).
            modele = await db
                .InventairesSru.AsNoTracking()
                .Where(i => i.CommuneCode == Code && i.Annee < Annee)
                .OrderByDescending(i => i.Annee)
                .FirstOrDefaultAsync(ct);
            RepriseAnneePrecedente = modele is not null;
        }
        Remplir(modele);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(suivi: true, ct);
        if (refus is not null)
            return refus;
        ModelState.Clear();
        foreach (var champ in ChampsTexte)
            Valeurs[champ] = Request.Form[champ].FirstOrDefault();
        Soumise = Request.Form[C.Soumise] == "true";
        CouverteParPlh = Request.Form[C.CouvertePlh] == "true";
        Dsu = Request.Form[C.Dsu] == "true";
        Jeton = Guid.TryParse(Request.Form["jeton"], out var j) ? j : null;

        var lu = new InventaireSru
        {
            CommuneCode = Code,
            Annee = Annee,
            ResidencesPrincipales = Entier(C.ResidencesPrincipales, true),
            Plai = Entier(C.Plai, true),
            Plus = Entier(C.Plus, true),
            Pls = Entier(C.Pls, true),
            PlacesFoyer = Entier(C.PlacesFoyer, true),
            PslaBrs = Entier(C.PslaBrs, true),
            Autres = Entier(C.Autres, true),
            Soumise = Soumise,
            TauxCible = Decimal(C.TauxCible),
            PotentielFiscalParHabitant = Decimal(C.PotentielFiscal),
            DepensesReellesFonctionnement = Decimal(C.DepensesReellesFonctionnement),
            CouverteParPlh = CouverteParPlh,
            BeneficieDsu = Dsu,
            Motif = Texte(C.Motif),
            DecretExemption = Texte(C.DecretExemption),
            ExemptionDebut = Date(C.ExemptionDebut),
            ExemptionFin = Date(C.ExemptionFin),
            AgreesPlai = Entier(C.AgreesPlai, false),
            AgreesPlus = Entier(C.AgreesPlus, false),
            AgreesPls = Entier(C.AgreesPls, false),
            Source = Texte(C.Source) ?? "",
        };
        if (ModelState.IsValid)
        {
            foreach (var e in ValidationInventaireSru.Valider(lu, ParametresSru.PourAnnee(Annee)))
            {
                ModelState.AddModelError(e.Champ, e.Message);
            }
        }
        if (!ModelState.IsValid)
            return Echec("L'inventaire n'a pas été enregistré : corrigez les champs signalés.");

        var cible = Existant;
        if (cible is null)
        {
            if (Jeton is not null)
                return Echec("Cet inventaire a été supprimé depuis l'affichage de la page.");
            db.InventairesSru.Add(lu);
        }
        else
        {
            if (Jeton != cible.Jeton)
                return Echec(
                    "Cet inventaire a été modifié par quelqu'un d'autre depuis l'affichage de la page : rechargez-la."
                );
            db.Entry(cible).Property(i => i.Jeton).OriginalValue = Jeton.Value;
            Copier(lu, cible);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Echec(
                "Cet inventaire a été enregistré ou modifié par quelqu'un d'autre pendant votre saisie : rechargez "
                    + "la page."
            );
        }
        return Redirect($"/sru/communes/{Code}?annee={Annee}&inventaire=enregistre");
    }

    private IActionResult Echec(string message)
    {
        Erreur = message;
        return Page();
    }

    private int Entier(string champ, bool obligatoire)
    {
        var texte = Valeur(champ);
        if (string.IsNullOrWhiteSpace(texte))
        {
            if (obligatoire)
                ModelState.AddModelError(champ, "Ce champ est obligatoire (0 s'il n'y en a pas).");
            return 0;
        }
        if (LectureValeurs.Entier(texte, out var v))
            return v;
        ModelState.AddModelError(champ, $"« {Francais.Extrait(texte)} » n'est pas un nombre entier.");
        return 0;
    }

    private decimal Decimal(string champ)
    {
        var texte = Valeur(champ);
        if (string.IsNullOrWhiteSpace(texte))
        {
            ModelState.AddModelError(champ, "Ce champ est obligatoire.");
            return 0m;
        }
        if (LectureValeurs.Nombre(texte, out var v))
            return v;
        ModelState.AddModelError(
            champ,
            $"« {Francais.Extrait(texte)} » n'est pas un nombre (décimales avec « , » ou « . »)."
        );
        return 0m;
    }

    private DateOnly? Date(string champ)
    {
        var texte = Valeur(champ);
        if (string.IsNullOrWhiteSpace(texte))
            return null;
        if (LectureValeurs.Date(texte, out var v))
            return v;
        ModelState.AddModelError(champ, LectureValeurs.ErreurDate(texte)!);
        return null;
    }

    private string? Texte(string champ) => string.IsNullOrWhiteSpace(Valeur(champ)) ? null : Valeur(champ)!.Trim();

    private void Remplir(InventaireSru? i)
    {
        string N(int v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        string D(decimal v) => Affichage.Chiffre(v);
        Valeurs[C.ResidencesPrincipales] = i is null ? null : N(i.ResidencesPrincipales);
        Valeurs[C.Plai] = N(i?.Plai ?? 0);
        Valeurs[C.Plus] = N(i?.Plus ?? 0);
        Valeurs[C.Pls] = N(i?.Pls ?? 0);
        Valeurs[C.PlacesFoyer] = N(i?.PlacesFoyer ?? 0);
        Valeurs[C.PslaBrs] = N(i?.PslaBrs ?? 0);
        Valeurs[C.Autres] = N(i?.Autres ?? 0);
        Valeurs[C.TauxCible] = (i?.TauxCible ?? ParametresSru.PourAnnee(Annee).TauxCibleNormal).ToString(
            "0.00",
            System.Globalization.CultureInfo.InvariantCulture
        );
        Valeurs[C.Motif] = i?.Motif;
        Valeurs[C.DecretExemption] = i?.DecretExemption;
        Valeurs[C.ExemptionDebut] = i?.ExemptionDebut?.ToString(
            "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture
        );
        Valeurs[C.ExemptionFin] = i?.ExemptionFin?.ToString(
            "yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture
        );
        Valeurs[C.PotentielFiscal] = i is null ? null : D(i.PotentielFiscalParHabitant);
        Valeurs[C.DepensesReellesFonctionnement] = i is null ? null : D(i.DepensesReellesFonctionnement);
        // Les agréments sont ceux de l'année : jamais repris de l'année précédente.
        var memeAnnee = i is not null && i.Annee == Annee;
        Valeurs[C.AgreesPlai] = N(memeAnnee ? i!.AgreesPlai : 0);
        Valeurs[C.AgreesPlus] = N(memeAnnee ? i!.AgreesPlus : 0);
        Valeurs[C.AgreesPls] = N(memeAnnee ? i!.AgreesPls : 0);
        Valeurs[C.Source] = memeAnnee ? i!.Source : "Saisie DDTM";
        Soumise = i?.Soumise ?? true;
        CouverteParPlh = i?.CouverteParPlh ?? false;
        Dsu = i?.BeneficieDsu ?? false;
        Jeton = Existant?.Jeton;
    }

    private static void Copier(InventaireSru de, InventaireSru vers)
    {
        vers.ResidencesPrincipales = de.ResidencesPrincipales;
        vers.Plai = de.Plai;
        vers.Plus = de.Plus;
        vers.Pls = de.Pls;
        vers.PlacesFoyer = de.PlacesFoyer;
        vers.PslaBrs = de.PslaBrs;
        vers.Autres = de.Autres;
        vers.Soumise = de.Soumise;
        vers.Motif = de.Motif;
        vers.TauxCible = de.TauxCible;
        vers.DecretExemption = de.DecretExemption;
        vers.ExemptionDebut = de.ExemptionDebut;
        vers.ExemptionFin = de.ExemptionFin;
        vers.PotentielFiscalParHabitant = de.PotentielFiscalParHabitant;
        vers.DepensesReellesFonctionnement = de.DepensesReellesFonctionnement;
        vers.CouverteParPlh = de.CouverteParPlh;
        vers.BeneficieDsu = de.BeneficieDsu;
        vers.AgreesPlai = de.AgreesPlai;
        vers.AgreesPlus = de.AgreesPlus;
        vers.AgreesPls = de.AgreesPls;
        vers.Source = de.Source;
        vers.Demonstration = false;
    }

    private async Task<IActionResult?> ChargerAsync(bool suivi, CancellationToken ct)
    {
        if (Annee is < ValidationInventaireSru.AnneeMinimum or > ValidationInventaireSru.AnneeMaximum)
            return NotFound();
        var commune = await db
            .Communes.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Code == Code && c.Type == TypeCommune.Actuelle, ct);
        if (commune is null)
            return NotFound();
        Commune = commune;
        var acteur = await acteurCourant.LireAsync();
        var cible = HabilitationsSru.Commune(commune);
        if (acteur is null || !HabilitationsSru.PeutInstruire(acteur, cible))
            return Forbid();
        var requete = db.InventairesSru.Where(i => i.CommuneCode == Code && i.Annee == Annee);
        Existant = await (suivi ? requete : requete.AsNoTracking()).FirstOrDefaultAsync(ct);
        return null;
    }
}
