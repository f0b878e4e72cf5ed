using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Production;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Production;
using Pilotis.Domain.Territoire;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Production;

/// <summary>
/// Saisie d'une opération par son bailleur (création et modification) : commune, nature, lots par produit, prix de
/// revient,
/// plan de financement (équilibre affiché), programmation pluriannuelle. Les contrôles sont ceux du domaine
/// (<see cref="ValidationOperation"/>), avec un message par champ ; ce qui a été saisi est toujours réaffiché.
/// </summary>
public abstract partial class EditionOperationModel(
    PilotisDbContext db,
    ActeurCourant acteurCourant,
    TimeProvider horloge
) : PageModel
{
    /// <summary>Lignes de financement offertes sans JavaScript (le script en ajoute d'autres).</summary>
    public const int LignesFinancementMinimum = 8;

    protected PilotisDbContext Db => db;
    protected ActeurCourant ActeurCourant => acteurCourant;
    protected TimeProvider Horloge => horloge;

    [BindProperty]
    public string? CommuneCode { get; set; }

    [BindProperty]
    public string? Nom { get; set; }

    [BindProperty]
    public string? Adresse { get; set; }

    [BindProperty]
    public string? Nature { get; set; }

    [BindProperty]
    public string? ChargeFonciere { get; set; }

    [BindProperty]
    public string? CoutBatiment { get; set; }

    [BindProperty]
    public string? Honoraires { get; set; }

    [BindProperty]
    public string? Vrd { get; set; }

    [BindProperty]
    public string? AnneeProgrammation { get; set; }

    [BindProperty]
    public string? MoisAgrementPrevu { get; set; }

    [BindProperty]
    public bool FoncierMaitrise { get; set; }

    [BindProperty]
    public string? Permis { get; set; }

    [BindProperty]
    public bool FinancementBoucle { get; set; }

    [BindProperty]
    public string? Jeton { get; set; }

    [BindProperty]
    public List<SaisieLot> Lots { get; set; } = [];

    [BindProperty]
    public List<SaisieFinancement> Financements { get; set; } = [];

    public string? Erreur { get; protected set; }
    public List<(string Code, string Nom)> Communes { get; private set; } = [];
    public int AnneeCourante => horloge.GetLocalNow().Year;

    public abstract string Titre { get; }
    public abstract string Action { get; }
    public abstract string Retour { get; }

    /// <summary>Ce que la saisie donnerait (pour l'équilibre et les surfaces utiles affichés côté serveur).</summary>
    public Operation Apercu { get; private set; } = NouvelleOperationVide();

    public string? Message(string cle) =>
        ModelState.TryGetValue(cle, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    protected async Task ChargerCommunesAsync(string departementCode, CancellationToken ct)
    {
        Communes = (
            await db
                .Communes.AsNoTracking()
                .Where(c => c.DepartementCode == departementCode && c.Type == TypeCommune.Actuelle)
                .Select(c => new { c.Code, c.Nom })
                .ToListAsync(ct)
        )
            .Select(c => (c.Code, c.Nom))
            .OrderBy(c => c.Nom, Francais.Ordre)
            .ToList();
    }

    /// <summary>
    /// Met le formulaire aux valeurs d'une opération (une ligne par produit, au moins 8 lignes de financement).
    /// </summary>
    protected void Remplir(Operation o)
    {
        CommuneCode = o.CommuneCode;
        Nom = o.Nom;
        Adresse = o.Adresse;
        Nature = o.Nature.Code();
        ChargeFonciere = AffichageOperation.Saisie(o.ChargeFonciere, true);
        CoutBatiment = AffichageOperation.Saisie(o.CoutBatiment, true);
        Honoraires = AffichageOperation.Saisie(o.Honoraires, true);
        Vrd = AffichageOperation.Saisie(o.Vrd, true);
        AnneeProgrammation = o.AnneeProgrammation?.ToString(CultureInfo.InvariantCulture);
        MoisAgrementPrevu = o.MoisAgrementPrevu?.ToString(CultureInfo.InvariantCulture);
        FoncierMaitrise = o.FoncierMaitrise;
        Permis = o.Permis.ToString();
        FinancementBoucle = o.FinancementBoucle;
        Jeton = o.Id == 0 ? null : o.Jeton.ToString();
        Lots = CodesProduction
            .Produits.Select(p =>
            {
                var lot = o.Lots.FirstOrDefault(l => l.Produit == p.Produit);
                return lot is null
                    ? new SaisieLot { Produit = p.Code }
                    : new SaisieLot
                    {
                        Produit = p.Code,
                        NombreLogements = AffichageOperation.Saisie(lot.NombreLogements),
                        T1 = AffichageOperation.Saisie(lot.T1, true),
                        T2 = AffichageOperation.Saisie(lot.T2, true),
                        T3 = AffichageOperation.Saisie(lot.T3, true),
                        T4 = AffichageOperation.Saisie(lot.T4, true),
                        T5 = AffichageOperation.Saisie(lot.T5, true),
                        T6 = AffichageOperation.Saisie(lot.T6, true),
                        SurfaceHabitable = AffichageOperation.Saisie(lot.SurfaceHabitable, true),
                        SurfaceAnnexes = AffichageOperation.Saisie(lot.SurfaceAnnexes, true),
                        LoyerM2 = lot.LoyerM2 is decimal l ? AffichageOperation.Saisie(l) : null,
                    };
            })
            .ToList();
        Financements = o
            .Financements.Select(f => new SaisieFinancement
            {
                Type = f.Type.ToString(),
                Financeur = f.Financeur,
                Montant = AffichageOperation.Saisie(f.Montant),
            })
            .ToList();
        Completer();
        Apercu = o;
    }

    /// <summary>Garantit une ligne par produit (dans l'ordre) et au moins huit lignes de financement.</summary>
    protected void Completer()
    {
        Lots = CodesProduction
            .Produits.Select(p =>
            {
                var saisie = Lots.FirstOrDefault(l =>
                    string.Equals(l.Produit, p.Code, StringComparison.OrdinalIgnoreCase)
                ) ?? new SaisieLot();
                saisie.Produit = p.Code;
                return saisie;
            })
            .ToList();
        while (Financements.Count < LignesFinancementMinimum)
            Financements.Add(new SaisieFinancement());
    }

    /// <summary>
    /// Lit le formulaire dans <paramref name="cible"/> (nouvelle ou suivie) : erreurs de lecture et du domaine dans
    /// ModelState, avec les clés des champs du formulaire. Vrai si tout est valide.
    /// </summary>
    protected async Task<bool> LireAsync(Operation cible, CancellationToken ct)
    {
        ModelState.Clear();
        Completer();
        await LireCommuneAsync(cible, ct);
        LireChamps(cible);
        var lots = LireLots();
        var financements = LireFinancements();
        CalculerApercu(cible, lots, financements);
        ValiderParLeDomaine(cible, lots, financements);
        if (!ModelState.IsValid)
            return false;
        // Mise à jour des lots en place par produit (index unique opération + produit), des financements par rang.
        RemplacerLots(cible, lots.Select(l => l.Lot).ToList());
        RemplacerFinancements(cible, financements.Select(f => f.Ligne).ToList());
        return true;
    }

    /// <summary>La commune (code INSEE actuel) et le lieu qui en découle : EPCI, département, région.</summary>
    private async Task LireCommuneAsync(Operation cible, CancellationToken ct)
    {
        var code = CodeCommune(CommuneCode);
        var commune = code is null
            ? null
            : await db
                .Communes.AsNoTracking()
                .FirstOrDefaultAsync(c => c.Code == code && c.Type == TypeCommune.Actuelle, ct);
        if (commune is null)
        {
            ModelState.AddModelError(
                nameof(CommuneCode),
                string.IsNullOrWhiteSpace(CommuneCode)
                    ? "La commune est obligatoire (code INSEE)."
                    : $"« {Francais.Extrait(CommuneCode)} » n'est pas le code INSEE d'une commune."
            );
        }
        else
        {
            CommuneCode = commune.Code;
            cible.CommuneCode = commune.Code;
            cible.EpciSiren = commune.EpciSiren;
            cible.DepartementCode = commune.DepartementCode;
            cible.RegionCode = commune.RegionCode;
        }
    }

    private void LireChamps(Operation cible)
    {
        cible.Nom = Nom?.Trim() ?? "";
        cible.Adresse = string.IsNullOrWhiteSpace(Adresse) ? null : Adresse.Trim();
        if (CodesProduction.TryNature(Nature, out var nature))
            cible.Nature = nature;
        else
            ModelState.AddModelError(nameof(Nature), "Choisissez la nature de l'opération.");
        cible.ChargeFonciere = Montant(nameof(ChargeFonciere), ChargeFonciere);
        cible.CoutBatiment = Montant(nameof(CoutBatiment), CoutBatiment);
        cible.Honoraires = Montant(nameof(Honoraires), Honoraires);
        cible.Vrd = Montant(nameof(Vrd), Vrd);
        cible.AnneeProgrammation = EntierFacultatif(nameof(AnneeProgrammation), AnneeProgrammation);
        cible.MoisAgrementPrevu = EntierFacultatif(nameof(MoisAgrementPrevu), MoisAgrementPrevu);
        cible.FoncierMaitrise = FoncierMaitrise;
        if (Enum.TryParse<EtatPermis>(Permis, out var permis) && Enum.IsDefined(permis))
            cible.Permis = permis;
        else
            ModelState.AddModelError(nameof(Permis), "Choisissez l'état du permis de construire.");
        cible.FinancementBoucle = FinancementBoucle;
    }

    /// <summary>
    /// Lots : une ligne par produit ; on retient les lignes non vides, avec leur rang dans le formulaire.
    /// </summary>
    private List<(int Rang, Lot Lot)> LireLots()
    {
        var lots = new List<(int Rang, Lot Lot)>();
        for (var i = 0; i < Lots.Count; i++)
        {
            var s = Lots[i];
            if (s.Vide || !CodesProduction.TryProduit(s.Produit, out var produit))
                continue;
            var cle = $"Lots[{i}].";
            lots.Add(
                (
                    i,
                    new Lot
                    {
                        Produit = produit,
                        NombreLogements = Entier(
                            cle + "NombreLogements",
                            s.NombreLogements,
                            "Le nombre de logements est obligatoire pour un lot renseigné."
                        ),
                        T1 = Entier(cle + "Typologies", s.T1),
                        T2 = Entier(cle + "Typologies", s.T2),
                        T3 = Entier(cle + "Typologies", s.T3),
                        T4 = Entier(cle + "Typologies", s.T4),
                        T5 = Entier(cle + "Typologies", s.T5),
                        T6 = Entier(cle + "Typologies", s.T6),
                        SurfaceHabitable = Nombre(cle + "SurfaceHabitable", s.SurfaceHabitable),
                        SurfaceAnnexes = Nombre(cle + "SurfaceAnnexes", s.SurfaceAnnexes),
                        LoyerM2 = string.IsNullOrWhiteSpace(s.LoyerM2) ? null : Nombre(cle + "LoyerM2", s.LoyerM2),
                    }
                )
            );
        }
        return lots;
    }

    private List<(int Rang, LigneFinancement Ligne)> LireFinancements()
    {
        var financements = new List<(int Rang, LigneFinancement Ligne)>();
        for (var i = 0; i < Financements.Count; i++)
        {
            var s = Financements[i];
            if (s.Vide)
                continue;
            var cle = $"Financements[{i}].";
            var type = TypeFinancement.Autre;
            if (!Enum.TryParse(s.Type, out type) || !Enum.IsDefined(type))
                ModelState.AddModelError(cle + "Type", "Choisissez le type de financement.");
            financements.Add(
                (
                    i,
                    new LigneFinancement
                    {
                        Type = type,
                        Financeur = string.IsNullOrWhiteSpace(s.Financeur) ? null : s.Financeur.Trim(),
                        Montant = Nombre(
                            cle + "Montant",
                            s.Montant,
                            "Le montant est obligatoire pour une ligne de financement."
                        ),
                    }
                )
            );
        }
        return financements;
    }

    /// <summary>
    /// Aperçu (équilibre, surfaces utiles) calculé par le domaine, même quand la saisie a des erreurs.
    /// </summary>
    private void CalculerApercu(
        Operation cible,
        List<(int Rang, Lot Lot)> lots,
        List<(int Rang, LigneFinancement Ligne)> financements
    )
    {
        Apercu = NouvelleOperationVide();
        Apercu.ChargeFonciere = cible.ChargeFonciere;
        Apercu.CoutBatiment = cible.CoutBatiment;
        Apercu.Honoraires = cible.Honoraires;
        Apercu.Vrd = cible.Vrd;
        Apercu.Lots = lots.Select(l => l.Lot).ToList();
        Apercu.Financements = financements.Select(f => f.Ligne).ToList();
    }

    /// <summary>
    /// Le domaine valide la saisie ; ses champs « Lots[i] » / « Financements[i] » désignent les lignes retenues,
    /// ramenées au rang de la ligne du formulaire.
    /// </summary>
    private void ValiderParLeDomaine(
        Operation cible,
        List<(int Rang, Lot Lot)> lots,
        List<(int Rang, LigneFinancement Ligne)> financements
    )
    {
        var candidate = NouvelleOperationVide();
        candidate.Numero = string.IsNullOrEmpty(cible.Numero) ? "provisoire" : cible.Numero;
        candidate.Nom = cible.Nom;
        candidate.Adresse = cible.Adresse;
        candidate.Nature = cible.Nature;
        candidate.ChargeFonciere = cible.ChargeFonciere;
        candidate.CoutBatiment = cible.CoutBatiment;
        candidate.Honoraires = cible.Honoraires;
        candidate.Vrd = cible.Vrd;
        candidate.AnneeProgrammation = cible.AnneeProgrammation;
        candidate.MoisAgrementPrevu = cible.MoisAgrementPrevu;
        candidate.Lots = Apercu.Lots;
        candidate.Financements = Apercu.Financements;
        foreach (var (cle, message) in ValidationOperation.Valider(candidate, AnneeCourante))
        {
            var champ = RangFormulaire(cle, "Lots", lots.Select(l => l.Rang).ToList())
                ?? RangFormulaire(cle, "Financements", financements.Select(f => f.Rang).ToList())
                ?? cle;
            if (Message(champ) is null)
                ModelState.AddModelError(champ, message);
        }
    }

    private void RemplacerLots(Operation cible, List<Lot> nouveaux)
    {
        foreach (var ancien in cible.Lots.Where(a => nouveaux.All(n => n.Produit != a.Produit)).ToList())
        {
            cible.Lots.Remove(ancien);
            if (cible.Id != 0)
                db.LotsOperation.Remove(ancien);
        }
        foreach (var n in nouveaux)
        {
            var existant = cible.Lots.FirstOrDefault(a => a.Produit == n.Produit);
            if (existant is null)
            {
                cible.Lots.Add(n);
                continue;
            }
            existant.NombreLogements = n.NombreLogements;
            existant.T1 = n.T1;
            existant.T2 = n.T2;
            existant.T3 = n.T3;
            existant.T4 = n.T4;
            existant.T5 = n.T5;
            existant.T6 = n.T6;
            existant.SurfaceHabitable = n.SurfaceHabitable;
            existant.SurfaceAnnexes = n.SurfaceAnnexes;
            existant.LoyerM2 = n.LoyerM2;
        }
    }

    private void RemplacerFinancements(Operation cible, List<LigneFinancement> lignes)
    {
        var anciennes = cible.Financements.OrderBy(f => f.Id).ToList();
        for (var i = 0; i < Math.Max(lignes.Count, anciennes.Count); i++)
        {
            if (i >= lignes.Count)
            {
                cible.Financements.Remove(anciennes[i]);
                if (cible.Id != 0)
                    db.FinancementsOperation.Remove(anciennes[i]);
            }
            else if (i >= anciennes.Count)
                cible.Financements.Add(lignes[i]);
            else
            {
                anciennes[i].Type = lignes[i].Type;
                anciennes[i].Financeur = lignes[i].Financeur;
                anciennes[i].Montant = lignes[i].Montant;
            }
        }
    }

    /// <summary>« Lots[2].X » du domaine (2e lot retenu) → « Lots[4].X » (5e ligne du formulaire).</summary>
    private static string? RangFormulaire(string cle, string liste, IReadOnlyList<int> rangs)
    {
        var m = Regex.Match(cle, $@"^{liste}\[(\d+)\]\.(.+)$");
        if (!m.Success)
            return null;
        var i = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return i < rangs.Count ? $"{liste}[{rangs[i]}].{m.Groups[2].Value}" : cle;
    }

    /// <summary>Le code INSEE saisi, ou choisi dans la liste sous la forme « Nîmes (30189) ».</summary>
    public static string? CodeCommune(string? saisie)
    {
        if (string.IsNullOrWhiteSpace(saisie))
            return null;
        var m = CodeEntreParentheses().Match(saisie);
        return (m.Success ? m.Groups[1].Value : saisie.Trim()).ToUpperInvariant();
    }

    [GeneratedRegex(@"\(([0-9][0-9AB][0-9]{3})\)\s*$")]
    private static partial Regex CodeEntreParentheses();

    private decimal Montant(string cle, string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte))
            return 0m;
        if (LectureValeurs.Nombre(texte, out var v))
            return v;
        ModelState.AddModelError(
            cle,
            $"« {Francais.Extrait(texte)} » n'est pas un montant (par exemple 125000 ou 125 000,50)."
        );
        return 0m;
    }

    private decimal Nombre(string cle, string? texte, string? obligatoire = null)
    {
        if (string.IsNullOrWhiteSpace(texte))
        {
            if (obligatoire is not null)
                ModelState.AddModelError(cle, obligatoire);
            return 0m;
        }
        if (LectureValeurs.Nombre(texte, out var v))
            return v;
        if (Message(cle) is null)
            ModelState.AddModelError(
                cle,
                $"« {Francais.Extrait(texte)} » n'est pas un nombre (décimales avec « , » ou « . »)."
            );
        return 0m;
    }

    private int Entier(string cle, string? texte, string? obligatoire = null)
    {
        if (string.IsNullOrWhiteSpace(texte))
        {
            if (obligatoire is not null)
                ModelState.AddModelError(cle, obligatoire);
            return 0;
        }
        if (LectureValeurs.Entier(texte, out var v))
            return v;
        if (Message(cle) is null)
            ModelState.AddModelError(cle, $"« {Francais.Extrait(texte)} » n'est pas un nombre entier.");
        return 0;
    }

    private int? EntierFacultatif(string cle, string? texte)
    {
        if (string.IsNullOrWhiteSpace(texte))
            return null;
        if (LectureValeurs.Entier(texte, out var v))
            return v;
        ModelState.AddModelError(cle, $"« {Francais.Extrait(texte)} » n'est pas un nombre entier.");
        return null;
    }

    /// <summary>Nom de l'auteur pour la frise : le nom complet du compte, sinon son identifiant.</summary>
    protected string NomAuteur() =>
        User.FindFirst(RevendicationsPilotis.NomComplet)?.Value ?? User.Identity?.Name ?? "inconnu";

    protected static Operation NouvelleOperationVide() =>
        new()
        {
            Numero = "",
            Nom = "",
            BailleurId = 0,
            CommuneCode = "",
            DepartementCode = "",
            RegionCode = "",
            Nature = NatureOperation.Neuf,
        };

    protected IActionResult Echec(string message)
    {
        Erreur = message;
        Completer();
        return Page();
    }

    protected static bool PeutSaisir(Acteur acteur) => AccesOperations.PeutCreer(acteur);
}
