using System.Numerics;
using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande;

/// <summary>Noms des champs d'une demande, tels que les formulaires et l'import les nomment.</summary>
public static class ChampsDemande
{
    public const string NumeroUnique = "numeroUnique";
    public const string Departement = "departement";
    public const string Membres = "membres";
    public const string JeuneCouple = "jeuneCouple";
    public const string RevenuFiscalReference = "revenuFiscalReference";
    public const string RessourcesMensuelles = "ressourcesMensuelles";
    public const string OrigineRessources = "origineRessources";
    public const string RevenuFiscalReferenceN1 = "revenuFiscalReferenceN1";
    public const string RessourcesDouzeMois = "ressourcesDouzeMois";
    public const string EvenementRessources = "evenementRessources";
    public const string CommuneResidence = "communeResidence";
    public const string CommuneTravail = "communeTravail";
    public const string Communes = "communesSouhaitees";
    public const string TypologiePrincipale = "typologiePrincipale";
    public const string Typologies = "typologies";
    public const string DateDepot = "dateDepot";
    public const string DateRenouvellement = "dateRenouvellement";
    public const string Statut = "statut";
    public const string DateRadiation = "dateRadiation";
    public const string CommuneAttribution = "communeAttribution";

    /// <summary>Champ d'un membre du ménage (index à partir de 0), pour situer l'erreur sur la bonne ligne du
    /// formulaire.</summary>
    public static string Membre(int index, string propriete) => $"membres[{index}].{propriete}";
}
