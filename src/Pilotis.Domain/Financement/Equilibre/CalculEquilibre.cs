using Pilotis.Domain.Production;
using C = Pilotis.Domain.Financement.Equilibre.CatalogueParametresFinanciers;

namespace Pilotis.Domain.Financement.Equilibre;

/// <summary>
/// L'équilibre d'opération du bailleur sur la durée des prêts (seed 001, II §2) : une fonction pure des données de
/// l'opération et des paramètres. Les loyers plafonds nets de vacance, de RLS, de gestion, d'entretien et de taxe
/// foncière remboursent des emprunts à annuités constantes (prêt d'équilibre) ; le reste du prix de revient, après
/// subventions, est le besoin en fonds propres. Euros courants, montants publiés arrondis au centime.
/// </summary>
public static class CalculEquilibre
{
    private const MidpointRounding Milieu = MidpointRounding.AwayFromZero;

    public static decimal Arrondi(decimal montant) => Math.Round(montant, 2, Milieu);

    /// <summary>Tous les scénarios côte à côte, la loi actuelle en premier.</summary>
    public static IReadOnlyList<ResultatEquilibre> Scenarios(
        DonneesEquilibre donnees,
        ParametresEquilibre loiActuelle,
        bool detailAnnuel = true
    ) => [.. ScenariosEquilibre.Tous.Select(s => Calculer(donnees, loiActuelle, s, detailAnnuel))];

    public static ResultatEquilibre Calculer(
        DonneesEquilibre donnees,
        ParametresEquilibre loiActuelle,
        ScenarioEquilibre scenario,
        bool detailAnnuel = true
    )
    {
        ArgumentNullException.ThrowIfNull(donnees);
        ArgumentNullException.ThrowIfNull(loiActuelle);
        ArgumentNullException.ThrowIfNull(scenario);
        var p = loiActuelle.PourScenario(scenario);
        var locatifs = donnees.Lots.Where(l => !l.Produit.EstAccession() && l.NombreLogements > 0).ToList();
        var zone = p.ZonageAbc ? donnees.ZoneAbc : donnees.Zone123;
        var suLocative = locatifs.Sum(l => l.SurfaceUtile);
        string? motif =
            locatifs.Count == 0 ? "L'opération n'a aucun logement locatif (PLAI, PLUS ou PLS)."
            : locatifs.Any(l => l.SurfaceUtile <= 0) ? "La surface utile d'un lot locatif manque."
            : zone is null ? (p.ZonageAbc ? "La zone ABC de la commune est inconnue." : "La zone 1/2/3 est inconnue.")
            : locatifs.Any(l => p.PlafondLoyer(l.Produit, zone) is null) ? $"Aucun plafond de loyer en zone {zone}."
            : null;
        if (motif is not null)
            return new ResultatEquilibre
            {
                Scenario = scenario,
                Motif = motif,
                Zone = zone,
            };

        // Part locative : l'accession (PSLA, BRS) n'entre pas dans l'équilibre locatif, au prorata de la surface.
        var suTotale = donnees.Lots.Sum(l => l.SurfaceUtile);
        var part = suTotale > 0 ? suLocative / suTotale : 1m;
        var foncier = Arrondi(donnees.ChargeFonciere * part * FacteurFoncier(loiActuelle, p));
        var travaux = locatifs
            .Select(l => Arrondi(TravauxDuLot(donnees, l, part * l.SurfaceUtile / suLocative, loiActuelle, p)))
            .ToList();
        var logements = locatifs.Sum(l => l.NombreLogements);
        var loyers = Arrondi(locatifs.Sum(l => LoyerAnnuel(l, zone!, p)));
        var exploitation = Arrondi(ResultatExploitation(loyers, logements, 1, 1m, p));
        var coutHorsGarantie = foncier + travaux.Sum();
        var subventions = Arrondi(donnees.Subventions * part);
        var facteur = FacteurAnnuite(foncier, locatifs, travaux, coutHorsGarantie, p);
        var garantie = p.Valeur(C.CoutGarantie);
        var besoin = Math.Max(0m, (coutHorsGarantie - subventions) / (1m - garantie));
        var emprunts = Arrondi(exploitation > 0 && facteur > 0 ? Math.Min(exploitation / facteur, besoin) : 0m);
        var coutGarantie = Arrondi(emprunts * garantie);
        var prix = coutHorsGarantie + coutGarantie;
        var fondsPropres = Math.Max(0m, prix - subventions - emprunts);
        var parLogement = Arrondi(fondsPropres / logements);
        return new ResultatEquilibre
        {
            Scenario = scenario,
            Zone = zone,
            Logements = logements,
            LoyersAnnuels = loyers,
            ResultatExploitation = exploitation,
            ChargeFonciere = foncier,
            CoutTravaux = travaux.Sum(),
            CoutGarantie = coutGarantie,
            PrixDeRevient = prix,
            Subventions = subventions,
            Emprunts = emprunts,
            FondsPropresRequis = fondsPropres,
            FondsPropresParLogement = parLogement,
            FondsPropresPrevus = Arrondi(donnees.FondsPropresPrevus * part),
            FondsPropresMaximumParLogement = p.Valeur(C.FondsPropresMaximum),
            Equilibree = parLogement <= p.Valeur(C.FondsPropresMaximum),
            Annees = detailAnnuel
                ? Annees(loyers, logements, emprunts, foncier, locatifs, travaux, coutHorsGarantie, p)
                : [],
        };
    }

