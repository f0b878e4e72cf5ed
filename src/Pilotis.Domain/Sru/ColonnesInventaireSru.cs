namespace Pilotis.Domain.Sru;

/// <summary>
/// Noms des colonnes du fichier d'inventaire (docs/formats/inventaire-sru.md), qui servent aussi de noms de champ
/// aux erreurs de <see cref="ValidationInventaireSru"/> : le formulaire de saisie et l'import signalent la même chose.
/// </summary>
public static class ColonnesInventaireSru
{
    public const string CodeCommune = "code_commune";
    public const string Annee = "annee";
    public const string ResidencesPrincipales = "residences_principales";
    public const string Plai = "plai";
    public const string Plus = "plus";
    public const string Pls = "pls";
    public const string PlacesFoyer = "places_foyer";
    public const string PslaBrs = "psla_brs";
    public const string Autres = "autres";
    public const string Soumise = "soumise";
    public const string TauxCible = "taux_cible";
    public const string PotentielFiscal = "potentiel_fiscal_par_habitant";
    public const string DepensesReellesFonctionnement = "depenses_reelles_fonctionnement";
    public const string CouvertePlh = "couverte_plh";
    public const string Motif = "motif";
    public const string DecretExemption = "decret_exemption";
    public const string ExemptionDebut = "exemption_debut";
    public const string ExemptionFin = "exemption_fin";
    public const string Dsu = "dsu";
    public const string AgreesPlai = "agrees_plai";
    public const string AgreesPlus = "agrees_plus";
    public const string AgreesPls = "agrees_pls";
    public const string Source = "source";

    /// <summary>Pas une colonne : le total des logements sociaux décomptés, objet du contrôle LLS ≤ RP.</summary>
    public const string LogementsSociaux = "logements_sociaux";

    public static readonly IReadOnlyList<string> Obligatoires =
    [
        CodeCommune,
        Annee,
        ResidencesPrincipales,
        Plai,
        Plus,
        Pls,
        PlacesFoyer,
        PslaBrs,
        Autres,
        Soumise,
        TauxCible,
        PotentielFiscal,
        DepensesReellesFonctionnement,
        CouvertePlh,
    ];

    public static readonly IReadOnlyList<string> Facultatives =
    [
        Motif,
        DecretExemption,
        ExemptionDebut,
        ExemptionFin,
        Dsu,
        AgreesPlai,
        AgreesPlus,
        AgreesPls,
        Source,
    ];

    /// <summary>Colonne correspondant à un champ de <see cref="ValidationSru"/> (noms de l'API).</summary>
    public static string DepuisChampCalcul(string champ) =>
        champ switch
        {
            ChampsSru.ResidencesPrincipales => ResidencesPrincipales,
            ChampsSru.LogementsSociauxPlai => Plai,
            ChampsSru.LogementsSociauxPlus => Plus,
            ChampsSru.LogementsSociauxPls => Pls,
            ChampsSru.LogementsSociauxPlacesFoyer => PlacesFoyer,
            ChampsSru.LogementsSociauxPslaBrs => PslaBrs,
            ChampsSru.LogementsSociauxAutres => Autres,
            // Le total des logements décomptés (LLS ≤ RP) n'est pas une colonne : champ de synthèse.
            ChampsSru.LogementsSociaux => LogementsSociaux,
            ChampsSru.TauxCible => TauxCible,
            ChampsSru.PotentielFiscalParHabitant => PotentielFiscal,
            ChampsSru.DepensesReellesFonctionnement => DepensesReellesFonctionnement,
            _ => champ,
        };
}
