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
/// Fiche SRU d'une commune : sa situation expliquée, sa trajectoire (taux par année contre la cible), le détail du
/// calcul de l'année, l'objectif de la période et son bilan, l'historique de l'inventaire, les dépenses déductibles
/// et la procédure de carence. Tous les chiffres viennent de <see cref="RequetesSru"/>.
/// </summary>
public sealed class CommuneModel(
    PilotisDbContext db,
    RequetesSru situations,
    ActeurCourant acteurCourant,
    TimeProvider horloge,
    IConfiguration configuration,
    IWebHostEnvironment environnement
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    [ValeurAnnee]
    public int? Annee { get; set; }

    /// <summary>Retour d'une déclaration ou d'une décision (« declaree », « validee », « refusee »).</summary>
    [BindProperty(SupportsGet = true, Name = "depense")]
    public string? RetourDepense { get; set; }

    [BindProperty(SupportsGet = true, Name = "carence")]
    public string? RetourCarence { get; set; }

    [BindProperty(SupportsGet = true, Name = "inventaire")]
    public string? RetourInventaire { get; set; }

    public Commune Commune { get; private set; } = null!;
    public string? NomEpci { get; private set; }
    public List<(InventaireSru Inventaire, SituationSru? Situation)> Historique { get; private set; } = [];
    public InventaireSru? Inventaire { get; private set; }
    public SituationSru? Situation { get; private set; }
    public List<DepenseDeductibleSru> Depenses { get; private set; } = [];
    public HashSet<int> DepensesAvecFichier { get; private set; } = [];
    public PanneauCarence Carence { get; private set; } = null!;
    public bool PeutDeclarer { get; private set; }
    public bool PeutInstruire { get; private set; }

    /// <summary>L'acteur ouvre-t-il la page SRU de l'EPCI de la commune (lien du fil d'Ariane) ?</summary>
    public bool PeutOuvrirEpci { get; private set; }
    public ParametresSru Parametres { get; private set; } = ParametresSru.Connus[^1];
    public int AnneeCourante { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var commune = await db
            .Communes.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Code == Code && c.Type == TypeCommune.Actuelle, ct);
        if (commune is null)
            return NotFound();
        Commune = commune;
        var acteur = await acteurCourant.LireAsync();
        var cible = HabilitationsSru.Commune(commune);
        if (acteur is null || !HabilitationsSru.PeutConsulter(acteur, cible))
            return Forbid();
        PeutDeclarer = HabilitationsSru.PeutDeclarerDepense(acteur, cible);
        PeutInstruire = HabilitationsSru.PeutInstruire(acteur, cible);
        PeutOuvrirEpci =
            commune.EpciSiren is not null
            && AccesPages.LireSruEpci(acteur, await CiblesEpciSru.LireAsync(db, commune.EpciSiren, ct));
        NomEpci = commune.EpciSiren is null
            ? null
            : await db
                .Epcis.AsNoTracking()
                .Where(e => e.Siren == commune.EpciSiren)
                .Select(e => e.Nom)
                .FirstOrDefaultAsync(ct);

        Historique = await situations.HistoriqueAsync(Code, ct);
        if (Annee is null || Historique.All(h => h.Inventaire.Annee != Annee))
            Annee = Historique.LastOrDefault().Inventaire?.Annee;
        if (Annee is int annee)
        {
            (Inventaire, Situation) = Historique.First(h => h.Inventaire.Annee == annee);
            Parametres = ParametresSru.PourAnnee(annee);
        }

        Depenses = await db.DepensesDeductiblesSru.AsNoTracking().Where(d => d.CommuneCode == Code).ToListAsync(ct);
        Depenses = Depenses.OrderByDescending(d => d.AnneeDepense).ThenByDescending(d => d.Id).ToList();
        var stockage = JustificatifsSru.Depuis(configuration, environnement);
        DepensesAvecFichier = Depenses
            .Where(d => stockage.Trouver(Code, d.Id) is not null)
            .Select(d => d.Id)
            .ToHashSet();
        var aujourdhui = DateOnly.FromDateTime(horloge.GetLocalNow().DateTime);
        AnneeCourante = aujourdhui.Year;
        Carence = await PanneauCarence.ChargerAsync(situations, Code, PeutInstruire, aujourdhui, suivi: false, ct);
        return Page();
    }

    /// <summary>
    /// Points de la trajectoire : années où la commune est soumise (taux calculé) ; JSON lu par le graphique.
    /// </summary>
    public object DonneesGraphique() =>
        new
        {
            annees = Historique.Where(h => h.Situation is not null).Select(h => h.Inventaire.Annee),
            taux = Historique.Where(h => h.Situation is not null).Select(h => h.Situation!.Resultat.Taux * 100m),
            cible = Historique.Where(h => h.Situation is not null).Select(h => h.Situation!.Resultat.TauxCible * 100m),
        };

    /// <summary>Pourquoi la commune ne paie pas de prélèvement, ou rien.</summary>
    public static string? Exoneration(ExonerationPrelevement e) =>
        e switch
        {
            ExonerationPrelevement.AucunLogementManquant => "La commune atteint son taux cible : aucun prélèvement.",
            ExonerationPrelevement.CommuneDsu =>
                "Commune bénéficiaire de la dotation de solidarité urbaine au-delà du seuil de taux : exonérée de "
                    + "prélèvement (CCH L302-7).",
            ExonerationPrelevement.DepensesDeductibles =>
                "Les dépenses déductibles absorbent tout le prélèvement ; l'excédent est reporté sur les années "
                    + "suivantes.",
            ExonerationPrelevement.SousSeuil =>
                "Le prélèvement brut plafonné est inférieur au seuil de prélèvement : il n'est pas effectué, "
                    + "avant même l'imputation des dépenses déductibles, qui sont reportées (CCH L302-7).",
            _ => null,
        };
}