    /// <summary>
    /// Coefficient de structure d'un lot : facteur × (1 + surface / SU moyenne d'un logement), plafonné (conventions
    /// APL, CCH L353-2).
    /// </summary>
    public static decimal CoefficientStructure(decimal surfaceUtileMoyenne, ParametresEquilibre p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (surfaceUtileMoyenne <= 0)
            return 0m;
        var cs =
            p.Valeur(C.CoefficientStructureBase) * (1m + p.Valeur(C.CoefficientStructureSurface) / surfaceUtileMoyenne);
        return Math.Round(Math.Min(cs, p.Valeur(C.CoefficientStructureMaximum)), 2, Milieu);
    }

    /// <summary>Loyer annuel maximal d'un lot : plafond de la zone × SU × coefficient de structure × 12.</summary>
    public static decimal LoyerAnnuel(LotEquilibre lot, string zone, ParametresEquilibre p)
    {
        ArgumentNullException.ThrowIfNull(lot);
        ArgumentNullException.ThrowIfNull(p);
        var plafond = p.PlafondLoyer(lot.Produit, zone) ?? 0m;
        var cs = CoefficientStructure(lot.SurfaceUtile / lot.NombreLogements, p);
        return Arrondi(plafond * lot.SurfaceUtile * cs * 12m);
    }

    /// <summary>
    /// Annuité constante d'un prêt : K × t / (1 − (1 + t)^−n) ; K / n à taux nul. Non arrondie (facteur de calcul).
    /// </summary>
    public static decimal Annuite(decimal capital, decimal taux, int duree)
    {
        if (duree <= 0 || capital <= 0)
            return 0m;
        if (taux == 0)
            return capital / duree;
        return capital * taux / (1m - 1m / Puissance(1m + taux, duree));
    }

    /// <summary>
    /// Prix du terrain quand l'abattement sur la plus-value du vendeur change : le vendeur garde le même net après
    /// impôt, P' = P × (1 − q·t·(1 − a₀)) / (1 − q·t·(1 − a₁)) (q part de plus-value, t taux d'imposition ; CGI 150
    /// U, 200 B).
    /// </summary>
    public static decimal FacteurFoncier(ParametresEquilibre loiActuelle, ParametresEquilibre scenario)
    {
        ArgumentNullException.ThrowIfNull(loiActuelle);
        ArgumentNullException.ThrowIfNull(scenario);
        var q = scenario.Valeur(C.PartPlusValueFoncier) * scenario.Valeur(C.TauxImpositionPlusValues);
        var avant = 1m - q * (1m - loiActuelle.Valeur(C.AbattementPlusValues));
        var apres = 1m - q * (1m - scenario.Valeur(C.AbattementPlusValues));
        return apres <= 0 ? 1m : avant / apres;
    }

    /// <summary>
    /// Travaux, honoraires et VRD du lot : saisis TTC au taux de la loi actuelle, ramenés au taux du scénario quand la
    /// nature de l'opération comporte des travaux soumis au taux réduit ou intermédiaire (CGI 278 sexies).
    /// </summary>
    private static decimal TravauxDuLot(
        DonneesEquilibre d,
        LotEquilibre lot,
        decimal quotePart,
        ParametresEquilibre loiActuelle,
        ParametresEquilibre p
    )
    {
        var ttc = d.CoutTravaux * quotePart;
        if (d.Nature == NatureOperation.AcquisitionSansTravaux)
            return ttc;
        return ttc / (1m + loiActuelle.Tva(lot.Produit)) * (1m + p.Tva(lot.Produit));
    }

