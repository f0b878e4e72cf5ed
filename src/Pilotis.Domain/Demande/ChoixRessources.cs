namespace Pilotis.Domain.Demande;

/// <summary>
/// Les ressources comparées aux plafonds (arrêté du 29 juillet 1987 relatif aux plafonds de ressources, art. 3 ;
/// CCH R441-1 ; DOMAIN §4.1) : le revenu fiscal de référence de l'année N−2 ; par exception celui de N−1 lorsqu'il
/// est inférieur d'au moins 10 % à celui de N−2, ou les ressources des douze derniers mois après un accident de la
/// vie (perte d'emploi, divorce ou séparation, décès) lorsqu'elles sont plus favorables. Le guichet déclare l'origine
/// qu'il retient ; ces règles disent si elle est admise, et quel montant la demande compare aux plafonds.
/// </summary>
public static class ChoixRessources
{
    /// <summary>Baisse minimale du revenu N−1 par rapport à N−2 pour le retenir (arrêté du 29 juillet 1987,
    /// art. 3).</summary>
    public const decimal BaisseMinimaleN1 = 0.10m;

    private const string Source = "arrêté du 29 juillet 1987, art. 3 ; CCH R441-1";

    /// <summary>Revenu N−1 le plus élevé qui peut être retenu : N−2 diminué de 10 % (baisse d'au moins 10 %).</summary>
    public static decimal MaximumN1(decimal revenuN2) => revenuN2 * (1m - BaisseMinimaleN1);

    /// <summary>Le revenu N−1 est-il admis : connu et inférieur d'au moins 10 % au revenu N−2 ?</summary>
    public static bool N1Admis(in DeclarationRessources d) =>
        d.RevenuFiscalN1 is decimal n1 && n1 >= 0m && n1 <= MaximumN1(d.RevenuFiscalN2) && n1 < d.RevenuFiscalN2;

    /// <summary>
    /// Les douze derniers mois sont-ils admis : un accident de la vie est déclaré et ces ressources sont plus
    /// favorables, c'est-à-dire strictement inférieures au revenu fiscal de référence N−2 de la règle générale.
    /// </summary>
    public static bool DouzeMoisAdmis(in DeclarationRessources d) =>
        d.Evenement != EvenementRessources.Aucun
        && d.RessourcesDouzeMois is decimal douze
        && douze >= 0m
        && douze < d.RevenuFiscalN2;

    /// <summary>
    /// Contrôle la déclaration champ par champ (messages en français) : montants plausibles, et l'origine déclarée
    /// admise par l'arrêté. Aucune erreur pour la règle générale (N−2).
    /// </summary>
    public static void Valider(in DeclarationRessources d, Action<string, string> erreur)
    {
        ArgumentNullException.ThrowIfNull(erreur);
        Montant(
            d.RevenuFiscalN1,
            ChampsDemande.RevenuFiscalReferenceN1,
            "Le revenu fiscal de référence N−1 est",
            erreur
        );
        Montant(d.RessourcesDouzeMois, ChampsDemande.RessourcesDouzeMois, "Les ressources des douze mois sont", erreur);
        if (!Enum.IsDefined(d.Origine))
        {
            erreur(ChampsDemande.OrigineRessources, "Choisissez les ressources retenues.");
            return;
        }
        if (!Enum.IsDefined(d.Evenement))
            erreur(ChampsDemande.EvenementRessources, "L'accident de la vie déclaré est inconnu.");
        if (d.Origine == OrigineRessources.RevenuFiscalN1)
            ValiderN1(d, erreur);
        else if (d.Origine == OrigineRessources.DouzeDerniersMois)
            ValiderDouzeMois(d, erreur);
    }

    /// <summary>
    /// Les ressources retenues et leur motif : l'origine déclarée quand elle est admise ; sinon (déclaration devenue
    /// caduque, par exemple un revenu N−2 corrigé depuis), la règle générale, en le disant.
    /// </summary>
    public static RessourcesRetenues Retenir(in DeclarationRessources d)
    {
        var n2 = Math.Max(0m, d.RevenuFiscalN2);
        var origine = d.Origine;
        if (origine == OrigineRessources.RevenuFiscalN1 && N1Admis(d))
        {
            return new(
                origine,
                d.RevenuFiscalN1!.Value,
                $"Revenu fiscal de référence N−1 ({Francais.Euros(d.RevenuFiscalN1!.Value)}), inférieur d'au moins "
                    + $"10 % à celui de N−2 ({Francais.Euros(n2)}) ({Source})."
            );
        }
        if (origine == OrigineRessources.DouzeDerniersMois && DouzeMoisAdmis(d))
        {
            return new(
                origine,
                d.RessourcesDouzeMois!.Value,
                $"Ressources des douze derniers mois ({Francais.Euros(d.RessourcesDouzeMois!.Value)}) après "
                    + $"{Libelle(d.Evenement)}, plus favorables que le revenu fiscal de référence N−2 "
                    + $"({Francais.Euros(n2)}) ({Source})."
            );
        }
        var motif =
            origine == OrigineRessources.RevenuFiscalN2
                ? $"Revenu fiscal de référence N−2, règle générale ({Source})."
                : $"Revenu fiscal de référence N−2 : le choix déclaré ({Libelle(origine)}) n'est pas admis avec les "
                    + $"montants enregistrés ({Source}).";
        return new(OrigineRessources.RevenuFiscalN2, n2, motif);
    }

