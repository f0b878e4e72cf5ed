using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Sru;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Déclaration d'une dépense déductible du prélèvement (CCH L302-7 al. 4, R302-16) avec son justificatif, par la
/// commune (ou par la DDTM pour elle). La dépense de l'année N−2 vient en déduction du prélèvement de l'année N une
/// fois validée par la DDTM.
/// </summary>
[RequestSizeLimit(JustificatifsSru.TailleMaximale + 256 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = JustificatifsSru.TailleMaximale + 256 * 1024)]
public sealed class DeclarerDepenseModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    TimeProvider horloge,
    IConfiguration configuration,
    IWebHostEnvironment environnement
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty]
    public string? AnneeDepense { get; set; }

    [BindProperty]
    public NatureDepenseSru? Nature { get; set; }

    [BindProperty]
    public string? Libelle { get; set; }

    [BindProperty]
    public string? Montant { get; set; }

    [BindProperty]
    public IFormFile? Fichier { get; set; }

    public Commune Commune { get; private set; } = null!;
    public int AnneeCourante { get; private set; }

    public string ClasseErreur(string champ, string prefixe = "fr-input-group") =>
        ModelState.TryGetValue(champ, out var etat) && etat.Errors.Count > 0 ? prefixe + "--error" : "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        AnneeDepense ??= (AnneeCourante - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var refus = await ChargerAsync(ct);
        if (refus is not null)
            return refus;
        ModelState.Clear();

        if (
            !LectureValeurs.Entier(AnneeDepense, out var annee)
            || annee < ValidationInventaireSru.AnneeMinimum
            || annee > AnneeCourante
        )
        {
            ModelState.AddModelError(
                nameof(AnneeDepense),
                $"Indiquez l'année de la dépense, entre {ValidationInventaireSru.AnneeMinimum} et {AnneeCourante}."
            );
        }
        if (Nature is null || !Enum.IsDefined(Nature.Value))
            ModelState.AddModelError(nameof(Nature), "Choisissez la nature de la dépense.");
        if (string.IsNullOrWhiteSpace(Libelle))
            ModelState.AddModelError(nameof(Libelle), "Décrivez la dépense (opération, bénéficiaire, acte).");
        else if (Libelle.Trim().Length > 300)
            ModelState.AddModelError(nameof(Libelle), "Le libellé ne peut pas dépasser 300 caractères.");
        if (!LectureValeurs.Nombre(Montant, out var montant))
            ModelState.AddModelError(nameof(Montant), "Indiquez le montant en euros (par exemple 25000 ou 25 000,50).");
        else if (montant <= 0m)
            ModelState.AddModelError(nameof(Montant), "Le montant doit être strictement positif.");
        else if (montant > ValidationSru.MontantMaximum)
            ModelState.AddModelError(nameof(Montant), "Le montant est trop élevé.");
        else if (decimal.Round(montant, 2) != montant)
            ModelState.AddModelError(nameof(Montant), "Le montant a au plus deux décimales (centimes).");
        var (contenu, extension, nom, erreurFichier) = await JustificatifsSru.LireAsync(Fichier, ct);
        if (erreurFichier is not null)
            ModelState.AddModelError(nameof(Fichier), erreurFichier);
        if (!ModelState.IsValid)
            return Page();

        var depense = new DepenseDeductibleSru
        {
            CommuneCode = Commune.Code,
            AnneeDepense = annee,
            Nature = Nature!.Value,
            Libelle = Libelle!.Trim(),
            Montant = montant,
            Justificatif = nom!,
            DeclareeLe = horloge.GetUtcNow(),
        };
        db.DepensesDeductiblesSru.Add(depense);
        await db.SaveChangesAsync(ct);
        var stockage = JustificatifsSru.Depuis(configuration, environnement);
        try
        {
            await stockage.EnregistrerAsync(Commune.Code, depense.Id, extension!, contenu!, ct);
        }
        catch (IOException)
        {
            // Pas de dépense sans sa pièce : on retire la déclaration.
            db.DepensesDeductiblesSru.Remove(depense);
            await db.SaveChangesAsync(CancellationToken.None);
            ModelState.AddModelError(
                nameof(Fichier),
                "Le justificatif n'a pas pu être enregistré : réessayez plus tard."
            );
            return Page();
        }
        return Redirect($"/sru/communes/{Commune.Code}?depense=declaree#depenses");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var commune = await db
            .Communes.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Code == Code && c.Type == TypeCommune.Actuelle, ct);
        if (commune is null)
            return NotFound();
        Commune = commune;
        AnneeCourante = horloge.GetLocalNow().Year;
        var acteur = await acteurCourant.LireAsync();
        var cible = HabilitationsSru.Commune(commune);
        return acteur is not null && HabilitationsSru.PeutDeclarerDepense(acteur, cible) ? null : Forbid();
    }
}