    private static decimal ResultatExploitation(
        decimal loyers,
        int logements,
        int annee,
        decimal indice,
        ParametresEquilibre p
    )
    {
        var tfpb = annee > p.Valeur(C.DureeExonerationTfpb) ? p.Valeur(C.TfpbParLogement) : 0m;
        var charges = p.Valeur(C.Rls) + p.Valeur(C.FraisGestion) + p.Valeur(C.Entretien) + tfpb;
        return loyers * indice * (1m - p.Valeur(C.TauxVacance)) - charges * logements * indice;
    }

    /// <summary>Annuité d'un euro emprunté : foncier sur sa durée, chaque lot au taux de son produit.</summary>
    private static decimal FacteurAnnuite(
        decimal foncier,
        IReadOnlyList<LotEquilibre> locatifs,
        IReadOnlyList<decimal> travaux,
        decimal cout,
        ParametresEquilibre p
    )
    {
        if (cout <= 0)
            return 0m;
        var construction = (int)p.Valeur(C.DureePretConstruction);
        var facteur = foncier / cout * Annuite(1m, p.TauxPretFoncier, (int)p.Valeur(C.DureePretFoncier));
        for (var i = 0; i < locatifs.Count; i++)
            facteur += travaux[i] / cout * Annuite(1m, p.TauxPret(locatifs[i].Produit), construction);
        return facteur;
    }

    private static List<AnneeEquilibre> Annees(
        decimal loyers,
        int logements,
        decimal emprunts,
        decimal foncier,
        IReadOnlyList<LotEquilibre> locatifs,
        IReadOnlyList<decimal> travaux,
        decimal cout,
        ParametresEquilibre p
    )
    {
        var dureeConstruction = (int)p.Valeur(C.DureePretConstruction);
        var dureeFoncier = (int)p.Valeur(C.DureePretFoncier);
        var part = cout > 0 ? emprunts / cout : 0m;
        var annuiteFonciere = Arrondi(Annuite(foncier * part, p.TauxPretFoncier, dureeFoncier));
        var annuiteConstruction = Arrondi(
            locatifs.Select((l, i) => Annuite(travaux[i] * part, p.TauxPret(l.Produit), dureeConstruction)).Sum()
        );
        var evolution = 1m + p.Valeur(C.EvolutionLoyersCharges);
        var annees = new List<AnneeEquilibre>();
        var indice = 1m;
        var cumul = 0m;
        for (var a = 1; a <= Math.Max(dureeConstruction, dureeFoncier); a++)
        {
            var brut = Arrondi(loyers * indice);
            var tfpb = a > p.Valeur(C.DureeExonerationTfpb) ? p.Valeur(C.TfpbParLogement) : 0m;
            var ligne = new AnneeEquilibre(
                a,
                brut,
                Arrondi(brut * p.Valeur(C.TauxVacance)),
                Arrondi(p.Valeur(C.Rls) * logements * indice),
                Arrondi(p.Valeur(C.FraisGestion) * logements * indice),
                Arrondi(p.Valeur(C.Entretien) * logements * indice),
                Arrondi(tfpb * logements * indice),
                (a <= dureeConstruction ? annuiteConstruction : 0m) + (a <= dureeFoncier ? annuiteFonciere : 0m),
                0m,
                0m
            );
            var flux =
                ligne.Loyers
                - ligne.Vacance
                - ligne.Rls
                - ligne.Gestion
                - ligne.Entretien
                - ligne.TaxeFonciere
                - ligne.Annuites;
            cumul += flux;
            annees.Add(ligne with { Flux = flux, FluxCumule = cumul });
            indice *= evolution;
        }
        return annees;
    }

    /// <summary>Puissance entière exacte en décimal (exponentiation rapide) : pas de passage par le double.</summary>
    public static decimal Puissance(decimal x, int n)
    {
        var resultat = 1m;
        var b = x;
        while (n > 0)
        {
            if ((n & 1) == 1)
                resultat *= b;
            b *= b;
            n >>= 1;
        }
        return resultat;
    }
}
