using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Objectifs de logements par année × territoire × produit et enveloppe de subventions par année × territoire
/// (seed 000, question 2), saisis par la DDTM pour le département et ses EPCI, ou par l'EPCI délégataire des aides
/// à la pierre (CCH L301-5-1) pour son seul territoire.
/// </summary>
public sealed class ProgrammationObjectifsModel(PilotisDbContext db, ActeurCourant acteurCourant, TimeProvider horloge)
    : PageModel
{
    public const int LogementsMaximum = 100_000;
    public const decimal EnveloppeMaximum = 10_000_000_000m;

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    /// <summary>SIREN de l'EPCI, ou vide pour le département (hors délégation).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Territoire { get; set; }

    [BindProperty]
    public Dictionary<string, string?> Logements { get; set; } = [];

    [BindProperty]
    public Dictionary<string, Guid> Jetons { get; set; } = [];

    [BindProperty]
    public string? Enveloppe { get; set; }

    [BindProperty]
    public Guid JetonEnveloppe { get; set; }

    [TempData]
    public string? Confirmation { get; set; }

    public string Departement { get; private set; } = "";
    public List<(string Code, string Nom)> Territoires { get; } = [];
    public string NomTerritoire => Territoires.FirstOrDefault(t => t.Code == (Territoire ?? "")).Nom ?? "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        var (objectifs, enveloppe) = await LireAsync(ct);
        foreach (var (produit, code, _) in CodesProduction.Produits)
        {
            var o = objectifs.FirstOrDefault(x => x.Produit == produit);
            Logements[code] = o?.Logements.ToString(CultureInfo.InvariantCulture) ?? "";
            Jetons[code] = o?.Jeton ?? Guid.Empty;
        }
        Enveloppe = enveloppe?.Montant.ToString("0.##", Affichage.Fr) ?? "";
        JetonEnveloppe = enveloppe?.Jeton ?? Guid.Empty;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await ChargerAsync(ct) is { } refus)
            return refus;
        ModelState.EffacerSauf(nameof(Annee));
        var valeurs = LireObjectifs();
        var montant = LireEnveloppe();
        if (!ModelState.IsValid)
            return Page();

        var (objectifs, enveloppe) = await LireAsync(ct);
        var epci = string.IsNullOrEmpty(Territoire) ? null : Territoire;
        var annee = Annee!.Value;
        EnregistrerObjectifs(objectifs, valeurs, epci, annee);
        EnregistrerEnveloppe(enveloppe, montant, epci, annee);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
            when (e is DbUpdateConcurrencyException || db.ChangeTracker.Entries().Any(x => x.State == EntityState.Added)
            )
        {
            ModelState.AddModelError(
                "",
                "Ces objectifs ont été modifiés par quelqu'un d'autre entre-temps : "
                    + "rechargez la page pour voir les valeurs actuelles. Vos saisies sont "
                    + "conservées ci-dessous."
            );
            return Page();
        }
        Confirmation = $"Objectifs {annee} de « {NomTerritoire} » enregistrés.";
        return Redirect($"/programmation/objectifs?annee={annee}&territoire={epci}");
    }

    /// <summary>Les objectifs saisis par produit (vide = 0) ; une saisie invalide va dans ModelState.</summary>
    private Dictionary<Produit, int> LireObjectifs()
    {
        var valeurs = new Dictionary<Produit, int>();
        foreach (var (produit, code, libelle) in CodesProduction.Produits)
        {
            var texte = Logements
                .GetValueOrDefault(code)
                ?.Replace(" ", "", StringComparison.Ordinal)
                .Replace("\u00a0", "", StringComparison.Ordinal)
                .Replace("\u202f", "", StringComparison.Ordinal);
            if (string.IsNullOrWhiteSpace(texte))
                valeurs[produit] = 0;
            else if (
                !int.TryParse(texte, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
                || n < 0
                || n > LogementsMaximum
            )
            {
                ModelState.AddModelError(
                    $"Logements[{code}]",
                    $"L'objectif {libelle} est un nombre entier de logements, de 0 à {LogementsMaximum:N0}."
                );
            }
            else
                valeurs[produit] = n;
        }
        return valeurs;
    }

    /// <summary>L'enveloppe saisie, en euros (vide = 0) ; une saisie invalide va dans ModelState.</summary>
    private decimal LireEnveloppe()
    {
        decimal montant = 0;
        var texteEnveloppe = Enveloppe
            ?.Replace(" ", "", StringComparison.Ordinal)
            .Replace("\u00a0", "", StringComparison.Ordinal)
            .Replace("\u202f", "", StringComparison.Ordinal)
            .Replace('.', ',');
        if (
            !string.IsNullOrWhiteSpace(texteEnveloppe)
            && (
                !decimal.TryParse(texteEnveloppe, NumberStyles.Number, Affichage.Fr, out montant)
                || montant < 0
                || montant > EnveloppeMaximum
                || decimal.Round(montant, 2) != montant
            )
        )
        {
            ModelState.AddModelError(
                nameof(Enveloppe),
                "L'enveloppe est un montant en euros positif, avec au plus deux décimales (par exemple 2 500 000)."
            );
        }
        return montant;
    }

    private void EnregistrerObjectifs(
        List<ObjectifProgrammation> objectifs,
        Dictionary<Produit, int> valeurs,
        string? epci,
        int annee
    )
    {
        foreach (var (produit, code, _) in CodesProduction.Produits)
        {
            var existant = objectifs.FirstOrDefault(x => x.Produit == produit);
            if (existant is null)
            {
                if (valeurs[produit] == 0)
                    continue;
                db.ObjectifsProgrammation.Add(
                    new ObjectifProgrammation
                    {
                        Annee = annee,
                        DepartementCode = Departement,
                        EpciSiren = epci,
                        Produit = produit,
                        Logements = valeurs[produit],
                    }
                );
            }
            else if (existant.Logements != valeurs[produit])
            {
                db.Entry(existant).Property(x => x.Jeton).OriginalValue = Jetons.GetValueOrDefault(code);
                existant.Logements = valeurs[produit];
                existant.Jeton = Guid.NewGuid();
            }
        }
    }

    private void EnregistrerEnveloppe(EnveloppeProgrammation? enveloppe, decimal montant, string? epci, int annee)
    {
        if (enveloppe is null)
        {
            if (montant > 0)
                db.EnveloppesProgrammation.Add(
                    new EnveloppeProgrammation
                    {
                        Annee = annee,
                        DepartementCode = Departement,
                        EpciSiren = epci,
                        Montant = montant,
                    }
                );
        }
        else if (enveloppe.Montant != montant)
        {
            db.Entry(enveloppe).Property(x => x.Jeton).OriginalValue = JetonEnveloppe;
            enveloppe.Montant = montant;
            enveloppe.Jeton = Guid.NewGuid();
        }
    }

    private async Task<(List<ObjectifProgrammation>, EnveloppeProgrammation?)> LireAsync(CancellationToken ct)
    {
        var epci = string.IsNullOrEmpty(Territoire) ? null : Territoire;
        var objectifs = await db
            .ObjectifsProgrammation.Where(o =>
                o.Annee == Annee && o.DepartementCode == Departement && o.EpciSiren == epci
            )
            .ToListAsync(ct);
        var enveloppe = await db.EnveloppesProgrammation.FirstOrDefaultAsync(
            o => o.Annee == Annee && o.DepartementCode == Departement && o.EpciSiren == epci,
            ct
        );
        return (objectifs, enveloppe);
    }

    private async Task<IActionResult?> ChargerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return Forbid();
        var portee = Habilitations.PorteeAccordee(acteur, Ressource.Programmation, Acte.Modifier);
        if (portee == Portee.Aucune)
            return Forbid();
        Departement = acteur.DepartementCode;
        Annee ??= horloge.GetLocalNow().Year;
        Territoire = string.IsNullOrWhiteSpace(Territoire) ? null : Territoire.Trim();

        // Les territoires que l'acteur peut programmer : la table des habilitations décide, territoire par territoire.
        var candidats = new List<(string Code, string Nom)> { ("", $"Département {Departement} (hors délégation)") };
        candidats.AddRange(
            (await RequetesProduction.EpcisDuDepartementAsync(db, Departement, ct)).Select(e => (e.Siren, e.Nom))
        );
        Territoires.Clear();
        Territoires.AddRange(
            candidats.Where(t =>
                Habilitations.Autorise(
                    acteur,
                    Ressource.Programmation,
                    Acte.Modifier,
                    new Cible(
                        null,
                        new Localisation(null, t.Code.Length == 0 ? null : t.Code, Departement, acteur.RegionCode)
                    )
                )
            )
        );
        if (Territoires.Count == 0)
            return Forbid();
        // Sans territoire choisi : le premier permis (le département pour la DDTM, son propre territoire pour un EPCI).
        if (Territoire is null && !Territoires.Any(t => t.Code.Length == 0))
            Territoire = Territoires[0].Code;
        if (!Territoires.Any(t => t.Code == (Territoire ?? "")))
            return Forbid();
        return null;
    }
}
