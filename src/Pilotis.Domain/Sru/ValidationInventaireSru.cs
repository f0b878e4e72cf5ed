using System.Globalization;

namespace Pilotis.Domain.Sru;

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
        ValiderChiffres(erreurs, inventaire, parametres);
        ValiderExemption(erreurs, inventaire);
        ValiderTextes(erreurs, inventaire);
        return erreurs;
    }

    /// <summary>
    /// Année, règles du calcul (ValidationSru) sous les noms de colonnes, taux cible légal, agréments.
    /// </summary>
    private static void ValiderChiffres(List<ErreurChamp> erreurs, InventaireSru inventaire, ParametresSru parametres)
    {
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
                    $"Le taux cible doit être {Pourcent(parametres.TauxCibleNormal)} ou "
                        + $"{Pourcent(parametres.TauxCibleReduit)} (CCH L302-5), "
                        + $"soit {parametres.TauxCibleNormal.ToString("0.00", CultureInfo.InvariantCulture)} "
                        + $"ou {parametres.TauxCibleReduit.ToString("0.00", CultureInfo.InvariantCulture)}."
                )
            );
        }
        Positif(erreurs, ColonnesInventaireSru.AgreesPlai, inventaire.AgreesPlai, "Le nombre de PLAI agréés");
        Positif(erreurs, ColonnesInventaireSru.AgreesPlus, inventaire.AgreesPlus, "Le nombre de PLUS agréés");
        Positif(erreurs, ColonnesInventaireSru.AgreesPls, inventaire.AgreesPls, "Le nombre de PLS agréés");
    }

    /// <summary>Une exemption par décret (CCH L302-5 III) a sa référence et ses deux dates, dans l'ordre.</summary>
    private static void ValiderExemption(List<ErreurChamp> erreurs, InventaireSru inventaire)
    {
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
                    $"La commune est exemptée par décret au 1er janvier {inventaire.Annee} : "
                        + "elle ne peut pas être soumise au prélèvement cette année-là."
                )
            );
        }
    }

    private static void ValiderTextes(List<ErreurChamp> erreurs, InventaireSru inventaire)
    {
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