    /// <summary>
    /// L'origine la plus favorable au ménage parmi celles que l'arrêté admet (le plus petit montant) : ce que le
    /// formulaire propose au guichet.
    /// </summary>
    public static OrigineRessources PlusFavorable(in DeclarationRessources d)
    {
        var origine = OrigineRessources.RevenuFiscalN2;
        var montant = d.RevenuFiscalN2;
        if (N1Admis(d) && d.RevenuFiscalN1!.Value < montant)
        {
            origine = OrigineRessources.RevenuFiscalN1;
            montant = d.RevenuFiscalN1.Value;
        }
        if (DouzeMoisAdmis(d) && d.RessourcesDouzeMois!.Value < montant)
            origine = OrigineRessources.DouzeDerniersMois;
        return origine;
    }

    public static string Libelle(OrigineRessources origine) =>
        origine switch
        {
            OrigineRessources.RevenuFiscalN1 => "revenu fiscal de référence N−1",
            OrigineRessources.DouzeDerniersMois => "ressources des douze derniers mois",
            _ => "revenu fiscal de référence N−2",
        };

    public static string Libelle(EvenementRessources evenement) =>
        evenement switch
        {
            EvenementRessources.PerteEmploi => "une perte d'emploi",
            EvenementRessources.Separation => "un divorce ou une séparation",
            EvenementRessources.Deces => "un décès",
            _ => "aucun accident de la vie",
        };

    private static void ValiderN1(in DeclarationRessources d, Action<string, string> erreur)
    {
        if (d.RevenuFiscalN1 is not decimal n1)
        {
            erreur(
                ChampsDemande.RevenuFiscalReferenceN1,
                "Indiquez le revenu fiscal de référence N−1 pour le retenir."
            );
        }
        else if (n1 >= 0m && !N1Admis(d))
        {
            erreur(
                ChampsDemande.RevenuFiscalReferenceN1,
                "Le revenu fiscal de référence N−1 n'est retenu que s'il est inférieur d'au moins 10 % à celui de "
                    + $"N−2 (au plus {Francais.Euros(Math.Floor(MaximumN1(d.RevenuFiscalN2)))}) ; sinon retenez le "
                    + "revenu N−2 (arrêté du 29 juillet 1987, art. 3)."
            );
        }
    }

    private static void ValiderDouzeMois(in DeclarationRessources d, Action<string, string> erreur)
    {
        if (d.Evenement == EvenementRessources.Aucun)
        {
            erreur(
                ChampsDemande.EvenementRessources,
                "Les ressources des douze derniers mois ne sont retenues qu'après un accident de la vie (perte "
                    + "d'emploi, divorce ou séparation, décès) : indiquez lequel."
            );
        }
        if (d.RessourcesDouzeMois is not decimal douze)
        {
            erreur(
                ChampsDemande.RessourcesDouzeMois,
                "Indiquez les ressources des douze derniers mois pour les retenir."
            );
        }
        else if (douze >= 0m && douze >= d.RevenuFiscalN2)
        {
            erreur(
                ChampsDemande.RessourcesDouzeMois,
                "Les ressources des douze derniers mois ne sont retenues que si elles sont plus favorables, "
                    + "c'est-à-dire inférieures au revenu fiscal de référence N−2 "
                    + $"({Francais.Euros(d.RevenuFiscalN2)})."
            );
        }
    }

    /// <param name="sujet">Sujet et verbe du message : « Le revenu … est », « Les ressources … sont ».</param>
    private static void Montant(decimal? montant, string champ, string sujet, Action<string, string> erreur)
    {
        if (montant is not decimal m)
            return;
        if (m < 0m)
            erreur(champ, $"{sujet} négatif : un montant de ressources ne peut pas être négatif.");
        else if (m > ValidationDemande.RevenuMaximum)
            erreur(champ, $"{sujet} invraisemblable (plus de 10 millions d'euros).");
    }
}
