namespace Pilotis.Domain.Production;

/// <summary>
/// Contrôles de saisie d'une opération, communs au formulaire, à l'API et à l'import : une erreur par champ, message
/// en français. Les champs de lot sont « Lots[i].Champ », ceux du financement « Financements[i].Champ ».
/// </summary>
public static class ValidationOperation
{
    public const int LogementsParLotMaximum = 2000;

    /// <summary>
    /// Garde-fou de saisie (€/m² SU mensuel) : les maxima réglementaires annuels sont bien en dessous.
    /// </summary>
    public const decimal LoyerM2Maximum = 30m;

    public static IReadOnlyList<ErreurChamp> Valider(Operation o, int anneeCourante)
    {
        ArgumentNullException.ThrowIfNull(o);
        // Une erreur par champ : un contrôle plus précis remplace le précédent sur le même champ.
        var erreurs = new Dictionary<string, string>(StringComparer.Ordinal);
        Identite(erreurs, o);
        Montant(erreurs, "ChargeFonciere", o.ChargeFonciere, "Le montant de la charge foncière");
        Montant(erreurs, "CoutBatiment", o.CoutBatiment, "Le coût du bâtiment");
        Montant(erreurs, "Honoraires", o.Honoraires, "Le montant des honoraires");
        Montant(erreurs, "Vrd", o.Vrd, "Le coût des VRD");
        Programmation(erreurs, o, anneeCourante);
        var produits = new HashSet<Produit>();
        for (var i = 0; i < o.Lots.Count; i++)
            ControlerLot(erreurs, o.Lots[i], $"Lots[{i}].", produits);
        for (var i = 0; i < o.Financements.Count; i++)
            ControlerFinancement(erreurs, o.Financements[i], $"Financements[{i}].");
        return erreurs.Select(e => new ErreurChamp(e.Key, e.Value)).ToList();
    }

    private static void Identite(Dictionary<string, string> erreurs, Operation o)
    {
        if (string.IsNullOrWhiteSpace(o.Numero))
            erreurs["Numero"] = "Le numéro d'opération est obligatoire.";
        else if (o.Numero.Length > 50)
            erreurs["Numero"] = "Le numéro d'opération ne dépasse pas 50 caractères.";
        if (string.IsNullOrWhiteSpace(o.Nom))
            erreurs["Nom"] = "Le nom de l'opération est obligatoire.";
        else if (o.Nom.Length > 200)
            erreurs["Nom"] = "Le nom ne dépasse pas 200 caractères.";
        if (o.Adresse?.Length > 300)
            erreurs["Adresse"] = "L'adresse ne dépasse pas 300 caractères.";
        if (!Enum.IsDefined(o.Nature))
            erreurs["Nature"] = "La nature de l'opération est inconnue.";
    }

    private static void Programmation(Dictionary<string, string> erreurs, Operation o, int anneeCourante)
    {
        if (o.AnneeProgrammation is int annee && (annee < anneeCourante - 10 || annee > anneeCourante + 5))
        {
            erreurs["AnneeProgrammation"] =
                $"L'année de programmation doit être comprise entre {anneeCourante - 10} et {anneeCourante + 5}.";
        }
        if (o.MoisAgrementPrevu is int mois && (mois < 1 || mois > 12))
            erreurs["MoisAgrementPrevu"] = "Le mois d'agrément prévu va de 1 à 12.";
        if (o.MoisAgrementPrevu is not null && o.AnneeProgrammation is null)
            erreurs["AnneeProgrammation"] = "Indiquez l'année de programmation du mois d'agrément prévu.";
    }

    private static void ControlerLot(Dictionary<string, string> erreurs, Lot lot, string cle, HashSet<Produit> produits)
    {
        if (!produits.Add(lot.Produit))
            erreurs[cle + "Produit"] = $"Le produit {lot.Produit.Libelle()} figure déjà dans un autre lot.";
        if (lot.NombreLogements < 1 || lot.NombreLogements > LogementsParLotMaximum)
        {
            erreurs[cle + "NombreLogements"] = $"Le nombre de logements va de 1 à {LogementsParLotMaximum}.";
        }
        if (new[] { lot.T1, lot.T2, lot.T3, lot.T4, lot.T5, lot.T6 }.Any(t => t < 0))
        {
            erreurs[cle + "Typologies"] = "Un nombre de logements par typologie ne peut pas être négatif.";
        }
        else if (lot.SommeTypologies != 0 && lot.SommeTypologies != lot.NombreLogements)
        {
            erreurs[cle + "Typologies"] =
                $"La ventilation par typologie ({lot.SommeTypologies}) doit égaler le "
                + $"nombre de logements ({lot.NombreLogements}).";
        }
        if (lot.SurfaceHabitable < 0)
            erreurs[cle + "SurfaceHabitable"] = "La surface habitable ne peut pas être négative.";
        else if (lot.SurfaceHabitable > 0 && lot.NombreLogements > 0 && lot.SurfaceHabitable / lot.NombreLogements < 9)
        {
            erreurs[cle + "SurfaceHabitable"] =
                "Moins de 9 m² par logement : la surface habitable semble erronée (décret n° 2002-120).";
        }
        if (lot.SurfaceAnnexes < 0)
            erreurs[cle + "SurfaceAnnexes"] = "Les surfaces annexes ne peuvent pas être négatives.";
        if (lot.LoyerM2 is decimal loyer)
        {
            if (lot.Produit.EstAccession())
                erreurs[cle + "LoyerM2"] = "Un lot en accession (PSLA, BRS) n'a pas de loyer au m².";
            else if (loyer <= 0 || loyer > LoyerM2Maximum)
                erreurs[cle + "LoyerM2"] =
                    $"Le loyer au m² de surface utile doit être compris entre 0 et {LoyerM2Maximum} €.";
        }
    }

    private static void ControlerFinancement(Dictionary<string, string> erreurs, LigneFinancement ligne, string cle)
    {
        if (!Enum.IsDefined(ligne.Type))
            erreurs[cle + "Type"] = "Le type de financement est inconnu.";
        if (ligne.Montant <= 0)
            erreurs[cle + "Montant"] = "Le montant d'une ligne de financement doit être positif.";
        else if (ligne.Montant > 1_000_000_000m)
            erreurs[cle + "Montant"] = "Le montant dépasse un milliard d'euros : vérifiez la saisie.";
        if (ligne.Financeur?.Length > 200)
            erreurs[cle + "Financeur"] = "Le nom du financeur ne dépasse pas 200 caractères.";
    }

    private static void Montant(Dictionary<string, string> erreurs, string champ, decimal valeur, string libelle)
    {
        if (valeur < 0)
            erreurs[champ] = $"{libelle} ne peut pas être négatif.";
        else if (valeur > 1_000_000_000m)
            erreurs[champ] = $"{libelle} dépasse un milliard d'euros : vérifiez la saisie.";
    }
}
