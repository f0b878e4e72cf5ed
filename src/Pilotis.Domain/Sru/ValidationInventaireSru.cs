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

/// <summary>
/// Contrôles d'une ligne d'inventaire SRU avant enregistrement : les chiffres par <see cref="ValidationSru"/>
/// (positifs, logements sociaux décomptés ≤ résidences principales, bornes), puis les règles de l'inventaire :
/// taux cible de 25 % ou 20 % seulement (CCH L302-5 I et II), exemption cohérente (décret et dates ensemble,
/// début ≤ fin, CCH L302-5 III), logements agréés positifs, source renseignée.
/// </summary>
public static class ValidationInventaireSru
{
    public const int AnneeMinimum = 2000;
    public const int AnneeMaximum = 2100;

    public static IReadOnlyList<ErreurChamp> Valider(InventaireSru inventaire, ParametresSru parametres)
    {
        ArgumentNullException.ThrowIfNull(inventaire);
        ArgumentNullException.ThrowIfNull(parametres);
        var erreurs = new List<ErreurChamp>();
        if (inventaire.Annee is < AnneeMinimum or > AnneeMaximum)
        {
            erreurs.Add(
                new(ColonnesInventaireSru.Annee, $"L'année doit être comprise entre {AnneeMinimum} et {AnneeMaximum}.")
            );
        }
        foreach (var e in ValidationSru.Valider(inventaire.VersDonnees(0m, null, null), parametres))
        {
            if (e.Champ == ChampsSru.TauxCible)
                continue; // message plus précis ci-dessous
            // Inventaire sans ventilation : un « autres » négatif est signalé par ValidationSru sous le total.
            var champ =
                e.Champ == ChampsSru.LogementsSociaux && inventaire.Autres < 0
                    ? ColonnesInventaireSru.Autres
                    : ColonnesInventaireSru.DepuisChampCalcul(e.Champ);
            erreurs.Add(e with { Champ = champ });
        }
        if (inventaire.TauxCible != parametres.TauxCibleNormal && inventaire.TauxCible != parametres.TauxCibleReduit)
        {
            erreurs.Add(
                new(
                    ColonnesInventaireSru.TauxCible,
                    $"Le taux cible doit être {Pourcent(parametres.TauxCibleNormal)} ou {Pourcent(parametres.TauxCibleReduit)} (CCH L302-5), "
                        + $"soit {parametres.TauxCibleNormal.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)} "
                        + $"ou {parametres.TauxCibleReduit.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}."
                )
            );
        }
        Positif(erreurs, ColonnesInventaireSru.AgreesPlai, inventaire.AgreesPlai, "Le nombre de PLAI agréés");
        Positif(erreurs, ColonnesInventaireSru.AgreesPlus, inventaire.AgreesPlus, "Le nombre de PLUS agréés");
        Positif(erreurs, ColonnesInventaireSru.AgreesPls, inventaire.AgreesPls, "Le nombre de PLS agréés");

        var decret = !string.IsNullOrWhiteSpace(inventaire.DecretExemption);
        if (decret && inventaire.ExemptionDebut is null)
        {
            erreurs.Add(
                new(
                    ColonnesInventaireSru.ExemptionDebut,
                    "Indiquez la date de début de l'exemption prévue par le décret."
                )
            );
        }
        if (decret && inventaire.ExemptionFin is null)
        {
            erreurs.Add(
                new(ColonnesInventaireSru.ExemptionFin, "Indiquez la date de fin de l'exemption prévue par le décret.")
            );
        }
        if (!decret && (inventaire.ExemptionDebut is not null || inventaire.ExemptionFin is not null))
        {
            erreurs.Add(
                new(
                    ColonnesInventaireSru.DecretExemption,
                    "Une période d'exemption exige la référence du décret qui l'accorde."
                )
            );
        }
        if (inventaire.ExemptionDebut is DateOnly debut && inventaire.ExemptionFin is DateOnly fin && fin < debut)
        {
            erreurs.Add(
                new(ColonnesInventaireSru.ExemptionFin, "La fin de l'exemption ne peut pas précéder son début.")
            );
        }
        if (
            decret
            && inventaire.ExemptionDebut is DateOnly d2
            && inventaire.ExemptionFin is DateOnly f2
            && f2 >= d2
            && inventaire.Soumise
            && inventaire.ExempteeLe(new DateOnly(inventaire.Annee, 1, 1))
        )
        {
            erreurs.Add(
                new(
                    ColonnesInventaireSru.Soumise,
                    $"La commune est exemptée par décret au 1er janvier {inventaire.Annee} : elle ne peut pas être soumise au prélèvement cette année-là."
                )
            );
        }
        if (string.IsNullOrWhiteSpace(inventaire.Source))
        {
            erreurs.Add(
                new(
                    ColonnesInventaireSru.Source,
                    "Indiquez la source de l'inventaire (inventaire préfectoral, fichier…)."
                )
            );
        }
        Longueur(erreurs, ColonnesInventaireSru.Motif, inventaire.Motif, 500, "Le motif");
        Longueur(
            erreurs,
            ColonnesInventaireSru.DecretExemption,
            inventaire.DecretExemption,
            300,
            "La référence du décret"
        );
        Longueur(erreurs, ColonnesInventaireSru.Source, inventaire.Source, 300, "La source");
        return erreurs;
    }

    private static void Positif(List<ErreurChamp> erreurs, string champ, int valeur, string libelle)
    {
        if (valeur < 0)
            erreurs.Add(new(champ, $"{libelle} doit être positif ou nul."));
    }

    private static void Longueur(List<ErreurChamp> erreurs, string champ, string? valeur, int maximum, string libelle)
    {
        if (valeur is not null && valeur.Length > maximum)
            erreurs.Add(new(champ, $"{libelle} ne peut pas dépasser {maximum} caractères."));
    }

    private static string Pourcent(decimal taux) =>
        (taux * 100m).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
