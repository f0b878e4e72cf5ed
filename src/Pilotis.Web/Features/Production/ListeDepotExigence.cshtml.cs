using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>Ajout, modification et suppression d'une exigence de la liste de dépôt, par la DDTM.</summary>
public sealed partial class ListeDepotExigenceModel(PilotisDbContext db, ActeurCourant acteurCourant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Id { get; set; }

    [BindProperty]
    public GenreExigence? Genre { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public string? Libelle { get; set; }

    [BindProperty]
    public List<string> Natures { get; set; } = [];

    [BindProperty]
    public List<string> Produits { get; set; } = [];

    [BindProperty]
    public bool Obligatoire { get; set; } = true;

    [BindProperty]
    public string? Ordre { get; set; }

    [BindProperty]
    public Guid Jeton { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public string Departement { get; private set; } = "";
    private ExigenceDepot? _exigence;

    [GeneratedRegex("^[a-z0-9_]{2,50}$")]
    private static partial Regex MotifCode();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (_exigence is { } e)
        {
            Genre = e.Genre;
            Code = e.Code;
            Libelle = e.Libelle;
            Obligatoire = e.Obligatoire;
            Jeton = e.Jeton;
            Natures = [.. ExigenceDepot.Liste(e.Natures)];
            Produits = [.. ExigenceDepot.Liste(e.Produits)];
            Ordre = e.Ordre.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            var dernier = await db
                .ExigencesDepot.Where(x => x.DepartementCode == Departement)
                .MaxAsync(x => (int?)x.Ordre, ct)
                ?? 0;
            Ordre = (dernier + 1).ToString(CultureInfo.InvariantCulture);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        ModelState.Clear();
        var code = Code?.Trim().ToLowerInvariant() ?? "";
        var libelle = Libelle?.Trim() ?? "";
        await ControlerGenreEtCodeAsync(code, ct);
        var ordre = ControlerLibelleEtCriteres(libelle);
        if (!ModelState.IsValid)
            return Page();

        Appliquer(code, libelle, ordre);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                "",
                "Cette exigence a été modifiée ou supprimée par quelqu'un d'autre "
                    + "entre-temps : rechargez la page pour voir sa version actuelle. Vos "
                    + "saisies sont conservées ci-dessous."
            );
            return Page();
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError(nameof(Code), "Une exigence de la liste porte déjà ce code.");
            return Page();
        }
        Confirmation = _exigence is null ? $"Exigence « {libelle} » ajoutée." : $"Exigence « {libelle} » modifiée.";
        return Redirect("/production/liste-depot");
    }

    /// <summary>
    /// Le genre, puis le code : une information connue du dossier, ou une pièce au code libre et unique.
    /// </summary>
    private async Task ControlerGenreEtCodeAsync(string code, CancellationToken ct)
    {
        if (Genre is null || !Enum.IsDefined(Genre.Value))
            ModelState.AddModelError(nameof(Genre), "Choisissez le type d'exigence : information du dossier ou pièce.");
        else if (Genre == GenreExigence.Champ && !ChampsDossier.Existe(code))
        {
            ModelState.AddModelError(
                nameof(Code),
                "Choisissez l'information du dossier à vérifier parmi celles proposées."
            );
        }
        else if (Genre == GenreExigence.Document && !MotifCode().IsMatch(code))
        {
            ModelState.AddModelError(
                nameof(Code),
                "Le code de la pièce s'écrit en minuscules sans accent, chiffres et « _ "
                    + "» (2 à 50 caractères), par exemple « etude_sol »."
            );
        }
        else if (Genre == GenreExigence.Document && (code == DossierModel.PieceAutre || ChampsDossier.Existe(code)))
        {
            ModelState.AddModelError(nameof(Code), "Ce code est réservé : choisissez-en un autre.");
        }
        else if (
            await db.ExigencesDepot.AnyAsync(
                x => x.DepartementCode == Departement && x.Code == code && x.Id != (Id ?? 0),
                ct
            )
        )
        {
            ModelState.AddModelError(nameof(Code), "Une exigence de la liste porte déjà ce code.");
        }
    }

    /// <summary>Libellé, natures et produits cochés, ordre d'affichage (rendu) ; erreurs dans ModelState.</summary>
    private int ControlerLibelleEtCriteres(string libelle)
    {
        if (libelle.Length == 0)
            ModelState.AddModelError(nameof(Libelle), "Indiquez le libellé affiché aux bailleurs.");
        else if (libelle.Length > 200)
            ModelState.AddModelError(nameof(Libelle), "Le libellé ne peut pas dépasser 200 caractères.");
        if (Natures.Any(n => !CodesProduction.Natures.Any(x => x.Code == n)))
            ModelState.AddModelError(nameof(Natures), "Une des natures cochées est inconnue.");
        if (Produits.Any(p => !CodesProduction.Produits.Any(x => x.Code == p)))
            ModelState.AddModelError(nameof(Produits), "Un des produits cochés est inconnu.");
        if (
            !int.TryParse(Ordre?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ordre)
            || ordre is < 0 or > 999
        )
        {
            ModelState.AddModelError(nameof(Ordre), "L'ordre est un nombre entier de 0 à 999.");
        }
        return ordre;
    }

    private void Appliquer(string code, string libelle, int ordre)
    {
        var exigence = _exigence
            ?? new ExigenceDepot
            {
                DepartementCode = Departement,
                Code = code,
                Libelle = libelle,
                Genre = Genre!.Value,
            };
        if (_exigence is not null)
            db.Entry(exigence).Property(x => x.Jeton).OriginalValue = Jeton;
        else
            db.ExigencesDepot.Add(exigence);
        exigence.Genre = Genre!.Value;
        exigence.Code = code;
        exigence.Libelle = libelle;
        exigence.Natures = string.Join(',', CodesProduction.Natures.Select(n => n.Code).Where(Natures.Contains));
        exigence.Produits = string.Join(',', CodesProduction.Produits.Select(p => p.Code).Where(Produits.Contains));
        exigence.Obligatoire = Obligatoire;
        exigence.Ordre = ordre;
        exigence.Jeton = Guid.NewGuid();
    }

    public async Task<IActionResult> OnPostSupprimerAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        if (_exigence is null)
            return NotFound();
        ModelState.Clear();
        db.Entry(_exigence).Property(x => x.Jeton).OriginalValue = Jeton;
        db.ExigencesDepot.Remove(_exigence);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(
                "",
                "Cette exigence a été modifiée entre-temps : rechargez la page avant de la supprimer."
            );
            return Page();
        }
        Confirmation = $"Exigence « {_exigence.Libelle} » supprimée de la liste.";
        return Redirect("/production/liste-depot");
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || !ListeDepotAcces.PeutModifier(acteur))
            return Forbid();
        Departement = acteur.DepartementCode;
        // Sème la liste si le département n'en a pas encore : on modifie toujours une liste existante.
        await Pilotis.Data.Production.RequetesProduction.ListeDepotAsync(db, Departement, ct);
        if (Id is int id)
        {
            _exigence = await db.ExigencesDepot.FirstOrDefaultAsync(
                x => x.Id == id && x.DepartementCode == Departement,
                ct
            );
            if (_exigence is null)
                return NotFound();
        }
        return null;
    }

    public bool EstNouvelle => Id is null;
}
