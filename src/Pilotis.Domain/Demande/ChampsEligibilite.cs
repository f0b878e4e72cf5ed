using Pilotis.Domain.Sru;

namespace Pilotis.Domain.Demande;

/// <summary>Field names as the public API spells them.</summary>
public static class ChampsEligibilite
{
    public const string Annee = "annee";
    public const string Geographie = "geographie";
    public const string Personnes = "personnes";
    public const string PersonnesACharge = "personnesACharge";
    public const string JeuneCouple = "jeuneCouple";
    public const string Handicap = "handicap";
    public const string RevenuFiscalReference = "revenuFiscalReference";
}
