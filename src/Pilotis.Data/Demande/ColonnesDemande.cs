using Pilotis.Domain.Demande;

namespace Pilotis.Data.Demande;

/// <summary>
/// Colonnes écrites depuis le fichier ou recalculées par l'écriture en masse (hors identifiant, guichet, cotation,
/// purge, horodatage), dans l'ordre de la table temporaire et du COPY.
/// </summary>
internal static class ColonnesDemande
{
    public static IReadOnlyList<ColonneDemande> Toutes { get; } =
    [
        ColonneDemande.Texte("NumeroUnique", d => d.NumeroUnique),
        ColonneDemande.Texte("DepartementCode", d => d.DepartementCode),
        ColonneDemande.Membres("Membres"),
        ColonneDemande.Booleen("JeuneCouple", d => d.JeuneCouple),
        ColonneDemande.Montant("RevenuFiscalReference", d => d.RevenuFiscalReference),
        ColonneDemande.Montant("RessourcesMensuelles", d => d.RessourcesMensuelles),
        ColonneDemande.Entier("OrigineRessources", d => (int)d.OrigineRessources),
        ColonneDemande.MontantOuRien("RevenuFiscalReferenceN1", d => d.RevenuFiscalReferenceN1),
        ColonneDemande.MontantOuRien("RessourcesDouzeMois", d => d.RessourcesDouzeMois),
        ColonneDemande.Entier("EvenementRessources", d => (int)d.EvenementRessources),
        ColonneDemande.Montant("RessourcesRetenues", d => d.RessourcesRetenues),
        ColonneDemande.Entier("SituationLogement", d => (int)d.SituationLogement),
        ColonneDemande.Entier("Motifs", d => (int)d.Motifs),
        ColonneDemande.Texte("CommuneResidenceCode", d => d.CommuneResidenceCode),
        ColonneDemande.Texte("CommuneTravailCode", d => d.CommuneTravailCode),
        ColonneDemande.Entier("TypologiePrincipale", d => (int)d.TypologiePrincipale),
        ColonneDemande.Entier("TypologiesSouhaitees", d => (int)d.TypologiesSouhaitees),
        ColonneDemande.Booleen("Mutation", d => d.Mutation),
        ColonneDemande.Booleen("Dalo", d => d.Dalo),
        ColonneDemande.Entier("CriteresPrioritaires", d => (int)d.CriteresPrioritaires),
        ColonneDemande.Date("DateDepot", d => d.DateDepot),
        ColonneDemande.DateOuRien("DateRenouvellement", d => d.DateRenouvellement),
        ColonneDemande.Date("DateFinValidite", d => d.DateFinValidite),
        ColonneDemande.Entier("Statut", d => (int)d.Statut),
        ColonneDemande.EntierOuRien("MotifRadiation", d => (int?)d.MotifRadiation),
        ColonneDemande.DateOuRien("DateRadiation", d => d.DateRadiation),
        ColonneDemande.Texte("CommuneAttributionCode", d => d.CommuneAttributionCode),
        ColonneDemande.Entier("NombrePersonnes", d => d.NombrePersonnes),
        ColonneDemande.Entier("PersonnesACharge", d => d.PersonnesACharge),
        ColonneDemande.Booleen("Handicap", d => d.Handicap),
        ColonneDemande.Entier("Categorie", d => d.Categorie),
        ColonneDemande.Montant("UnitesConsommation", d => d.UnitesConsommation),
        ColonneDemande.Montant("RessourcesParUc", d => d.RessourcesParUc),
        ColonneDemande.Entier("ProduitsEligibles", d => (int)d.ProduitsEligibles),
        ColonneDemande.Texte("CommunePrincipaleCode", d => d.CommunePrincipaleCode),
        ColonneDemande.Texte("EpciSiren", d => d.EpciSiren),
    ];

    /// <summary>Les noms entre guillemets, séparés par des virgules, préfixés par un alias (« d. ») au
    /// besoin.</summary>
    public static string Liste(string prefixe = "") => string.Join(", ", Toutes.Select(c => $"{prefixe}\"{c.Nom}\""));
}
