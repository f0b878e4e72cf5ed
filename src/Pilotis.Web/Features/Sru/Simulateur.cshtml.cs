using System.Data;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pilotis.Data;
using Pilotis.Data.Sru;
using Pilotis.Domain.Annuaire;
using Pilotis.Domain.Sru;
using Pilotis.Web.Infrastructure;

namespace Pilotis.Web.Features.Sru;

/// <summary>
/// Simulateur des scénarios de réforme SRU (propositions nationales du Gard, seed 001 partie II §3) : loi actuelle,
/// cible unique, mutualisation dans l'EPCI, dépenses déductibles de l'année, côte à côte par commune, par EPCI et au
/// total, sur un département ou la France entière ; exports XLSX et CSV ; scénarios nommés enregistrés par
/// organisation.
/// Accès : toute organisation ayant un droit de lecture SRU (DDTM, DREAL, EPCI, commune). La DDTM et la DREAL
/// choisissent leur périmètre (tout département, ou la France) ; l'EPCI et la commune simulent leur département.
/// Enregistrer ou supprimer un scénario de son organisation demande le rôle minimal d'une écriture SRU (agent).
/// Le public (sans compte) reçoit une page qui dit à qui le simulateur est réservé (tiré de la table des
/// habilitations) et comment se connecter, plutôt qu'un renvoi muet vers la connexion (ticket 11, point 12).
/// </summary>
[AllowAnonymous]
public sealed class SimulateurModel(
    PilotisDbContext db,
    RequetesSru situations,
    ActeurCourant acteurCourant,
    TimeProvider horloge
) : PageModel
{
    public const int Taille = 50;
    public const int LongueurNomMaximale = 200;
    public const decimal TauxParDefaut = 0.20m;
    public const decimal TauxMinimum = 0.01m;
    public const decimal TauxMaximum = 0.50m;

    [BindProperty(SupportsGet = true)]
    public string? Perimetre { get; set; }

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    /// <summary>Taux cible unique en pourcentage, tel que saisi (« 20 », « 22,5 »).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Taux { get; set; }

    /// <summary>Identifiant d'un scénario enregistré à rouvrir.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Scenario { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Mesure { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Vue { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Epci { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tri { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int NumeroPage { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Niveau { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Enregistre { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Supprime { get; set; }

    [BindProperty]
    public string? Nom { get; set; }

    [BindProperty]
    public int? Id { get; set; }

    public Acteur Acteur { get; private set; } = null!;
    public bool PeutChoisirPerimetre { get; private set; }
    public bool PeutEnregistrer { get; private set; }
    public List<(string Code, string Nom)> Departements { get; private set; } = [];
    public List<int> Annees { get; private set; } = [];
    public List<ScenarioSruEnregistre> Enregistres { get; private set; } = [];
    public ScenarioSruEnregistre? ScenarioOuvert { get; private set; }
    public decimal TauxCibleUnique { get; private set; } = TauxParDefaut;
    public MesureSru MesureAffichee { get; private set; } = MesureSru.Manquants;
    public bool VueEpci => Vue == "epci";
    public ResultatsSimulateurSru? Resultats { get; private set; }
    public bool AucunInventaire { get; private set; }
    public IReadOnlyList<LigneCommuneSimulee> PageCommunes { get; private set; } = [];
    public IReadOnlyList<LigneEpciSimulee> PageEpcis { get; private set; } = [];
    public Pagination? Pagination { get; private set; }

    public string LibellePerimetre =>
        Perimetre == ChargementSimulateurSru.France ? "France entière"
        : Departements.FirstOrDefault(d => d.Code == Perimetre) is { Nom: not null } d ? $"{d.Nom} ({d.Code})"
        : $"Département {Perimetre}";

    /// <summary>
    /// Valeur du champ taux : la saisie telle quelle si elle est refusée, sinon le taux retenu en pourcentage.
    /// </summary>
    public string TauxSaisi =>
        ClasseErreur(nameof(Taux)).Length > 0 ? Taux ?? "" : Affichage.Chiffre(TauxCibleUnique * 100m);

    public string ClasseErreur(string champ) =>
        ModelState.TryGetValue(champ, out var etat) && etat.Errors.Count > 0
            ? "fr-input-group--error fr-select-group--error"
            : "";

    /// <summary>Lien vers la même simulation, en changeant quelques paramètres d'affichage.</summary>
    public string Lien(
        string? mesure = null,
        string? vue = null,
        string? epci = null,
        string? format = null,
        string? niveau = null,
        bool garderFiltres = true
    )
    {
        var q = new List<KeyValuePair<string, string?>>
        {
            new("perimetre", Perimetre),
            new("annee", Annee?.ToString(CultureInfo.InvariantCulture)),
            new("taux", (TauxCibleUnique * 100m).ToString("0.##", CultureInfo.InvariantCulture)),
            new("mesure", mesure ?? MesureAffichee.ToString().ToLowerInvariant()),
        };
        if (ScenarioOuvert is not null)
            q.Add(new("scenario", ScenarioOuvert.Id.ToString(CultureInfo.InvariantCulture)));
        if ((vue ?? (VueEpci ? "epci" : "communes")) == "epci")
            q.Add(new("vue", "epci"));
        if ((epci ?? (garderFiltres ? Epci : null)) is { } e)
            q.Add(new("epci", e));
        if (garderFiltres && Tri is not null)
            q.Add(new("tri", Tri));
        if (format is not null)
            q.Add(new("format", format));
        if (niveau is not null)
            q.Add(new("niveau", niveau));
        return "/sru/simulateur" + Microsoft.AspNetCore.Http.QueryString.Create(q);
    }

    /// <summary>Visiteur sans compte : la page ne montre que la présentation et qui peut s'en servir.</summary>
    public bool Public { get; private set; }

    /// <summary>Les types d'organisation qui lisent le SRU, donc ouvrent le simulateur une fois connectés.</summary>
    public static IEnumerable<string> TypesAutorises =>
        AccesPages.TypesAutorises(Ressource.Sru, Acte.Lire).Select(t => t.Libelle());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            Public = true;
            return Page();
        }
        var refus = await PreparerAsync(rouvrir: true, ct);
        if (refus is not null)
            return refus;
        if (Resultats is not null && Format is "xlsx")
            return ExportSimulateurSru.Xlsx(Resultats, ScenarioOuvert?.Nom);
        if (Resultats is not null && Format is "csv")
            return ExportSimulateurSru.Csv(Resultats, Niveau);
        return Page();
    }

    public async Task<IActionResult> OnPostEnregistrerAsync(CancellationToken ct)
    {
        Scenario = null;
        var refus = await PreparerAsync(rouvrir: false, ct);
        if (refus is not null)
            return refus;
        if (!PeutEnregistrer)
            return Forbid();

        var nom = Nom?.Trim() ?? "";
        if (nom.Length == 0)
        {
            ModelState.AddModelError(nameof(Nom), "Donnez un nom au scénario pour l'enregistrer.");
        }
        else if (nom.Length > LongueurNomMaximale)
        {
            ModelState.AddModelError(nameof(Nom), $"Le nom ne doit pas dépasser {LongueurNomMaximale} caractères.");
        }
        else if (Enregistres.Any(s => MemeNom(s.Nom, nom)))
        {
            ModelState.AddModelError(
                nameof(Nom),
                $"Votre organisation a déjà un scénario nommé « {nom} » : choisissez un autre nom ou supprimez "
                    + "l'ancien."
            );
        }
        if (ModelState.IsValid && Resultats is null)
        {
            ModelState.AddModelError(
                nameof(Annee),
                "Aucun inventaire SRU pour cette année et ce périmètre : il n'y a rien à enregistrer."
            );
        }
        if (!ModelState.IsValid)
            return Page();

        var scenario = new ScenarioSruEnregistre
        {
            Nom = nom,
            Perimetre = Perimetre!,
            Annee = Annee!.Value,
            TauxCibleUnique = TauxCibleUnique,
            Auteur = User.FindFirstValue(RevendicationsPilotis.NomComplet) ?? User.Identity?.Name ?? "inconnu",
            OrganisationId = Acteur.OrganisationId,
            CreeLe = horloge.GetUtcNow(),
        };
        // Le nom est unique par organisation : contrôle et écriture dans une transaction sérialisable, pour que deux
        // enregistrements simultanés du même nom ne passent pas tous les deux (SQLite : un seul écrivain ; PostgreSQL :
        // SSI).
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
            var noms = await db
                .ScenariosSru.Where(s => s.OrganisationId == Acteur.OrganisationId)
                .Select(s => s.Nom)
                .ToListAsync(ct);
            if (noms.Any(n => MemeNom(n, nom)))
            {
                ModelState.AddModelError(
                    nameof(Nom),
                    $"Votre organisation a déjà un scénario nommé « {nom} » : choisissez un autre nom ou supprimez "
                        + "l'ancien."
                );
                return Page();
            }
            db.ScenariosSru.Add(scenario);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or System.Data.Common.DbException)
        {
            ModelState.AddModelError(
                nameof(Nom),
                "Un autre enregistrement a eu lieu au même moment : rien n'a été écrit, réessayez."
            );
            return Page();
        }
        return Redirect($"/sru/simulateur?scenario={scenario.Id}&enregistre=true");
    }

    public async Task<IActionResult> OnPostSupprimerAsync(CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null || Habilitations.PorteeAccordee(acteur, Ressource.Sru, Acte.Lire) == Portee.Aucune)
            return Forbid();
        if (acteur.Role < Habilitations.RoleMinimal(Ressource.Sru, Acte.Modifier))
            return Forbid();
        var scenario = await db.ScenariosSru.FirstOrDefaultAsync(
            s => s.Id == Id && s.OrganisationId == acteur.OrganisationId,
            ct
        );
        if (scenario is null)
            return NotFound();
        db.ScenariosSru.Remove(scenario);
        await db.SaveChangesAsync(ct);
        return Redirect("/sru/simulateur?supprime=true");
    }

    private static bool MemeNom(string a, string b) =>
        string.Equals(a.Trim(), b, StringComparison.CurrentCultureIgnoreCase);

    /// <summary>
    /// Acteur et droits, listes des formulaires, paramètres validés, puis simulation si tout est valide.
    /// </summary>
    /// <summary>Taux cible unique, année, mesure, vue et tri demandés ; une valeur hors bornes est signalée.</summary>
    private void LireOptions()
    {
        if (LireTaux(Taux) is decimal taux)
        {
            TauxCibleUnique = taux;
        }
        else
        {
            ModelState.AddModelError(
                nameof(Taux),
                $"Le taux cible unique doit être un pourcentage entre {TauxMinimum * 100m:0} et "
                    + $"{TauxMaximum * 100m:0} (par exemple 20 pour 20 %)."
            );
        }
        Annee ??= Annees.Count > 0 ? Annees[0] : horloge.GetLocalNow().Year;
        if (Annee is < 2000 or > 2100)
        {
            ModelState.AddModelError(nameof(Annee), "L'année doit être comprise entre 2000 et 2100.");
        }
        MesureAffichee =
            Enum.TryParse<MesureSru>(Mesure, ignoreCase: true, out var mesure) && Enum.IsDefined(mesure)
                ? mesure
                : MesureSru.Manquants;
        if (Vue is not "epci")
            Vue = null;
        if (Tri is not ("ecart" or "actuel"))
            Tri = null;
    }

    private async Task<IActionResult?> PreparerAsync(bool rouvrir, CancellationToken ct)
    {
        var acteur = await acteurCourant.LireAsync();
        if (acteur is null)
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        if (!AccesPages.LireSru(acteur))
            return Forbid();
        var portee = Habilitations.PorteeAccordee(acteur, Ressource.Sru, Acte.Lire);
        Acteur = acteur;
        PeutChoisirPerimetre = portee >= Portee.Departement;
        PeutEnregistrer = acteur.Role >= Habilitations.RoleMinimal(Ressource.Sru, Acte.Modifier);

        Departements = (
            await db.Departements.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Code, d.Nom }).ToListAsync(ct)
        )
            .Select(d => (d.Code, d.Nom))
            .ToList();
        Annees = await ChargementSimulateurSru.AnneesAsync(db, ct);
        Enregistres = await db
            .ScenariosSru.AsNoTracking()
            .Where(s => s.OrganisationId == acteur.OrganisationId)
            .OrderByDescending(s => s.Id)
            .ToListAsync(ct);

        if (rouvrir && Scenario is int id)
        {
            ScenarioOuvert = Enregistres.FirstOrDefault(s => s.Id == id);
            if (ScenarioOuvert is null)
                return NotFound();
            Perimetre = ScenarioOuvert.Perimetre;
            Annee = ScenarioOuvert.Annee;
            Taux = (ScenarioOuvert.TauxCibleUnique * 100m).ToString("0.##", CultureInfo.InvariantCulture);
        }

        Perimetre = string.IsNullOrWhiteSpace(Perimetre) ? acteur.DepartementCode : Perimetre.Trim().ToUpperInvariant();
        if (Perimetre != acteur.DepartementCode && !PeutChoisirPerimetre)
            return Forbid();
        if (Perimetre != ChargementSimulateurSru.France && !Departements.Any(d => d.Code == Perimetre))
        {
            ModelState.AddModelError(
                nameof(Perimetre),
                $"Périmètre inconnu : « {Francais.Extrait(Perimetre)} ». "
                    + "Choisissez un département ou la France entière."
            );
        }
        LireOptions();
        if (!ModelState.IsValid)
            return null;

        var donnees = await ChargementSimulateurSru.ChargerAsync(db, situations, Perimetre, Annee!.Value, ct);
        if (donnees.Entrees.Length == 0 || donnees.Communes.All(c => !c.DansPerimetre))
        {
            AucunInventaire = true;
            return null;
        }
        Resultats = ResultatsSimulateurSru.Calculer(donnees, TauxCibleUnique);
        Paginer();
        return null;
    }

    private void Paginer()
    {
        var r = Resultats!;
        var mesure = MesureAffichee;
        NumeroPage = Math.Max(1, NumeroPage);
        if (VueEpci)
        {
            IEnumerable<LigneEpciSimulee> epcis = r.Epcis;
            epcis = Tri switch
            {
                "ecart" => epcis.OrderByDescending(e =>
                    e.ParScenario.Skip(1)
                        .Max(t =>
                            Math.Abs(
                                ResultatsSimulateurSru.Valeur(mesure, t)
                                    - ResultatsSimulateurSru.Valeur(mesure, e.ParScenario[0])
                            )
                        )
                ),
                "actuel" => epcis.OrderByDescending(e => ResultatsSimulateurSru.Valeur(mesure, e.ParScenario[0])),
                _ => epcis,
            };
            PageEpcis = [.. epcis.Skip((NumeroPage - 1) * Taille).Take(Taille)];
            Pagination = new Pagination(Math.Max(1, NumeroPage), r.Epcis.Count, Taille);
            return;
        }
        if (Epci is not null && !r.Epcis.Any(e => e.Siren == Epci))
            Epci = null;
        IEnumerable<LigneCommuneSimulee> communes = r.Communes;
        if (Epci is not null)
            communes = communes.Where(c => c.Commune.EpciSiren == Epci);
        communes = Tri switch
        {
            "ecart" => communes.OrderByDescending(c => ResultatsSimulateurSru.EcartMaximal(mesure, c)),
            "actuel" => communes.OrderByDescending(c => ResultatsSimulateurSru.Valeur(mesure, c.ParScenario[0])),
            _ => communes,
        };
        var liste = communes.ToList();
        PageCommunes = [.. liste.Skip((NumeroPage - 1) * Taille).Take(Taille)];
        Pagination = new Pagination(Math.Max(1, NumeroPage), liste.Count, Taille);
    }

    /// <summary>Pourcentage saisi (« 20 », « 22,5 », « 22.5 », « 20 % ») converti en fraction ; vide = 20 %.</summary>
    public static decimal? LireTaux(string? saisie)
    {
        if (string.IsNullOrWhiteSpace(saisie))
            return TauxParDefaut;
        var texte = saisie.Replace("%", "", StringComparison.Ordinal).Replace(',', '.').Trim();
        if (!decimal.TryParse(texte, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var pourcentage))
            return null;
        var taux = Math.Round(pourcentage / 100m, 4);
        return taux is < TauxMinimum or > TauxMaximum ? null : taux;
    }
}
